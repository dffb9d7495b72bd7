/**
 * Opening a workbook for a command that needs a workbench workbook (#9.8): validate, score,
 * new-period, import and export-hr all give the same answer, and exit code 2, for a file that cannot
 * be read, that holds no workbench table, or that a newer version of the workbench made.
 */
import type { CliIo } from './io';
import type { Lang } from '../core/model/types';
import type { WorkbookStructure } from '../core/port/types';
import { PortError } from '../core/port/types';
import { MODEL_VERSION, WORKBOOK_MODEL } from '../core/model/workbook';
import { allTables } from '../core/model/lookup';
import { openXlsx, type XlsxWorkbook } from '../adapters/xlsx';

export const WORKBENCH_TEXT = {
  notWorkbench: {
    'zh-CN': (file: string) =>
      `${file} 中没有工作台的表格(如 Staff、Customers、Visits),不是工作台工作簿;未做任何修改。如要在它里面建立工作台,请运行 ka-workbench generate --out ${file}(原有内容全部保留)。`,
    'en-US': (file: string) =>
      `${file} holds no workbench tables (such as Staff, Customers, Visits), so it is not a workbench workbook; nothing was changed. To add the workbench to it, run ka-workbench generate --out ${file} (everything in it is kept).`,
  },
  newerModel: {
    'zh-CN': (found: number, ours: number) => `此工作簿由更新版本的工作台生成(模型版本 ${found},本程序为 ${ours}),无法可靠处理;未做任何修改。请先升级 ka-workbench。`,
    'en-US': (found: number, ours: number) =>
      `This workbook was made by a newer workbench (model version ${found}; this program knows ${ours}) and cannot be handled reliably; nothing was changed. Upgrade ka-workbench first.`,
  },
  cannotOpen: {
    'zh-CN': (file: string, reason: string) => `无法打开 ${file}:${reason}`,
    'en-US': (file: string, reason: string) => `Cannot open ${file}: ${reason}`,
  },
} as const;

export interface OpenedWorkbench {
  readonly port: XlsxWorkbook;
  readonly structure: WorkbookStructure;
  /** Names of the workbench tables the file holds, as the file spells them. */
  readonly present: readonly string[];
}

/** The message for an error that means "this file cannot be read"; undefined for a bug (rethrown). */
export function unreadableMessage(e: unknown, file: string, lang: Lang): string | undefined {
  if (e instanceof PortError && e.code === 'unreadable') return e.message;
  const err = e as NodeJS.ErrnoException | null;
  const code = err?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') return WORKBENCH_TEXT.cannotOpen[lang](file, err?.message ?? '');
  return undefined;
}

/**
 * Opens a workbench workbook, or prints why it cannot and returns exit code 2. `readAhead`: the
 * command reads the tables next (see XlsxOptions.readAhead). `edits`: tables the command will
 * write to, whose worksheets are checked meanwhile on another thread (XlsxWorkbook.prepareEdit).
 */
export async function openWorkbench(file: string, io: CliIo, readAhead = false, edits: readonly string[] = []): Promise<OpenedWorkbench | { readonly exit: 2 }> {
  try {
    const port = await openXlsx(file, { lang: io.lang, readAhead });
    port.prepareEdit(edits);
    const structure = await port.readStructure();
    const found = structure.meta.modelVersion;
    if (found !== null && found > MODEL_VERSION) {
      io.err(WORKBENCH_TEXT.newerModel[io.lang](found, MODEL_VERSION));
      return { exit: 2 };
    }
    const ours = new Set(allTables(WORKBOOK_MODEL).map((s) => s.name.toLowerCase()));
    const present = structure.tables.filter((x) => ours.has(x.name.toLowerCase())).map((x) => x.name);
    if (present.length === 0) {
      io.err(WORKBENCH_TEXT.notWorkbench[io.lang](file));
      return { exit: 2 };
    }
    return { port, structure, present };
  } catch (e) {
    const message = unreadableMessage(e, file, io.lang);
    if (message === undefined) throw e;
    io.err(message);
    return { exit: 2 };
  }
}

/**
 * HR consolidation in the task pane (loaded lazily with the .xlsx reader): the files HR picked are
 * read in the browser, each must be an HR export (or a workbench, exported first for the page's
 * period range), and the consolidated tables and two native charts are written into the current
 * workbook through the port. A workbook that already holds a consolidation is refused, not merged
 * into: HR deletes those sheets first (or uses a new workbook).
 */
import type { Lang } from '../model/types';
import type { ProgressReporter, TableData, WorkbookPort } from '../port/types';
import { PortError } from '../port/types';
import type { XlsxIo } from './exportHr';
import { planHrExport } from '../export/hrExport';
import { SCORING_TABLES } from './periodSummary';
import { isHrExport, planConsolidate } from '../consolidate/planConsolidate';
import type { Conflict } from '../consolidate/planConsolidate';
import { CONSOLIDATE_MESSAGES as M } from '../consolidate/messages';

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const EXISTS = {
  'zh-CN': () => '当前工作簿中已有合并结果(表 HrKpi)。请先删除这些工作表,或在新的空白工作簿中合并;未做任何修改。',
  'en-US': () => 'This workbook already holds a consolidation (table HrKpi). Delete those sheets first, or merge in a new blank workbook; nothing was changed.',
};

async function tablesOf(file: PickedFile, lang: Lang, range: { from: string; to: string }, xlsx: XlsxIo): Promise<TableData[]> {
  const book = await xlsx.openWorkbook(file.bytes, { lang, source: file.name });
  const structure = await book.readStructure();
  const names = new Set(structure.tables.map((t) => t.name));
  if (names.has('Visits') && names.has('KpiSummary')) {
    const plan = planHrExport(await book.readTables(SCORING_TABLES), range.from, range.to, structure.meta.lang ?? lang);
    if ('error' in plan) throw new PortError('conflict', plan.error);
    const hr = xlsx.newWorkbook(lang);
    await hr.apply(plan.ops);
    return hr.readTables();
  }
  const tables = await book.readTables();
  if (!isHrExport(tables)) throw new PortError('conflict', M.notHr[lang](file.name));
  return tables;
}

export async function consolidateHr(
  port: WorkbookPort,
  req: { files: readonly PickedFile[]; from: string; to: string; lang: Lang },
  xlsx: XlsxIo,
  progress?: ProgressReporter,
): Promise<{ rows: number; conflicts: readonly Conflict[] }> {
  if (req.files.length < 2) throw new PortError('conflict', M.needFiles[req.lang]());
  const structure = await port.readStructure();
  if (structure.tables.some((t) => t.name === 'HrKpi')) throw new PortError('conflict', EXISTS[req.lang]());
  const files = [];
  for (const [i, f] of req.files.entries()) {
    files.push({ name: f.name, tables: await tablesOf(f, req.lang, req, xlsx) });
    progress?.(i + 1, req.files.length + 1);
  }
  const plan = planConsolidate(files, req.lang);
  await port.apply([...plan.ops, ...plan.chartOps]);
  progress?.(1, 1);
  return { rows: plan.rows, conflicts: plan.conflicts };
}

/**
 * The Office.js adapter: the WorkbookPort over the Excel JavaScript API.
 *
 * Every public method is one `Excel.run` with a fixed number of round trips: reads of the structure
 * take two syncs whatever the rows and tables; row reads and row writes add only the chunks that
 * the 5 MB payload limit requires (FACTS). Host errors are wrapped in PortError('host'), never
 * swallowed.
 */
import { LISTS_SHEET } from '../../core/model/formulaContext';
import type { Lang } from '../../core/model/types';
import { browserStorage, loadLangPreference } from '../../i18n/langPreference';
import { uiLangOf } from '../../i18n/uiLang';
import type {
  ActiveCell,
  ProgressReporter,
  SheetInfo,
  TableData,
  WorkbookPort,
  WorkbookStructure,
  WriteOp,
} from '../../core/port/types';
import { PortError } from '../../core/port/types';
import { applyPlan } from './applyPlan';
import { toPortError } from './errors';
import { readLayout } from './layout';
import { parseMeta } from './meta';
import { readTableData } from './readTables';

export { toOfficeValue } from './toOfficeValue';

/** `Excel.run`, or a fake's run in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficePortOptions {
  /**
   * `Office.context.requirements.isSetSupported`; tests pass the fake's to simulate hosts. Default:
   * the global Office's, looked up at each call, or "all supported" where there is no Office global.
   */
  readonly isSetSupported?: (set: string, version: string) => boolean;
  /**
   * Language of the messages the adapter writes itself (a protected sheet, a write that Excel
   * stopped part-way). Default: the task pane's choice, else Office's display language, looked up
   * at each call.
   */
  readonly lang?: Lang | (() => Lang);
}

function paneLang(): Lang {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return loadLangPreference(browserStorage()) ?? uiLangOf(office?.context?.displayLanguage ?? 'zh-CN');
}

const NOTHING_CHANGED: Record<Lang, string> = {
  'zh-CN': '工作簿未做任何修改。',
  'en-US': 'Nothing was changed in the workbook.',
};

function globalIsSetSupported(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : true;
}

/** ExcelApi 1.4 is the floor: *OrNullObject, names.add, columns.add with a name (1.4), tables.add(Range) (1.3). */
const MIN_API = '1.4';

export class OfficePort implements WorkbookPort {
  private readonly isSetSupported: (set: string, version: string) => boolean;
  private readonly lang: () => Lang;

  constructor(
    private readonly run: ExcelRun,
    options: OfficePortOptions = {},
  ) {
    this.isSetSupported = options.isSetSupported ?? globalIsSetSupported;
    const lang = options.lang;
    this.lang = typeof lang === 'function' ? lang : lang !== undefined ? () => lang : paneLang;
  }

  private supports(version: string): boolean {
    return this.isSetSupported('ExcelApi', version);
  }

  /** `reads`: the batch writes nothing, so a host error says that nothing was changed. */
  private async exec<T>(doing: string, batch: (ctx: Excel.RequestContext) => Promise<T>, reads = false): Promise<T> {
    if (!this.supports(MIN_API)) {
      throw new PortError('unsupported', `This version of Excel is too old for the add-in (it needs ExcelApi ${MIN_API}) — cannot ${doing}.`);
    }
    try {
      return await this.run(batch);
    } catch (e) {
      const err = toPortError(e, doing);
      if (!reads || err.code !== 'host') throw err;
      const withNote = new PortError('host', `${err.message} ${NOTHING_CHANGED[this.lang()]}`);
      Object.defineProperty(withNote, 'cause', { value: e, enumerable: false });
      throw withNote;
    }
  }

  readStructure(): Promise<WorkbookStructure> {
    return this.exec('reading the workbook structure', async (ctx) => {
      const used = new Map<string, Excel.Range>();
      let metaRange: Excel.Range | null = null;
      let metaRows: unknown[][] | null = null;
      const layout = await readLayout(ctx, {
        names: true,
        alsoQueue: (sheets) => {
          for (const s of sheets) used.set(s.name, s.ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
          const lists = sheets.find((s) => s.name.toLowerCase() === LISTS_SHEET.toLowerCase());
          metaRange = lists ? lists.ws.getRange('A1:B3').load('values') : null;
          return () => {
            metaRows = metaRange ? metaRange.values : null;
          };
        },
      });
      const sheets: SheetInfo[] = layout.sheets.map((s) => {
        const r = used.get(s.name)!;
        const empty = r.isNullObject;
        return {
          name: s.name,
          visibility: s.visibility,
          lastRow: empty ? 0 : r.rowIndex + r.rowCount,
          lastCol: empty ? 0 : r.columnIndex + r.columnCount,
        };
      });
      return {
        sheets,
        tables: layout.tables.map((t) => ({
          name: t.name,
          sheet: t.sheet,
          headerRow: t.headerRow,
          firstCol: t.firstCol,
          headers: t.headers,
          rowCount: t.rowCount,
        })),
        names: layout.names,
        meta: parseMeta(metaRows),
      };
    }, true);
  }

  readTables(names?: readonly string[], progress?: ProgressReporter): Promise<TableData[]> {
    return this.exec('reading table rows', (ctx) => readTableData(ctx, names, progress), true);
  }

  apply(ops: readonly WriteOp[], progress?: ProgressReporter): Promise<void> {
    const caps = { v17: this.supports('1.7'), v18: this.supports('1.8'), v19: this.supports('1.9') };
    return this.exec('writing to the workbook', (ctx) => applyPlan(ctx, ops, caps, this.lang(), progress));
  }

  /** Workbook.getActiveCell needs ExcelApi 1.7; older hosts report no active cell. */
  activeCell(): Promise<ActiveCell | null> {
    if (!this.supports('1.7')) return Promise.resolve(null);
    return this.exec('reading the active cell', async (ctx) => {
      const cell = ctx.workbook.getActiveCell().load('address');
      await ctx.sync();
      return parseQualified(cell.address);
    });
  }

  select(sheet: string, address: string): Promise<void> {
    return this.exec(`selecting ${sheet}!${address}`, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }
}

/** "'My sheet'!B3:C4" → the sheet and the top-left cell; null when it is not such an address. */
function parseQualified(address: string): ActiveCell | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)/i.exec(address);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  const col = [...(m[3] ?? '').toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet, row: Number(m[4]), col };
}

/** The port on the running Office host. Call only after `Office.onReady`. */
export function officeHost(): OfficePort {
  return new OfficePort((batch) => Excel.run(batch), {
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
}

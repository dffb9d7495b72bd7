/**
 * The read side of the port (readStructure, readTables) over streamed worksheets: each sheet part
 * is scanned once per call, keeping only header cells, the meta cells and the rows of the tables
 * asked for. A table is read up to its range, unless that range is larger than the cells a
 * command may hold (CELL_BUDGET); then it is bounded by the sheet's real data (a crafted
 * `ref="A1:V1048576"` over 100 rows reads 100 rows), and a table whose real data is still too
 * large is refused with a message rather than exhausting memory.
 */
import type { Lang } from '../../core/model/types';
import { LANGS } from '../../core/model/types';
import type { CellValue, ProgressReporter, SheetInfo, TableData, TableInfo, WorkbookStructure } from '../../core/port/types';
import { META_KEYS, PortError } from '../../core/port/types';
import { LISTS_SHEET } from '../../core/model/formulaContext';
import { EDIT_LIMIT } from './book';
import type { Book, SheetEntry } from './book';
import { XLSX_MESSAGES as M } from './messages';
import type { ScanResult, ScanWindow } from './scan';
import { ScanBudget, ScanFault, scanSheet, scanWindow } from './scan';
import { dataRows } from './tables';
import { PartDataError } from './zipCodec';
import type { TableDef } from './tables';

/** Cells a command may hold from one sheet (Excel's own API caps a range read at 5,000,000). */
export const CELL_BUDGET = 4_000_000;

async function scan(book: Book, sheet: SheetEntry, windows: readonly ScanWindow[], what: string): Promise<ScanResult> {
  // A part this large (a sheet filled to row 1,048,576) would take minutes to stream: refuse at once.
  const size = book.pkg.size(sheet.part);
  if (size > EDIT_LIMIT) throw new PortError('unreadable', M.sheetTooLarge[book.lang](sheet.name, Math.round(size / 2 ** 20), EDIT_LIMIT / 2 ** 20));
  try {
    return await scanSheet(book.pkg, sheet.part, windows, book.sharedStrings(), CELL_BUDGET);
  } catch (e) {
    if (e instanceof ScanFault) throw new PortError('unreadable', M.corruptPart[book.lang](what, sheet.part, e.message));
    if (e instanceof ScanBudget) throw new PortError('unreadable', M.tooManyCells[book.lang](sheet.name, CELL_BUDGET));
    if (e instanceof PartDataError) throw new PortError('unreadable', M.corruptPart[book.lang](what, sheet.part, e.message));
    throw e;
  }
}

function headerWindow(t: TableDef): ScanWindow | undefined {
  if (t.headerRowCount === 0) return undefined;
  return scanWindow({ top: t.ref.top, bottom: t.ref.top, left: t.ref.left, right: t.ref.left + t.columns.length - 1 });
}

function headersOf(t: TableDef, w: ScanWindow | undefined): string[] {
  const cells = w?.rows[0];
  return t.columns.map((c, i) => {
    const v = cells?.[i] ?? null;
    return v === null || v === '' ? c.name : String(v);
  });
}

function infoOf(t: TableDef, headers: string[]): TableInfo {
  const rows = dataRows(t);
  return { name: t.name, sheet: t.sheet, headerRow: rows.first - 1, firstCol: t.ref.left, headers, rowCount: Math.max(0, rows.last - rows.first + 1) };
}

function metaOf(w: ScanWindow | undefined): WorkbookStructure['meta'] {
  let modelVersion: number | null = null;
  let lang: Lang | null = null;
  for (const row of w?.rows ?? []) {
    const [key, value] = row ?? [null, null];
    if (key === META_KEYS.modelVersion) {
      const n = typeof value === 'number' ? value : Number(value);
      modelVersion = Number.isInteger(n) && value !== null && value !== '' ? n : null;
    }
    if (key === META_KEYS.lang && LANGS.includes(value as Lang)) lang = value as Lang;
  }
  return { modelVersion, lang };
}

interface TablePlan {
  readonly t: TableDef;
  readonly first: number;
  readonly last: number;
  readonly width: number;
  readonly head: ScanWindow | undefined;
  readonly body: ScanWindow;
}

function planOf(t: TableDef, optional = false): TablePlan {
  const { first, last } = dataRows(t);
  const width = t.columns.length;
  const body = scanWindow({ top: first, bottom: last, left: t.ref.left, right: t.ref.left + width - 1 }, optional);
  return { t, first, last, width, head: headerWindow(t), body };
}

function tableDataOf(p: TablePlan, found: ScanResult): TableData {
  // Within budget, a table reads to its range's end, blank rows included, as Excel shows it.
  const fits = (p.last - p.first + 1) * p.width <= CELL_BUDGET;
  const last = fits ? p.last : Math.min(p.last, found.lastRow);
  const rows: CellValue[][] = [];
  for (let r = p.first; r <= last; r++) rows.push(p.body.rows[r - p.first] ?? new Array<CellValue>(p.width).fill(null));
  const info = infoOf(p.t, headersOf(p.t, p.head));
  return { ...info, rowCount: fits ? info.rowCount : rows.length, rows };
}

/** Tables read during readStructure for a command that reads them next, by lower-case name. */
export type ReadAhead = Map<string, TableData>;

/**
 * The structure; with `ahead`, the same pass also keeps every table's rows, as far as the cell
 * budget allows (a table past it is left for readTables), so that validate and score inflate and
 * scan each sheet once rather than twice.
 */
export async function readStructureStream(book: Book, what: string, ahead?: ReadAhead): Promise<WorkbookStructure> {
  const tables = book.tables();
  const lists = book.sheet(LISTS_SHEET);
  const headerWindows = new Map<TableDef, ScanWindow | undefined>();
  let metaWindow: ScanWindow | undefined;
  const sheets: SheetInfo[] = [];
  for (const s of book.sheets()) {
    const extent = { lastRow: 0, lastCol: 0 };
    if (s.part && s.isWorksheet) {
      const windows: ScanWindow[] = [];
      const plans: TablePlan[] = [];
      for (const t of tables) {
        if (t.sheetPart !== s.part) continue;
        const p = planOf(t, true);
        headerWindows.set(t, p.head);
        if (p.head) windows.push(p.head);
        if (ahead) {
          plans.push(p);
          windows.push(p.body);
        }
      }
      if (s === lists) {
        metaWindow = scanWindow({ top: 1, left: 1, bottom: 3, right: 2 });
        windows.push(metaWindow);
      }
      const found = await scan(book, s, windows, what);
      extent.lastRow = found.lastRow;
      extent.lastCol = found.lastCol;
      for (const p of plans) if (!p.body.dropped) ahead?.set(p.t.name.toLowerCase(), tableDataOf(p, found));
    }
    // A table's range is used even where its cells are blank (an empty table's blank row).
    for (const t of tables) {
      if (t.sheet !== s.name) continue;
      extent.lastRow = Math.max(extent.lastRow, t.ref.bottom);
      extent.lastCol = Math.max(extent.lastCol, t.ref.right);
    }
    sheets.push({ name: s.name, visibility: s.visibility, ...extent });
  }
  const names = book
    .definedNames()
    .filter((n) => n.localSheetId === undefined && !n.hidden && !n.name.startsWith('_xlnm.'))
    .map((n) => n.name);
  return {
    sheets,
    tables: tables.map((t) => infoOf(t, headersOf(t, headerWindows.get(t)))),
    names,
    meta: metaOf(metaWindow),
  };
}

/** The tables' rows; those in `ahead` (read by readStructure) are taken from it, and leave it. */
export async function readTablesStream(book: Book, what: string, names?: readonly string[], progress?: ProgressReporter, ahead?: ReadAhead): Promise<TableData[]> {
  const wanted = names ? names.map((n) => book.table(n)).filter((t): t is TableDef => !!t) : book.tables();
  const result = new Map<TableDef, TableData>();
  let done = 0;
  for (const t of wanted) {
    const kept = ahead?.get(t.name.toLowerCase());
    if (!kept) continue;
    result.set(t, kept);
    ahead?.delete(t.name.toLowerCase());
    progress?.(++done, wanted.length);
  }
  for (const s of book.sheets()) {
    const here = wanted.filter((t) => t.sheetPart === s.part && !result.has(t));
    if (!s.part || here.length === 0) continue;
    const plans = here.map((t) => planOf(t));
    const found = await scan(book, s, plans.flatMap((p) => (p.head ? [p.head, p.body] : [p.body])), what);
    for (const p of plans) {
      result.set(p.t, tableDataOf(p, found));
      progress?.(++done, wanted.length);
    }
  }
  return wanted.map((t) => result.get(t)).filter((t): t is TableData => !!t);
}

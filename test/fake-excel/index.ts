/**
 * A strict fake of the subset of the Excel JavaScript API that the Office adapter uses.
 *
 * `fake.run` stands in for `Excel.run`: it gives the batch a fresh request context whose objects
 * queue operations until `context.sync()`. See api.ts for what is strict (unloaded properties,
 * unknown members, requirement sets, payload limits) and state.ts for the Excel semantics modelled
 * (text entry and coercion, tables and their auto-expansion, calculated columns, data validation,
 * names, freeze panes, visibility, charts as data (type, source, series, title, position) and
 * clearing contents).
 *
 * Also modelled, as strict as Excel or stricter (issue #8; each rule cites its source beside it):
 * formulas checked on entry (structured references to unknown tables or columns refused,
 * formulaCheck.ts); no rollback of a failed request; totals rows and hidden header rows; the two
 * AutoCorrect options that decide table growth and calculated columns; protected sheets; manual
 * calculation leaving formula results stale; and injected failures (`failAt`).
 *
 * Not modelled: formula evaluation (formula cells read back as `formulaValue`, '' by default —
 * formula results are tested with LibreOffice in test/engine), locales other than en-US entry
 * parsing, inserting/shifting cells (except rows.add), events.
 */
import { Rect, cellKey, colName, parseA1, quoteSheet, rectToA1 } from './a1';
import { FakeContext, FakeHostState, SyncRecord, versionAtMost } from './api';
import { FakeWorkbook, Scalar, SheetState, TableState, ValidationRecord, Visibility } from './state';
import type { AutoCorrectOptions } from './state';

export type { AutoCorrectOptions } from './state';

export { FakeOfficeError, FakeUsageError } from './errors';
export type { SyncRecord } from './api';

export interface FakeExcelOptions {
  /** ExcelApi requirement set version the host supports, '1.1' … '1.17'. Default '1.17'. */
  readonly apiVersion?: string;
  /** Sheets of the new workbook. Default ['Sheet1'], as Excel creates. */
  readonly sheets?: readonly string[];
  /** What `Range.values` gives for a formula cell (formulas are not evaluated). Default ''. */
  readonly formulaValue?: (formula: string) => Scalar;
  /** Per request and per response. Default 5 MB (FACTS: Excel on the web). */
  readonly payloadLimitBytes?: number;
  /** The user's AutoCorrect options; both on by default, as in Excel. */
  readonly autoCorrect?: Partial<AutoCorrectOptions>;
}

export interface CellSnapshot {
  readonly value?: Scalar;
  readonly error?: string;
  readonly formula?: string;
  /** True when the cell was entered with Excel's leading-apostrophe text marker. */
  readonly quotePrefix?: boolean;
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly italic?: boolean;
  readonly validation?: ValidationRecord;
}

export interface ChartSnapshot {
  readonly name: string;
  /** Excel.ChartType, e.g. 'ColumnClustered'. */
  readonly type: string;
  /** The source range, sheet-qualified as Excel shows it. */
  readonly source: string;
  readonly seriesBy: 'Auto' | 'Columns' | 'Rows';
  readonly title: string;
  /** Cells the chart spans ("D3:K16"), once positioned. */
  readonly position: string | null;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: Visibility;
  readonly tabColor: string;
  readonly frozenRows: number;
  /** Column width in points by column letter. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  readonly charts: readonly ChartSnapshot[];
}

export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly bodyRange: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
  readonly style: string;
  readonly showTotals: boolean;
  readonly showHeaders: boolean;
  /** Calculated column formula by header. */
  readonly calculatedColumns: Readonly<Record<string, string>>;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
  /** Defined name → formula ("=Lists!$B$2:$B$9"). */
  readonly names: Readonly<Record<string, string>>;
  readonly activeSheet: string | null;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
}

export interface FakeExcel {
  /** Stands in for `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A request context outside `run`, for tests that drive the API directly. */
  createContext(): Excel.RequestContext;
  /** Stands in for `Office.context.requirements.isSetSupported` (only 'ExcelApi' is known). */
  isSetSupported(set: string, version?: string | number): boolean;
  readonly apiVersion: string;
  /** Round trips so far (every `context.sync()`, failed ones included). */
  syncCount(): number;
  syncLog(): readonly SyncRecord[];
  resetCounters(): void;
  /**
   * Makes a later sync fail: `sync` counts from now (1 = the next sync), `command` is the 1-based
   * command of that request at which it fails ('first' by default). The commands before it stay
   * applied, as in Excel (FACTS: a failed request is not rolled back). Once only.
   */
  failAt(at: { readonly sync: number; readonly command?: number | 'first' | 'last' }): void;
  /** How often `suspendScreenUpdatingUntilNextSync` ran. */
  screenUpdatingSuspensions(): number;
  snapshot(): WorkbookSnapshot;
  cell(sheet: string, address: string): CellSnapshot | undefined;
  table(name: string): TableSnapshot | undefined;
  /** A new fake with the same options and a deep copy of this workbook (no syncs, no counters). */
  fork(): FakeExcel;
  /** Direct state, for seeding and deep assertions. */
  readonly workbook: FakeWorkbook;
  /** Test setup that bypasses the API (no syncs, no coercion): fast enough for 200k-row books. */
  readonly seed: {
    sheet(name: string, visibility?: Visibility): void;
    /** Writes constants as stored cell contents (strings stay text). */
    cells(sheet: string, address: string, rows: readonly (readonly (Scalar | null)[])[]): void;
    error(sheet: string, address: string, error: string): void;
    table(sheet: string, address: string, name: string, headers: readonly string[], rows: readonly (readonly (Scalar | null)[])[]): void;
    /** Turns on a table's totals row, as a user does (Table Design → Total Row). */
    totals(table: string): void;
    /** Hides a table's header row (Table Design → Header Row off). */
    hideHeaders(table: string): void;
    /** Protects a sheet (Review → Protect Sheet). */
    protect(sheet: string): void;
    /** Formulas → Calculation Options → Manual. */
    manualCalculation(): void;
    /** The user filtered the table: some data rows are hidden (office-js #994: they cannot be deleted). */
    filter(table: string): void;
  };
}

function cellSnapshot(c: NonNullable<ReturnType<FakeWorkbook['cell']>>): CellSnapshot {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as CellSnapshot;
}

function tableSnapshot(wb: FakeWorkbook, t: TableState): TableSnapshot {
  const calculatedColumns: Record<string, string> = {};
  t.headers.forEach((h, j) => {
    const f = t.calc[j];
    if (f) calculatedColumns[h] = f;
  });
  return {
    name: t.name,
    sheet: t.sheet.name,
    range: rectToA1(wb.tableRect(t)),
    bodyRange: rectToA1(wb.bodyRect(t)),
    headers: [...t.headers],
    rowCount: t.rows,
    style: t.style,
    showTotals: t.showTotals,
    showHeaders: t.showHeaders,
    calculatedColumns,
  };
}

function sheetSnapshot(s: SheetState): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  const keys = [...s.cells.keys()].sort((a, b) => a - b);
  for (const k of keys) {
    const r = Math.floor(k / 16384);
    const c = k % 16384;
    cells[`${colName(c)}${r + 1}`] = cellSnapshot(s.cells.get(k)!);
  }
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of [...s.colWidths].sort((a, b) => a[0] - b[0])) columnWidths[colName(c)] = w;
  const charts = s.charts.map(
    (c): ChartSnapshot => ({
      name: c.name,
      type: c.type,
      source: `${quoteSheet(c.source.sheet.name)}!${rectToA1(c.source.rect)}`,
      seriesBy: c.seriesBy,
      title: c.title,
      position: c.position
        ? rectToA1({ r: c.position.start.r, c: c.position.start.c, rows: c.position.end.r - c.position.start.r + 1, cols: c.position.end.c - c.position.start.c + 1 })
        : null,
    }),
  );
  return { name: s.name, visibility: s.visibility, tabColor: s.tabColor, frozenRows: s.frozenRows, columnWidths, cells, charts };
}

export function createFakeExcel(opts: FakeExcelOptions = {}): FakeExcel {
  const apiVersion = opts.apiVersion ?? '1.17';
  if (!/^1\.\d+$/.test(apiVersion)) throw new Error(`apiVersion must look like "1.8", got ${apiVersion}`);
  const autoCorrect: AutoCorrectOptions = { includeNewRows: true, fillFormulas: true, ...(opts.autoCorrect ?? {}) };
  const wb = new FakeWorkbook(opts.sheets ?? ['Sheet1'], opts.formulaValue ?? (() => ''), autoCorrect);
  const host: FakeHostState = {
    wb,
    apiVersion,
    payloadLimitBytes: opts.payloadLimitBytes ?? 5 * 1024 * 1024,
    syncs: [],
    screenUpdatingSuspensions: 0,
    injected: null,
  };

  const put = (s: SheetState, r: number, c: number, v: Scalar | null): void => {
    if (v === null) return;
    s.cells.set(cellKey(r, c), { ...(s.cells.get(cellKey(r, c)) ?? {}), value: v });
  };

  const fake: FakeExcel = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeContext(host);
      try {
        const result = await batch(ctx.api as unknown as Excel.RequestContext);
        if (ctx.pending > 0) {
          throw new Error(`FakeExcel: Excel.run finished with ${ctx.pending} queued operation(s) that were never synced`);
        }
        return result;
      } finally {
        ctx.close();
      }
    },
    createContext: () => new FakeContext(host).api as unknown as Excel.RequestContext,
    isSetSupported: (set, version) => set === 'ExcelApi' && versionAtMost(version === undefined ? '1.1' : String(version), apiVersion),
    apiVersion,
    syncCount: () => host.syncs.length,
    syncLog: () => [...host.syncs],
    resetCounters: () => {
      host.syncs.length = 0;
      host.screenUpdatingSuspensions = 0;
    },
    failAt: ({ sync, command = 'first' }) => {
      host.injected = { sync: host.syncs.length + sync, command };
    },
    screenUpdatingSuspensions: () => host.screenUpdatingSuspensions,
    snapshot: () => ({
      sheets: wb.sheets.map(sheetSnapshot),
      tables: wb.tables.map((t) => tableSnapshot(wb, t)),
      names: Object.fromEntries(wb.names.map((n) => [n.name, n.formula])),
      activeSheet: wb.activeSheet?.name ?? null,
      selection: wb.selection,
    }),
    cell: (sheet, address) => {
      const s = wb.getSheet(sheet);
      const rect = parseA1(address);
      const c = wb.cell(s, rect.r, rect.c);
      return c ? cellSnapshot(c) : undefined;
    },
    table: (name) => {
      const t = wb.findTable(name);
      return t ? tableSnapshot(wb, t) : undefined;
    },
    fork: () => {
      const other = createFakeExcel(opts);
      other.workbook.copyFrom(wb);
      return other;
    },
    workbook: wb,
    seed: {
      sheet: (name, visibility = 'Visible') => {
        const s = wb.addSheet(name);
        s.visibility = visibility;
      },
      cells: (sheet, address, rows) => {
        const s = wb.getSheet(sheet);
        const { r, c } = parseA1(address);
        rows.forEach((row, i) => row.forEach((v, j) => put(s, r + i, c + j, v)));
      },
      error: (sheet, address, error) => {
        const s = wb.getSheet(sheet);
        const { r, c } = parseA1(address);
        s.cells.set(cellKey(r, c), { error });
      },
      table: (sheet, address, name, headers, rows) => {
        const s = wb.getSheet(sheet);
        const { r, c } = parseA1(address);
        headers.forEach((h, j) => put(s, r, c + j, h));
        rows.forEach((row, i) => row.forEach((v, j) => put(s, r + 1 + i, c + j, v)));
        const rect: Rect = { r, c, rows: Math.max(rows.length, 1) + 1, cols: headers.length };
        const t = wb.addTable({ sheet: s, rect }, true);
        wb.renameTable(t, name);
      },
      totals: (name) => wb.setShowTotals(wb.getTable(name), true),
      hideHeaders: (name) => wb.setShowHeaders(wb.getTable(name), false),
      protect: (sheet) => wb.setProtected(wb.getSheet(sheet), true),
      manualCalculation: () => wb.setCalculationMode('Manual'),
      filter: (name) => {
        wb.getTable(name).filtered = true;
      },
    },
  };
  return fake;
}

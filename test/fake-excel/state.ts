/**
 * The fake workbook's state and the Excel semantics of each operation, independent of the
 * request/sync machinery (api.ts). Every method either applies a change exactly as the fake models
 * Excel, or throws a FakeOfficeError with the code Excel uses.
 *
 * Formulas are stored, never evaluated: a formula cell reads back through `Range.values` as the
 * configurable stub (`formulaValue`). Real formula results are checked with LibreOffice in the
 * engine tests (test/engine), not here.
 */
import { MAX_COLS, MAX_ROWS, Rect, cellKey, colName, keyCol, keyRow, overlaps, parseA1, quoteSheet, rectToA1 } from './a1';
import { coerceInput } from './coerce';
import type { Coerced } from './coerce';
import { CODES, FakeUsageError, fail } from './errors';
import { checkFormulaOnEntry } from './formulaCheck';
import type { TableShape } from './formulaCheck';

export type Scalar = string | number | boolean;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ValidationRecord {
  readonly rule?: Readonly<Record<string, unknown>>;
  readonly prompt?: Readonly<Record<string, unknown>>;
  readonly errorAlert?: Readonly<Record<string, unknown>>;
}

export interface CellState {
  value?: Scalar;
  error?: string;
  formula?: string;
  /** A formula's value as of its last calculation (what a read gives in manual calculation mode). */
  cached?: Scalar;
  /** Set when the text was entered with Excel's leading-apostrophe text marker. */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  italic?: boolean;
  validation?: ValidationRecord;
}

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  frozenRows: number;
  /** Worksheet protection (ExcelApi 1.2 WorksheetProtection.protected). */
  protected: boolean;
  readonly cells: Map<number, CellState>;
  readonly colWidths: Map<number, number>;
  /** Charts in the order they were added. */
  readonly charts: ChartState[];
}

export interface ChartState {
  readonly id: number;
  name: string;
  readonly sheet: SheetState;
  readonly type: string;
  readonly source: RangeTarget;
  readonly seriesBy: 'Auto' | 'Columns' | 'Rows';
  title: string;
  /** Cells under the chart's top-left and bottom-right corners, once setPosition ran. */
  position: { readonly start: Rect; readonly end: Rect } | null;
  deleted: boolean;
}

export interface TableState {
  readonly id: number;
  name: string;
  readonly sheet: SheetState;
  /** 0-based header row and first column. */
  readonly r0: number;
  readonly c0: number;
  /** Data rows (Excel always keeps at least one). */
  rows: number;
  readonly headers: string[];
  /** Calculated column formula per column, or null. */
  readonly calc: (string | null)[];
  style: string;
  /** Table.showTotals / showHeaders (ExcelApi 1.1): a totals row below the body; a header row shown. */
  showTotals: boolean;
  showHeaders: boolean;
  /** A filter hides some data rows (set by the tests' seed; Table.autoFilter.isDataFiltered, 1.9). */
  filtered: boolean;
}

/**
 * The user's AutoCorrect options (File → Options → Proofing → AutoCorrect Options → AutoFormat As
 * You Type), which API writes obey (FACTS; office-js #2093, closed "by design"). Both are on by default.
 */
export interface AutoCorrectOptions {
  /** "Include new rows and columns in table": writing right below a table makes it grow. */
  readonly includeNewRows: boolean;
  /** "Fill formulas in tables to create calculated columns". */
  readonly fillFormulas: boolean;
}

export type CalculationMode = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

export interface NameState {
  name: string;
  formula: string;
}

export type RangeTarget = { readonly sheet: SheetState; readonly rect: Rect };

/** Excel.ChartType values (@types/office-js), so that a misspelt type fails as Excel would. */
const CHART_TYPES = new Set([
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', '3DColumnClustered', '3DColumnStacked', '3DColumnStacked100',
  'BarClustered', 'BarStacked', 'BarStacked100', '3DBarClustered', '3DBarStacked', '3DBarStacked100',
  'LineStacked', 'LineStacked100', 'LineMarkers', 'LineMarkersStacked', 'LineMarkersStacked100',
  'PieOfPie', 'PieExploded', '3DPieExploded', 'BarOfPie', 'XYScatterSmooth', 'XYScatterSmoothNoMarkers', 'XYScatterLines',
  'XYScatterLinesNoMarkers', 'AreaStacked', 'AreaStacked100', '3DAreaStacked', '3DAreaStacked100', 'DoughnutExploded',
  'RadarMarkers', 'RadarFilled', 'Surface', 'SurfaceWireframe', 'SurfaceTopView', 'SurfaceTopViewWireframe', 'Bubble',
  'Bubble3DEffect', 'StockHLC', 'StockOHLC', 'StockVHLC', 'StockVOHLC', '3DColumn', 'Line', '3DLine', '3DPie', 'Pie',
  'XYScatter', '3DArea', 'Area', 'Doughnut', 'Radar', 'Histogram', 'Boxwhisker', 'Pareto', 'RegionMap', 'Treemap',
  'Waterfall', 'Sunburst', 'Funnel',
]);

const BAD_SHEET_CHARS = /[:\\/?*[\]]/;
const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;
/** Excel's data validation dialog limits (input/error title 32 characters, message 255). */
const DV_TITLE_MAX = 32;
const DV_MESSAGE_MAX = 255;
/** FACTS: an inline list source is limited to about 255 characters. */
const DV_INLINE_LIST_MAX = 255;
/** FACTS: a range read is capped at 5,000,000 cells on every platform. */
export const MAX_READ_CELLS = 5_000_000;

function lc(s: string): string {
  return s.toLowerCase();
}

function isValidDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  // Names that look like cell references (A1, R1C1, R, C) are rejected by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.r >= outer.r && inner.c >= outer.c && inner.r + inner.rows <= outer.r + outer.rows && inner.c + inner.cols <= outer.c + outer.cols;
}

function isEmpty(c: CellState): boolean {
  return (
    c.value === undefined &&
    c.error === undefined &&
    c.formula === undefined &&
    c.numberFormat === undefined &&
    c.fill === undefined &&
    c.italic === undefined &&
    c.validation === undefined
  );
}

function hasContent(c: CellState | undefined): boolean {
  return !!c && (c.value !== undefined || c.error !== undefined || c.formula !== undefined);
}

function checkMatrix(matrix: unknown, rect: Rect, what: string): unknown[][] {
  if (!Array.isArray(matrix) || matrix.length !== rect.rows) {
    fail(CODES.invalidArgument, `The number of rows in the ${what} array doesn't match the size or dimensions of the range (${rect.rows}).`);
  }
  for (const row of matrix) {
    if (!Array.isArray(row) || row.length !== rect.cols) {
      fail(CODES.invalidArgument, `The number of columns in the ${what} array doesn't match the size or dimensions of the range (${rect.cols}).`);
    }
  }
  return matrix as unknown[][];
}

function fillMatrix(v: unknown, rect: Rect, what: string): unknown[][] {
  if (v === null || v === undefined) fail(CODES.invalidArgument, `null is not a valid input for the single property ${what}.`);
  return Array.from({ length: rect.rows }, () => new Array<unknown>(rect.cols).fill(v));
}

export class FakeWorkbook {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  activeSheet: SheetState | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Application.calculationMode (ExcelApi 1.1 read, 1.8 write). */
  calculationMode: CalculationMode = 'Automatic';
  private nextSheetId = 1;
  private nextTableId = 1;
  private nextChartId = 1;

  constructor(
    sheetNames: readonly string[],
    readonly formulaValue: (formula: string) => Scalar,
    readonly autoCorrect: AutoCorrectOptions = { includeNewRows: true, fillFormulas: true },
  ) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = this.sheets[0] ?? null;
  }

  /** Takes over a deep copy of another workbook's state (tests fork a prepared workbook). */
  copyFrom(other: FakeWorkbook): void {
    const copy = structuredClone({
      sheets: other.sheets,
      tables: other.tables,
      names: other.names,
      activeSheet: other.activeSheet,
      selection: other.selection,
    });
    this.sheets.splice(0, this.sheets.length, ...copy.sheets);
    this.tables.splice(0, this.tables.length, ...copy.tables);
    this.names.splice(0, this.names.length, ...copy.names);
    this.activeSheet = copy.activeSheet;
    this.selection = copy.selection;
    this.calculationMode = other.calculationMode;
    this.nextSheetId = other.nextSheetId;
    this.nextTableId = other.nextTableId;
    this.nextChartId = other.nextChartId;
  }

  // ---- sheets -------------------------------------------------------------------------------

  findSheet(key: string): SheetState | undefined {
    return this.sheets.find((s) => lc(s.name) === lc(key) || s.id === key);
  }

  getSheet(key: string): SheetState {
    const s = this.findSheet(key);
    if (!s) fail(CODES.itemNotFound, `The requested resource doesn't exist: worksheet "${key}".`);
    return s;
  }

  addSheet(name: string): SheetState {
    if (typeof name !== 'string') throw new FakeUsageError('worksheets.add without a name is not modelled');
    if (name.trim() === '' || name.length > 31 || BAD_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
      fail(CODES.invalidArgument, `The worksheet name "${name}" is not valid.`);
    }
    if (this.findSheet(name)) fail(CODES.itemAlreadyExists, `A worksheet named "${name}" already exists.`);
    const s: SheetState = {
      id: `{sheet-${this.nextSheetId++}}`,
      name,
      visibility: 'Visible',
      tabColor: '',
      frozenRows: 0,
      protected: false,
      cells: new Map(),
      charts: [],
      colWidths: new Map(),
    };
    this.sheets.push(s);
    return s;
  }

  setVisibility(s: SheetState, v: unknown): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') fail(CODES.invalidArgument, `Invalid visibility "${String(v)}".`);
    if (v !== 'Visible' && s.visibility === 'Visible' && !this.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
      // Excel keeps at least one visible sheet. (The exact error code is not documented.)
      fail(CODES.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    }
    s.visibility = v;
    if (v !== 'Visible' && this.activeSheet === s) this.activeSheet = this.sheets.find((x) => x.visibility === 'Visible') ?? null;
  }

  setTabColor(s: SheetState, color: unknown): void {
    if (typeof color !== 'string' || (color !== '' && !/^#[0-9A-Fa-f]{6}$/.test(color))) {
      fail(CODES.invalidArgument, `Invalid tab color "${String(color)}" (the fake accepts "#RRGGBB" or "").`);
    }
    s.tabColor = color.toUpperCase();
  }

  activate(s: SheetState): void {
    if (s.visibility !== 'Visible') fail(CODES.invalidOperation, `Cannot activate the hidden worksheet "${s.name}".`);
    this.activeSheet = s;
  }

  /**
   * A protected sheet refuses every change to its cells, tables, formats, validation and charts
   * (all cells are locked by default; the fake does not model unlocked cells or the "allow…"
   * options, which is stricter). The code Excel uses is not documented for every member;
   * `Excel.ErrorCodes.accessDenied` is what protect/unprotect give (office-js #6784).
   */
  assertWritable(s: SheetState): void {
    if (s.protected) fail('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ("${s.name}").`);
  }

  setProtected(s: SheetState, on: boolean): void {
    s.protected = on;
  }

  freezeRows(s: SheetState, count: unknown): void {
    this.assertWritable(s);
    const n = count === undefined ? 1 : count;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= MAX_ROWS) fail(CODES.invalidArgument, `Invalid row count ${String(n)}.`);
    s.frozenRows = n;
  }

  select(s: SheetState, rect: Rect): void {
    this.activate(s);
    this.selection = { sheet: s.name, address: rectToA1(rect) };
  }

  // ---- cells --------------------------------------------------------------------------------

  ensureCell(s: SheetState, r: number, c: number): CellState {
    const k = cellKey(r, c);
    let cell = s.cells.get(k);
    if (!cell) {
      cell = {};
      s.cells.set(k, cell);
    }
    return cell;
  }

  tidy(s: SheetState, r: number, c: number): void {
    const k = cellKey(r, c);
    const cell = s.cells.get(k);
    if (cell && isEmpty(cell)) s.cells.delete(k);
  }

  cell(s: SheetState, r: number, c: number): CellState | undefined {
    return s.cells.get(cellKey(r, c));
  }

  tablesOn(s: SheetState): TableState[] {
    return this.tables.filter((t) => t.sheet === s);
  }

  /**
   * Range.values / Range.formulas / Range.numberFormat setters. In a 2-D array `null` leaves a cell
   * unchanged and "" clears it (docs "excel-add-ins-blank-null-values"). A single (non-array) value
   * applies to every cell of the range (docs "Update all cells in a range"); a single `null` is invalid.
   */
  write(s: SheetState, rect: Rect, matrix: unknown, kind: 'values' | 'formulas' | 'numberFormat'): void {
    const m = Array.isArray(matrix) ? checkMatrix(matrix, rect, kind) : fillMatrix(matrix, rect, kind);
    this.assertWritable(s);
    if (kind === 'numberFormat') {
      for (let i = 0; i < rect.rows; i++) {
        for (let j = 0; j < rect.cols; j++) {
          const v = m[i][j];
          if (v === null || v === undefined) continue;
          if (typeof v !== 'string') fail(CODES.invalidArgument, 'A number format must be a string.');
          const cell = this.ensureCell(s, rect.r + i, rect.c + j);
          cell.numberFormat = v === '' || v === 'General' ? undefined : v;
          this.tidy(s, rect.r + i, rect.c + j);
        }
      }
      return;
    }
    // Excel checks the whole request's formulas before it changes a cell (FACTS): coerce and check
    // every cell first, so a refused formula leaves this command without effect.
    const coerced: (Coerced | null)[][] = m.map((row, i) =>
      row.map((v, j) => (v === null || v === undefined ? null : coerceInput(v, this.cell(s, rect.r + i, rect.c + j)?.numberFormat))),
    );
    const shapes = this.tableShapes();
    coerced.forEach((row, i) =>
      row.forEach((co, j) => {
        if (co?.kind === 'formula') checkFormulaOnEntry(co.formula, s, rect.r + i, rect.c + j, shapes);
      }),
    );
    const headerOf = this.headerCells(s);
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        const co = coerced[i][j];
        if (co === null) continue;
        const r = rect.r + i;
        const c = rect.c + j;
        const cell = this.ensureCell(s, r, c);
        this.store(cell, co);
        const header = headerOf.get(cellKey(r, c));
        if (header) this.rewriteHeader(header.table, header.index, cell);
        this.tidy(s, r, c);
      }
    }
    this.autoExpand(s, rect, m);
    this.fillFormulaColumns(s, rect, coerced);
  }

  /** Puts one coerced entry into a cell; a formula is calculated once as it is entered. */
  private store(cell: CellState, co: Coerced): void {
    delete cell.value;
    delete cell.error;
    delete cell.formula;
    delete cell.cached;
    delete cell.quotePrefix;
    if (co.kind === 'value') {
      cell.value = co.value;
      if (co.quotePrefix) cell.quotePrefix = true;
      if (co.numberFormat && cell.numberFormat === undefined) cell.numberFormat = co.numberFormat;
    } else if (co.kind === 'error') {
      cell.error = co.error;
    } else if (co.kind === 'formula') {
      this.setFormula(cell, co.formula);
    }
  }

  private setFormula(cell: CellState, formula: string): void {
    delete cell.value;
    delete cell.error;
    delete cell.quotePrefix;
    cell.formula = formula;
    cell.cached = this.formulaValue(formula);
  }

  /** What the formula check needs of every table. */
  tableShapes(): TableShape[] {
    return this.tables.map((t) => {
      const whole = this.tableRect(t);
      return {
        name: t.name,
        sheet: t.sheet,
        headers: t.headers,
        firstBodyRow: t.r0 + 1,
        lastBodyRow: t.r0 + t.rows,
        c0: t.c0,
        cols: t.headers.length,
        top: whole.r,
        bottom: whole.r + whole.rows - 1,
      };
    });
  }

  private headerCells(s: SheetState): Map<number, { table: TableState; index: number }> {
    const map = new Map<number, { table: TableState; index: number }>();
    for (const t of this.tablesOn(s)) if (t.showHeaders) t.headers.forEach((_, j) => map.set(cellKey(t.r0, t.c0 + j), { table: t, index: j }));
    return map;
  }

  /** Excel keeps header cells as text and renames the column when its header cell changes. */
  private rewriteHeader(t: TableState, j: number, cell: CellState): void {
    if (cell.formula !== undefined) throw new FakeUsageError('a formula in a table header cell is not modelled');
    const text = cell.value === undefined ? `Column${j + 1}` : String(cell.value);
    if (t.headers.some((h, k) => k !== j && lc(h) === lc(text))) throw new FakeUsageError('a duplicate table header written to a header cell is not modelled');
    t.headers[j] = text;
    cell.value = text;
  }

  /**
   * Excel's table auto-expansion: values written in the row directly below a table (overlapping its
   * columns) make the table grow to include the written rows; new rows take the formats and data
   * validation of the row above and, with "Fill formulas…" on, the calculated column formulas.
   * FACTS (co-authoring): Microsoft recommends writing below the table so that it grows by itself.
   * Stricter, as reported:
   * - only with the AutoCorrect option "Include new rows and columns in table" on (office-js #2093,
   *   FACTS); off, the rows stay outside the table;
   * - the table grows only down to the last written row that holds a non-empty value: empty strings
   *   at the end are left outside (office-js #3013, #3191 report partial expansion);
   * - a table with a totals row does not grow (the written row is its totals row; docs silent);
   * - a write that starts inside the table and runs past its end is not treated as expansion.
   */
  private autoExpand(s: SheetState, rect: Rect, m: unknown[][]): void {
    if (!this.autoCorrect.includeNewRows) return;
    for (const t of this.tablesOn(s)) {
      if (t.showTotals) continue;
      const below = t.r0 + t.rows + 1;
      if (rect.r !== below) continue;
      const cFrom = Math.max(rect.c, t.c0);
      const cTo = Math.min(rect.c + rect.cols, t.c0 + t.headers.length);
      if (cFrom >= cTo) continue;
      let lastFilled = -1;
      m.forEach((row, i) => {
        for (let c = cFrom; c < cTo; c++) {
          const v = row[c - rect.c];
          if (v !== null && v !== undefined && v !== '') lastFilled = i;
        }
      });
      if (lastFilled < 0) continue;
      const rows = lastFilled + 1;
      const grown: Rect = { r: below, c: t.c0, rows, cols: t.headers.length };
      if (this.tablesOn(s).some((o) => o !== t && overlaps(this.tableRect(o), grown))) continue;
      this.joinRows(t, below, rows);
    }
  }

  /** Rows (already on the sheet at `from`) become data rows at the end of the table's body. */
  private joinRows(t: TableState, from: number, rows: number): void {
    const s = t.sheet;
    const above = from - 1;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < t.headers.length; j++) {
        const r = from + i;
        const c = t.c0 + j;
        const src = this.cell(s, above, c);
        const cell = this.ensureCell(s, r, c);
        if (src?.numberFormat !== undefined) cell.numberFormat = src.numberFormat;
        if (src?.fill !== undefined) cell.fill = src.fill;
        if (src?.italic !== undefined) cell.italic = src.italic;
        if (src?.validation !== undefined) cell.validation = src.validation;
        const calc = t.calc[j];
        if (calc && this.autoCorrect.fillFormulas && !hasContent(cell)) this.setFormula(cell, calc);
        this.tidy(s, r, c);
      }
    }
    t.rows += rows;
  }

  /**
   * Calculated columns, with "Fill formulas in tables to create calculated columns" on (with it off,
   * Excel creates none): formulas written into a table column whose other data cells are all empty
   * make it a calculated column, and the bottom-most formula written fills every data cell of the
   * column, replacing different formulas written with it (office-js #6745, #5909; "by design" in
   * #2093). Writing one formula to every data cell is the common case of this rule; overwriting the
   * whole column with constants removes the calculated column.
   */
  private fillFormulaColumns(s: SheetState, rect: Rect, coerced: (Coerced | null)[][]): void {
    for (const t of this.tablesOn(s)) {
      const body = this.bodyRect(t);
      if (!overlaps(body, rect)) continue;
      for (let j = 0; j < t.headers.length; j++) {
        const c = t.c0 + j;
        if (c < rect.c || c >= rect.c + rect.cols) continue;
        const written = new Map<number, Coerced>();
        for (let i = 0; i < rect.rows; i++) {
          const r = rect.r + i;
          const co = coerced[i][c - rect.c];
          if (co && r >= body.r && r < body.r + body.rows) written.set(r, co);
        }
        if (written.size === 0) continue;
        const formulas = [...written].filter(([, co]) => co.kind === 'formula');
        if (written.size === body.rows && formulas.length === 0) {
          t.calc[j] = null;
          continue;
        }
        if (!this.autoCorrect.fillFormulas || formulas.length === 0) continue;
        let othersEmpty = true;
        for (let r = body.r; r < body.r + body.rows && othersEmpty; r++) if (!written.has(r) && hasContent(this.cell(s, r, c))) othersEmpty = false;
        if (!othersEmpty) continue;
        const bottom = formulas[formulas.length - 1][1] as { formula: string };
        t.calc[j] = bottom.formula;
        for (let r = body.r; r < body.r + body.rows; r++) this.setFormula(this.ensureCell(s, r, c), bottom.formula);
      }
    }
  }

  /** `application.calculate(...)`: every formula gets its current value. */
  calculate(type: unknown): void {
    if (type !== 'Recalculate' && type !== 'Full' && type !== 'FullRebuild') fail(CODES.invalidArgument, `Invalid calculation type "${String(type)}".`);
    for (const s of this.sheets) for (const cell of s.cells.values()) if (cell.formula !== undefined) cell.cached = this.formulaValue(cell.formula);
  }

  setCalculationMode(mode: unknown): void {
    if (mode !== 'Automatic' && mode !== 'AutomaticExceptTables' && mode !== 'Manual') fail(CODES.invalidArgument, `Invalid calculation mode "${String(mode)}".`);
    this.calculationMode = mode;
  }

  read(s: SheetState, rect: Rect, kind: 'values' | 'formulas' | 'numberFormat' | 'valueTypes'): unknown[][] {
    if (rect.rows * rect.cols > MAX_READ_CELLS) {
      fail('RangeExceedsLimit', `The cell count in the range has exceeded the maximum supported number (${MAX_READ_CELLS}).`);
    }
    const out: unknown[][] = [];
    for (let i = 0; i < rect.rows; i++) {
      const row: unknown[] = new Array(rect.cols);
      for (let j = 0; j < rect.cols; j++) {
        const cell = this.cell(s, rect.r + i, rect.c + j);
        row[j] = this.readCell(cell, kind);
      }
      out.push(row);
    }
    return out;
  }

  private readCell(cell: CellState | undefined, kind: 'values' | 'formulas' | 'numberFormat' | 'valueTypes'): unknown {
    switch (kind) {
      case 'numberFormat':
        return cell?.numberFormat ?? 'General';
      case 'formulas':
        // Excel returns the formula, or the value for a constant cell.
        return cell?.formula ?? cell?.error ?? cell?.value ?? '';
      case 'values': {
        // Manual calculation leaves formula results stale until a calculate (docs: "Application.calculationMode").
        if (cell?.formula !== undefined) return this.calculationMode === 'Manual' ? (cell.cached ?? '') : this.formulaValue(cell.formula);
        return cell?.error ?? cell?.value ?? '';
      }
      case 'valueTypes': {
        const v = cell?.formula !== undefined ? this.readCell(cell, 'values') : (cell?.error ?? cell?.value);
        if (cell?.error !== undefined) return 'Error';
        if (v === undefined || v === '') return 'Empty';
        return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
      }
    }
  }

  /** Bounding box of used cells (within `within`); `valuesOnly` counts only cells with a value or formula. */
  usedRange(s: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    for (const [k, cell] of s.cells) {
      if (valuesOnly ? !hasContent(cell) : isEmpty(cell)) continue;
      const r = keyRow(k);
      const c = keyCol(k);
      if (within && (r < within.r || r >= within.r + within.rows || c < within.c || c >= within.c + within.cols)) continue;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
    if (r1 < 0) return null;
    return { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  // ---- formats --------------------------------------------------------------------------------

  private eachCell(s: SheetState, rect: Rect, f: (cell: CellState) => void): void {
    this.assertWritable(s);
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        f(this.ensureCell(s, rect.r + i, rect.c + j));
        this.tidy(s, rect.r + i, rect.c + j);
      }
    }
  }

  setFill(s: SheetState, rect: Rect, color: unknown): void {
    if (typeof color !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(color)) {
      fail(CODES.invalidArgument, `Invalid fill color "${String(color)}" (the fake accepts "#RRGGBB"; use fill.clear() to remove).`);
    }
    this.eachCell(s, rect, (c) => (c.fill = color.toUpperCase()));
  }

  clearFill(s: SheetState, rect: Rect): void {
    this.eachCell(s, rect, (c) => delete c.fill);
  }

  setItalic(s: SheetState, rect: Rect, italic: unknown): void {
    if (typeof italic !== 'boolean') fail(CODES.invalidArgument, 'font.italic must be a boolean.');
    this.eachCell(s, rect, (c) => {
      if (italic) c.italic = true;
      else delete c.italic;
    });
  }

  setColumnWidth(s: SheetState, rect: Rect, points: unknown): void {
    if (typeof points !== 'number' || !(points >= 0) || points > 1800) fail(CODES.invalidArgument, `Invalid column width ${String(points)}.`);
    this.assertWritable(s);
    for (let j = 0; j < rect.cols; j++) s.colWidths.set(rect.c + j, points);
  }

  // ---- data validation ---------------------------------------------------------------------------

  private updateValidation(s: SheetState, rect: Rect, f: (old: ValidationRecord | undefined) => ValidationRecord | undefined): void {
    // Records are shared between cells: one new record per distinct old one.
    const cache = new Map<ValidationRecord | undefined, ValidationRecord | undefined>();
    this.eachCell(s, rect, (c) => {
      if (!cache.has(c.validation)) cache.set(c.validation, f(c.validation));
      const next = cache.get(c.validation);
      if (next) c.validation = next;
      else delete c.validation;
    });
  }

  setValidationRule(s: SheetState, rect: Rect, rule: unknown): void {
    const normalized = normalizeRule(rule, (r) => this.rangeFormula(r), (n) => this.findName(n) !== undefined);
    this.updateValidation(s, rect, (old) => ({ ...(old ?? {}), rule: normalized }));
  }

  setValidationPrompt(s: SheetState, rect: Rect, prompt: unknown): void {
    const p = checkMessageBox(prompt, ['showPrompt', 'title', 'message'], 'prompt');
    this.updateValidation(s, rect, (old) => ({ ...(old ?? {}), prompt: p }));
  }

  setValidationErrorAlert(s: SheetState, rect: Rect, alert: unknown): void {
    const a = checkMessageBox(alert, ['showAlert', 'style', 'title', 'message'], 'errorAlert');
    if (a.style !== undefined && a.style !== 'Stop' && a.style !== 'Warning' && a.style !== 'Information') {
      fail(CODES.invalidArgument, `Invalid error alert style "${String(a.style)}".`);
    }
    this.updateValidation(s, rect, (old) => ({ ...(old ?? {}), errorAlert: a }));
  }

  clearValidation(s: SheetState, rect: Rect): void {
    this.updateValidation(s, rect, () => undefined);
  }

  private rangeFormula(t: RangeTarget): string {
    return `=${quoteSheet(t.sheet.name)}!$${colName(t.rect.c)}$${t.rect.r + 1}:$${colName(t.rect.c + t.rect.cols - 1)}$${t.rect.r + t.rect.rows}`;
  }

  // ---- tables -------------------------------------------------------------------------------

  findTable(key: string): TableState | undefined {
    return this.tables.find((t) => lc(t.name) === lc(key) || String(t.id) === key);
  }

  getTable(key: string): TableState {
    const t = this.findTable(key);
    if (!t) fail(CODES.itemNotFound, `The requested resource doesn't exist: table "${key}".`);
    return t;
  }

  /** Header row (when shown), data rows and totals row (when shown). `r0` is the header row even when hidden. */
  tableRect(t: TableState): Rect {
    const top = t.showHeaders ? t.r0 : t.r0 + 1;
    return { r: top, c: t.c0, rows: t.r0 + 1 + t.rows + (t.showTotals ? 1 : 0) - top, cols: t.headers.length };
  }

  /** Stricter than documented: a table whose header row is hidden has no header row range. */
  headerRect(t: TableState): Rect {
    if (!t.showHeaders) fail(CODES.invalidOperation, `The header row of table "${t.name}" is hidden.`);
    return { r: t.r0, c: t.c0, rows: 1, cols: t.headers.length };
  }

  bodyRect(t: TableState): Rect {
    return { r: t.r0 + 1, c: t.c0, rows: t.rows, cols: t.headers.length };
  }

  private nameTaken(name: string, except?: TableState | NameState): boolean {
    return this.tables.some((t) => t !== except && lc(t.name) === lc(name)) || this.names.some((n) => n !== except && lc(n.name) === lc(name));
  }

  /**
   * `tables.add(address, hasHeaders)`. FACTS (office-js-docs #417, #551): a range overlapping another
   * table throws InvalidArgument. A one-row range gets a blank data row below it, as in Excel.
   */
  addTable(target: RangeTarget, hasHeaders: unknown): TableState {
    if (hasHeaders !== true) throw new FakeUsageError('tables.add with hasHeaders=false is not modelled');
    const { sheet: s } = target;
    this.assertWritable(s);
    const rect = target.rect.rows === 1 ? { ...target.rect, rows: 2 } : target.rect;
    if (rect.r + rect.rows > MAX_ROWS) fail(CODES.invalidArgument, 'The table does not fit on the sheet.');
    if (this.tablesOn(s).some((t) => overlaps(this.tableRect(t), rect))) {
      fail(CODES.invalidArgument, "A table can't overlap another table.");
    }
    const headers: string[] = [];
    for (let j = 0; j < rect.cols; j++) {
      const cell = this.cell(s, rect.r, rect.c + j);
      if (cell?.formula !== undefined) throw new FakeUsageError('a formula in a table header cell is not modelled');
      let h = cell?.value === undefined || cell.value === '' ? `Column${j + 1}` : String(cell.value);
      const base = h;
      for (let n = 2; headers.some((x) => lc(x) === lc(h)); n++) h = `${base}${n}`;
      headers.push(h);
      const hc = this.ensureCell(s, rect.r, rect.c + j);
      hc.value = h;
      delete hc.error;
    }
    let n = 1;
    while (this.nameTaken(`Table${n}`)) n++;
    const t: TableState = {
      id: this.nextTableId++,
      name: `Table${n}`,
      sheet: s,
      r0: rect.r,
      c0: rect.c,
      rows: rect.rows - 1,
      headers,
      calc: headers.map(() => null),
      style: 'TableStyleMedium2',
      showTotals: false,
      showHeaders: true,
      filtered: false,
    };
    this.tables.push(t);
    return t;
  }

  /** FACTS: a table name already used anywhere in the workbook throws InvalidArgument. */
  renameTable(t: TableState, name: unknown): void {
    if (typeof name !== 'string' || !isValidDefinedName(name)) fail(CODES.invalidArgument, `The table name "${String(name)}" is not valid.`);
    if (this.nameTaken(name, t)) fail(CODES.invalidArgument, `The table name "${name}" is already in use.`);
    this.assertWritable(t.sheet);
    t.name = name;
  }

  setTableStyle(t: TableState, style: unknown): void {
    if (typeof style !== 'string' || (style !== '' && !TABLE_STYLE.test(style))) fail(CODES.invalidArgument, `Unknown table style "${String(style)}".`);
    this.assertWritable(t.sheet);
    t.style = style;
  }

  /**
   * `table.columns.add(index, values, name)` at the right end. Excel may insert cells (shifting
   * content to the right) when the next column is occupied; the fake does not model that and refuses
   * with InvalidOperation when that column holds content or another table. The new column copies
   * the left column's formats and validation (conservative: Excel's column insert copies formats).
   */
  addTableColumn(t: TableState, index: unknown, values: unknown, name: unknown): number {
    if (!(index === undefined || index === null || index === -1 || index === t.headers.length)) {
      throw new FakeUsageError('inserting a table column in the middle is not modelled');
    }
    if (values !== undefined && values !== null) throw new FakeUsageError('columns.add with values is not modelled');
    const header = typeof name === 'string' && name !== '' ? name : `Column${t.headers.length + 1}`;
    this.assertWritable(t.sheet);
    if (t.headers.some((h) => lc(h) === lc(header))) fail(CODES.invalidArgument, `The column name "${header}" is already used in the table.`);
    const c = t.c0 + t.headers.length;
    if (c >= MAX_COLS) fail(CODES.invalidArgument, 'The table does not fit on the sheet.');
    const whole = this.tableRect(t);
    const area: Rect = { r: whole.r, c, rows: whole.rows, cols: 1 };
    if (this.tablesOn(t.sheet).some((o) => o !== t && overlaps(this.tableRect(o), area))) {
      fail(CODES.invalidOperation, 'The operation is attempting to shift cells in a table on your worksheet.');
    }
    for (let i = 0; i < area.rows; i++) {
      if (hasContent(this.cell(t.sheet, area.r + i, c))) fail(CODES.invalidOperation, 'The column next to the table is not empty (the fake does not model shifting cells).');
    }
    for (let i = 0; i < area.rows; i++) {
      const r = area.r + i;
      const left = this.cell(t.sheet, r, c - 1);
      const cell = this.ensureCell(t.sheet, r, c);
      if (r === t.r0) cell.value = header;
      if (left?.numberFormat !== undefined) cell.numberFormat = left.numberFormat;
      if (left?.fill !== undefined) cell.fill = left.fill;
      if (left?.italic !== undefined) cell.italic = left.italic;
      if (r > t.r0 && left?.validation !== undefined) cell.validation = left.validation;
      this.tidy(t.sheet, r, c);
    }
    t.headers.push(header);
    t.calc.push(null);
    return t.headers.length - 1;
  }

  /**
   * `table.rows.add(index, values)` (ExcelApi 1.1; several rows 1.4, FACTS) at the end of the body:
   * the rows are inserted above the totals row, so the cells below the body in the table's columns
   * move down (stricter than Excel may be: moving cells of another table is refused). The new rows
   * are data rows before their values are entered, so a this-row formula in them is accepted. With
   * "Fill formulas…" on, an empty cell of a calculated column gets the column's formula even when
   * "" was given for it (office-js #1916).
   */
  addTableRows(t: TableState, index: unknown, values: unknown): void {
    if (!(index === undefined || index === null || index === -1)) throw new FakeUsageError('rows.add at an index is not modelled');
    const s = t.sheet;
    this.assertWritable(s);
    const from = t.r0 + 1 + t.rows;
    const n = Array.isArray(values) ? values.length : 0;
    if (n === 0) fail(CODES.invalidArgument, 'rows.add needs values (the fake does not model adding blank rows).');
    const m = checkMatrix(values, { r: from, c: t.c0, rows: n, cols: t.headers.length }, 'values');
    if (from + n + (t.showTotals ? 1 : 0) > MAX_ROWS) fail(CODES.invalidArgument, 'The table does not fit on the sheet.');
    const span = { c: t.c0, cols: t.headers.length };
    const moved = this.tablesOn(s).some((o) => o !== t && overlaps(this.tableRect(o), { r: from, rows: MAX_ROWS - from, ...span }));
    if (moved) fail(CODES.invalidOperation, 'The operation is attempting to shift cells in a table on your worksheet.');
    // Move everything at or below `from` in the table's columns down by n.
    const keys = [...s.cells.keys()].filter((k) => keyRow(k) >= from && keyCol(k) >= t.c0 && keyCol(k) < t.c0 + t.headers.length);
    keys.sort((a, b) => keyRow(b) - keyRow(a));
    for (const k of keys) {
      const cell = s.cells.get(k)!;
      s.cells.delete(k);
      s.cells.set(cellKey(keyRow(k) + n, keyCol(k)), cell);
    }
    this.joinRows(t, from, n);
    // joinRows filled calculated columns; the given values are entered over them ("" keeps the formula, #1916).
    const given = m.map((row, i) => row.map((v, j) => (v === '' && t.calc[j] && this.autoCorrect.fillFormulas && this.cell(s, from + i, t.c0 + j)?.formula ? null : v)));
    this.write(s, { r: from, c: t.c0, rows: n, cols: t.headers.length }, given, 'values');
  }

  /**
   * `table.showTotals` (ExcelApi 1.1). Turning it on puts a totals row right below the body: the
   * first column gets the label "Total", the last a SUBTOTAL of its column. Stricter than documented:
   * it is refused when that row holds content (Excel's UI may overwrite or shift it).
   */
  setShowTotals(t: TableState, on: unknown): void {
    if (typeof on !== 'boolean') fail(CODES.invalidArgument, 'showTotals must be a boolean.');
    this.assertWritable(t.sheet);
    if (on === t.showTotals) return;
    const r = t.r0 + 1 + t.rows;
    const s = t.sheet;
    if (on) {
      for (let j = 0; j < t.headers.length; j++) if (hasContent(this.cell(s, r, t.c0 + j))) fail(CODES.invalidOperation, 'The row below the table is not empty.');
      t.showTotals = true;
      this.ensureCell(s, r, t.c0).value = 'Total';
      if (t.headers.length > 1) {
        const last = t.headers[t.headers.length - 1].replace(/([[\]#'@])/g, "'$1");
        this.setFormula(this.ensureCell(s, r, t.c0 + t.headers.length - 1), `=SUBTOTAL(109,${t.name}[${last}])`);
      }
    } else {
      t.showTotals = false;
      for (let j = 0; j < t.headers.length; j++) {
        const cell = this.cell(s, r, t.c0 + j);
        if (!cell) continue;
        delete cell.value;
        delete cell.formula;
        delete cell.cached;
        delete cell.error;
        this.tidy(s, r, t.c0 + j);
      }
    }
  }

  /**
   * `table.showHeaders` (ExcelApi 1.1). Hidden, the header row is no longer part of the table and
   * its cells are empty; the column names stay. Showing it again needs that row empty (stricter).
   */
  setShowHeaders(t: TableState, on: unknown): void {
    if (typeof on !== 'boolean') fail(CODES.invalidArgument, 'showHeaders must be a boolean.');
    this.assertWritable(t.sheet);
    if (on === t.showHeaders) return;
    const s = t.sheet;
    for (let j = 0; j < t.headers.length; j++) {
      const cell = this.cell(s, t.r0, t.c0 + j);
      if (on && hasContent(cell)) fail(CODES.invalidOperation, 'The row above the table is not empty.');
      if (on) this.ensureCell(s, t.r0, t.c0 + j).value = t.headers[j];
      else if (cell) {
        delete cell.value;
        this.tidy(s, t.r0, t.c0 + j);
      }
    }
    t.showHeaders = on;
  }

  // ---- charts -------------------------------------------------------------------------------

  /**
   * `worksheet.charts.add(type, sourceData, seriesBy)`. The source must be a Range object, as
   * @types/office-js types it; Excel names a new chart "Chart n".
   */
  addChart(s: SheetState, type: unknown, source: unknown, seriesBy: unknown): ChartState {
    if (typeof type !== 'string' || !CHART_TYPES.has(type)) fail(CODES.invalidArgument, `Unknown chart type "${String(type)}".`);
    this.assertWritable(s);
    if (!source || typeof source !== 'object' || !('rect' in source)) throw new FakeUsageError('charts.add needs a Range as its source (a string address is not the documented API)');
    const by = seriesBy === undefined ? 'Auto' : seriesBy;
    if (by !== 'Auto' && by !== 'Columns' && by !== 'Rows') fail(CODES.invalidArgument, `Invalid seriesBy "${String(seriesBy)}".`);
    const c: ChartState = {
      id: this.nextChartId,
      name: `Chart ${this.nextChartId++}`,
      sheet: s,
      type,
      source: source as RangeTarget,
      seriesBy: by,
      title: '',
      position: null,
      deleted: false,
    };
    s.charts.push(c);
    return c;
  }

  /** The first chart of that name on the sheet, as `charts.getItem` documents. */
  findChart(s: SheetState, name: string): ChartState | undefined {
    return s.charts.find((c) => c.name === name);
  }

  private liveChart(c: ChartState): ChartState {
    this.assertWritable(c.sheet);
    if (c.deleted) fail(CODES.invalidObjectPath, `The chart "${c.name}" was deleted.`);
    return c;
  }

  /** Excel allows two charts of one name on a sheet (getItem then returns the first). */
  renameChart(c: ChartState, name: unknown): void {
    if (typeof name !== 'string' || name.trim() === '') fail(CODES.invalidArgument, `Invalid chart name "${String(name)}".`);
    this.liveChart(c).name = name;
  }

  setChartTitle(c: ChartState, text: unknown): void {
    if (typeof text !== 'string') fail(CODES.invalidArgument, 'A chart title must be a string.');
    this.liveChart(c).title = text;
  }

  /** `chart.setPosition(startCell, endCell?)`: addresses on the chart's sheet, or Ranges. */
  setChartPosition(c: ChartState, start: unknown, end: unknown): void {
    const rectOf = (x: unknown): Rect => {
      if (typeof x === 'string') {
        if (x.includes('!')) throw new FakeUsageError('setPosition with a sheet-qualified address is not modelled');
        return parseA1(x);
      }
      if (x && typeof x === 'object' && 'rect' in x) {
        const t = x as RangeTarget;
        if (t.sheet !== c.sheet) fail(CODES.invalidArgument, 'A chart is positioned on its own worksheet.');
        return t.rect;
      }
      return fail(CODES.invalidArgument, 'setPosition needs a cell address or a Range.');
    };
    const s = rectOf(start);
    const e = end === undefined ? s : rectOf(end);
    if (e.r < s.r || e.c < s.c) fail(CODES.invalidArgument, 'The end cell of a chart lies above or left of its start cell.');
    this.liveChart(c).position = { start: s, end: e };
  }

  deleteChart(c: ChartState): void {
    this.liveChart(c).deleted = true;
    c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1);
  }

  // ---- clearing -----------------------------------------------------------------------------

  /**
   * `range.clear('Contents')`: values and formulas go, formats and data validation stay. Clearing
   * a table's header or totals row (its header would turn into "ColumnN") is not modelled, nor other
   * applyTo values.
   */
  clearRange(s: SheetState, rect: Rect, applyTo: unknown): void {
    if (applyTo !== 'Contents') throw new FakeUsageError(`range.clear(${JSON.stringify(applyTo)}) is not modelled (only 'Contents')`);
    this.assertWritable(s);
    // Clearing data rows of a table is plain Excel; its header and totals rows are not modelled.
    const t = this.tablesOn(s).find((x) => overlaps(this.tableRect(x), rect) && !contains(this.bodyRect(x), rect));
    if (t) throw new FakeUsageError(`clearing cells of the table "${t.name}" outside its data rows is not modelled`);
    for (const [k, cell] of [...s.cells]) {
      const r = keyRow(k);
      const c = keyCol(k);
      if (r < rect.r || r >= rect.r + rect.rows || c < rect.c || c >= rect.c + rect.cols) continue;
      delete cell.value;
      delete cell.error;
      delete cell.formula;
      delete cell.cached;
      delete cell.quotePrefix;
      this.tidy(s, r, c);
    }
  }

  // ---- names --------------------------------------------------------------------------------

  findName(name: string): NameState | undefined {
    return this.names.find((n) => lc(n.name) === lc(name));
  }

  getName(name: string): NameState {
    const n = this.findName(name);
    if (!n) fail(CODES.itemNotFound, `The requested resource doesn't exist: name "${name}".`);
    return n;
  }

  addName(name: unknown, reference: unknown): NameState {
    if (typeof name !== 'string' || !isValidDefinedName(name)) fail(CODES.invalidArgument, `The name "${String(name)}" is not valid.`);
    if (this.findName(name)) fail(CODES.itemAlreadyExists, `The name "${name}" already exists.`);
    if (this.findTable(name)) fail(CODES.invalidArgument, `The name "${name}" is already used by a table.`);
    const n: NameState = { name, formula: this.nameFormula(reference) };
    this.names.push(n);
    return n;
  }

  nameFormula(reference: unknown): string {
    if (typeof reference === 'string') {
      if (reference.trim() === '') fail(CODES.invalidArgument, 'A name needs a reference.');
      return reference.startsWith('=') ? reference : `=${reference}`;
    }
    if (reference && typeof reference === 'object' && 'sheet' in reference && 'rect' in reference) return this.rangeFormula(reference as RangeTarget);
    return fail(CODES.invalidArgument, 'A name reference must be a string or a Range.');
  }

  deleteName(n: NameState): void {
    const i = this.names.indexOf(n);
    if (i >= 0) this.names.splice(i, 1);
  }
}

function checkMessageBox(v: unknown, keys: readonly string[], what: string): Record<string, unknown> {
  if (!v || typeof v !== 'object') fail(CODES.invalidArgument, `dataValidation.${what} must be an object.`);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(CODES.invalidArgument, `Unknown ${what} property "${k}".`);
  if (o.title !== undefined && (typeof o.title !== 'string' || o.title.length > DV_TITLE_MAX)) {
    fail(CODES.invalidArgument, `The ${what} title must be a string of at most ${DV_TITLE_MAX} characters.`);
  }
  if (o.message !== undefined && (typeof o.message !== 'string' || o.message.length > DV_MESSAGE_MAX)) {
    fail(CODES.invalidArgument, `The ${what} message must be a string of at most ${DV_MESSAGE_MAX} characters.`);
  }
  return { ...o };
}

const OPERATORS = new Set(['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo']);

/** Validates an `Excel.DataValidationRule` as @types/office-js types it: exactly one criterion. */
function normalizeRule(rule: unknown, rangeFormula: (r: RangeTarget) => string, nameExists: (name: string) => boolean): Record<string, unknown> {
  if (!rule || typeof rule !== 'object') fail(CODES.invalidArgument, 'dataValidation.rule must be an object.');
  const entries = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length !== 1) fail(CODES.invalidArgument, 'A data validation rule must have exactly one criterion.');
  const [kind, raw] = entries[0];
  if (!raw || typeof raw !== 'object') fail(CODES.invalidArgument, `Invalid ${kind} criterion.`);
  const c = raw as Record<string, unknown>;
  switch (kind) {
    case 'list': {
      let source = c.source;
      if (source && typeof source === 'object' && 'rect' in source) source = rangeFormula(source as RangeTarget);
      if (typeof source !== 'string' || source === '') fail(CODES.invalidArgument, 'A list rule needs a source.');
      if (!source.startsWith('=') && source.length > DV_INLINE_LIST_MAX) fail(CODES.invalidArgument, 'The inline list source is too long.');
      // Conservative: Excel's UI warns that a source naming an undefined name "evaluates to an
      // error"; what the API does then is undocumented, so the fake refuses it.
      const bare = /^=([\p{L}_\\][\p{L}\p{N}_.\\]*)$/u.exec(source);
      if (bare && isValidDefinedName(bare[1]) && !nameExists(bare[1])) fail(CODES.invalidArgument, `The list source ${source} refers to a name that is not defined.`);
      if (c.inCellDropDown !== undefined && typeof c.inCellDropDown !== 'boolean') fail(CODES.invalidArgument, 'inCellDropDown must be a boolean.');
      return { list: { inCellDropDown: c.inCellDropDown ?? true, source } };
    }
    case 'wholeNumber':
    case 'decimal':
    case 'textLength':
    case 'date':
    case 'time': {
      if (typeof c.operator !== 'string' || !OPERATORS.has(c.operator)) fail(CODES.invalidArgument, `Invalid operator "${String(c.operator)}".`);
      const ternary = c.operator === 'Between' || c.operator === 'NotBetween';
      const check = (f: unknown, which: string): void => {
        const ok =
          kind === 'date' || kind === 'time'
            ? f instanceof Date || (typeof f === 'string' && (f.startsWith('=') || /^\d{4}-\d{2}-\d{2}/.test(f)))
            : typeof f === 'number' || (typeof f === 'string' && f !== '');
        if (!ok) fail(CODES.invalidArgument, `Invalid ${which} for a ${kind} rule: ${JSON.stringify(f)}.`);
      };
      check(c.formula1, 'formula1');
      if (ternary) check(c.formula2, 'formula2');
      else if (c.formula2 !== undefined) fail(CODES.invalidArgument, 'formula2 is used only with Between/NotBetween.');
      return { [kind]: { operator: c.operator, formula1: c.formula1, ...(ternary ? { formula2: c.formula2 } : {}) } };
    }
    case 'custom': {
      if (typeof c.formula !== 'string' || !c.formula.startsWith('=')) fail(CODES.invalidArgument, 'A custom rule needs a formula starting with "=".');
      return { custom: { formula: c.formula } };
    }
    default:
      return fail(CODES.invalidArgument, `Unknown data validation criterion "${kind}".`);
  }
}

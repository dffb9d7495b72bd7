/**
 * An in-memory workbook that implements the port: the preview host's backing store, and a third
 * adapter for the shared contract suite. It keeps values and formulas but does not evaluate
 * formulas (formula cells read back as null); the add-in's own summaries come from the TypeScript
 * reference implementation, and formulas are checked against LibreOffice elsewhere.
 */
import type {
  ActiveCell,
  CellInput,
  DataValidationSpec,
  PageSetup,
  CellValue,
  ColumnFormat,
  SheetInfo,
  TableData,
  TableInfo,
  WorkbookPort,
  WorkbookStructure,
  WriteOp,
} from '../../core/port/types';
import { META_KEYS, PortError } from '../../core/port/types';
import type { Lang, SheetVisibility } from '../../core/model/types';
import { LISTS_SHEET } from '../../core/model/formulaContext';

interface Cell {
  readonly value: CellValue;
  readonly formula?: string;
}

interface Sheet {
  name: string;
  visibility: SheetVisibility;
  readonly cells: Map<string, Cell>;
  frozenRows: number;
  pageSetup?: PageSetup;
  readonly validations: Map<string, DataValidationSpec>;
  readonly widths: Map<number, number>;
}

interface Table {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: string[];
  readonly columns: ColumnFormat[];
  rowCount: number;
}

/** A chart as the memory port records it (it draws nothing): what the preview lists. */
export type MemoryChart = Omit<Extract<WriteOp, { op: 'addChart' }>, 'op'>;

const key = (row: number, col: number): string => `${row},${col}`;

/** 'B3:D9' or 'B3' → 1-based bounds; null when it is not a plain A1 range. */
function parseRange(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1] = [col(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [col(m[3]), Number(m[4])] : [c1, r1];
  if (r1 < 1 || r2 < 1) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export class MemoryPort implements WorkbookPort {
  private readonly sheets: Sheet[] = [];
  private readonly tables = new Map<string, Table>();
  private readonly names = new Map<string, string>();
  /** The last cell that `select` went to, for the preview host to show. */
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** Charts added through `addChart`, in order; one of the same name on the same sheet is replaced. */
  readonly charts: MemoryChart[] = [];
  /** The user's active cell, as a test or the preview sets it (a file has none). */
  cursor: ActiveCell | null = null;
  /** Listeners told after every apply or select, so a preview can re-render. */
  private readonly listeners = new Set<() => void>();

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async readStructure(): Promise<WorkbookStructure> {
    return {
      sheets: this.sheets.map((s) => this.sheetInfo(s)),
      tables: [...this.tables.values()].map((t) => this.tableInfo(t)),
      names: [...this.names.keys()],
      meta: this.meta(),
    };
  }

  async readTables(names?: readonly string[]): Promise<TableData[]> {
    const wanted = [...this.tables.values()].filter((t) => !names || names.includes(t.name));
    return wanted.map((t) => {
      const sheet = this.sheet(t.sheet);
      const rows: CellValue[][] = [];
      for (let r = 0; r < t.rowCount; r++) {
        rows.push(t.headers.map((_, c) => sheet.cells.get(key(t.headerRow + 1 + r, t.firstCol + c))?.value ?? null));
      }
      return { ...this.tableInfo(t), rows };
    });
  }

  /** All or nothing, as the port asks: a plan that fails part-way leaves the workbook as it was. */
  async apply(ops: readonly WriteOp[]): Promise<void> {
    const restore = this.checkpoint();
    try {
      for (const op of ops) this.applyOne(op);
    } catch (err) {
      restore();
      throw err;
    }
    this.notify();
  }

  /**
   * Deletes sheets (with their tables and charts) and workbook names, skipping any that do not
   * exist: how the self-test page removes what it made. Not a WriteOp: no plan deletes user sheets.
   */
  async deleteSheetsAndNames(sheets: readonly string[], names: readonly string[]): Promise<void> {
    for (const name of sheets) {
      const i = this.sheets.findIndex((s) => s.name === name);
      if (i >= 0) this.sheets.splice(i, 1);
      for (const t of [...this.tables.values()]) if (t.sheet === name) this.tables.delete(t.name);
      for (let c = this.charts.length - 1; c >= 0; c--) if (this.charts[c]?.sheet === name) this.charts.splice(c, 1);
      if (this.activeSheet === name) this.activeSheet = null;
      if (this.selection?.sheet === name) this.selection = null;
    }
    for (const n of names) this.names.delete(n);
    this.notify();
  }

  /** A copy of the whole state, and the function that puts it back (in place: the fields are readonly). */
  private checkpoint(): () => void {
    const sheets = this.sheets.map((s) => ({ ...s, cells: new Map(s.cells) }));
    const tables = [...this.tables.values()].map((t) => ({ ...t, headers: [...t.headers], columns: [...t.columns] }));
    const names = new Map(this.names);
    const charts = [...this.charts];
    const activeSheet = this.activeSheet;
    return () => {
      this.sheets.splice(0, this.sheets.length, ...sheets);
      this.tables.clear();
      for (const t of tables) this.tables.set(t.name, t);
      this.names.clear();
      for (const [k, v] of names) this.names.set(k, v);
      this.charts.splice(0, this.charts.length, ...charts);
      this.activeSheet = activeSheet;
    };
  }

  async select(sheet: string, address: string): Promise<void> {
    this.sheet(sheet);
    this.selection = { sheet, address };
    this.activeSheet = sheet;
    this.notify();
  }

  async activeCell(): Promise<ActiveCell | null> {
    return this.cursor;
  }

  /** How a sheet prints, once a pageSetup operation set it; for tests and the preview. */
  pageSetupOf(sheet: string): PageSetup | undefined {
    return this.sheet(sheet).pageSetup;
  }

  /** Data validation set on an address by setValidation; for tests. */
  validationAt(sheet: string, address: string): DataValidationSpec | undefined {
    return this.sheet(sheet).validations.get(address.toUpperCase());
  }

  /** Value of a cell (null for formulas, which the memory port does not compute); for tests. */
  valueAt(sheet: string, row: number, col: number): CellValue {
    return this.sheet(sheet).cells.get(key(row, col))?.value ?? null;
  }

  /** Formula text of a cell, for tests and the preview's cell inspector. */
  formulaAt(sheet: string, row: number, col: number): string | undefined {
    return this.sheet(sheet).cells.get(key(row, col))?.formula;
  }

  private applyOne(op: WriteOp): void {
    switch (op.op) {
      case 'addSheet':
        if (this.sheets.some((s) => s.name === op.name)) throw new PortError('conflict', `sheet ${op.name} exists`);
        this.sheets.push({ name: op.name, visibility: op.visibility, cells: new Map(), frozenRows: 0, validations: new Map(), widths: new Map() });
        return;
      case 'setVisibility':
        this.sheet(op.sheet).visibility = op.visibility;
        return;
      case 'writeCells':
        op.values.forEach((row, r) => row.forEach((v, c) => this.put(op.sheet, op.row + r, op.col + c, v)));
        return;
      case 'createTable':
        return this.createTable(op);
      case 'addColumns':
        return this.addColumns(op.table, op.columns);
      case 'setColumnFormula': {
        const t = this.table(op.table);
        const i = t.headers.findIndex((h) => h.trim().toLowerCase() === op.column.header.trim().toLowerCase());
        if (i < 0) throw new PortError('conflict', `table ${t.name} has no column ${op.column.header}`);
        for (let r = 1; r <= t.rowCount; r++) this.put(t.sheet, t.headerRow + r, t.firstCol + i, { formula: op.column.formula });
        t.columns[i] = { ...op.column, header: t.headers[i]! };
        return;
      }
      case 'appendRows':
        return this.appendRows(op.table, op.rows);
      case 'setCells': {
        const t = this.table(op.table);
        for (const c of op.cells) {
          const i = t.headers.indexOf(c.header);
          if (i < 0) throw new PortError('conflict', `table ${t.name} has no column ${c.header}`);
          if (c.row <= t.headerRow || c.row > t.headerRow + t.rowCount) throw new PortError('conflict', `row ${c.row} is outside table ${t.name}`);
          this.put(t.sheet, c.row, t.firstCol + i, c.value);
        }
        return;
      }
      case 'deleteRows':
        return this.deleteRows(op.table, op.rows);
      case 'defineName':
        this.names.set(op.name, op.ref);
        return;
      case 'freezeRows':
        this.sheet(op.sheet).frozenRows = op.rows;
        return;
      case 'activate':
        this.activeSheet = this.sheet(op.sheet).name;
        return;
      case 'clearRange':
        return this.clearRange(op.sheet, op.address);
      case 'addChart':
        return this.addChart(op);
      case 'pageSetup': {
        const sheet = this.sheet(op.sheet);
        // The memory port has no page setup of the user's own, so keepExisting keeps only ours.
        if (!op.keepExisting || !sheet.pageSetup) sheet.pageSetup = op.setup;
        return;
      }
      case 'setValidation': {
        const sheet = this.sheet(op.sheet);
        if (!parseRange(op.address)) throw new PortError('conflict', `${op.address} is not a range on ${sheet.name}`);
        sheet.validations.set(op.address.toUpperCase(), op.validation);
        return;
      }
      case 'setColumnWidths': {
        const sheet = this.sheet(op.sheet);
        for (const w of op.widths) sheet.widths.set(w.col, w.width);
        return;
      }
    }
  }

  /** Rows below move up within the table's columns; one blank row stays when all go. */
  private deleteRows(table: string, rows: readonly number[]): void {
    const t = this.table(table);
    const gone = new Set(rows);
    if (gone.size !== rows.length || rows.some((r) => r <= t.headerRow || r > t.headerRow + t.rowCount)) {
      throw new PortError('conflict', `rows ${rows.join(',')} are not data rows of table ${t.name}`);
    }
    if (rows.length === 0) return;
    const sheet = this.sheet(t.sheet);
    const keep: number[] = [];
    for (let r = t.headerRow + 1; r <= t.headerRow + t.rowCount; r++) if (!gone.has(r)) keep.push(r);
    for (let c = t.firstCol; c < t.firstCol + t.headers.length; c++) {
      const cells = keep.map((r) => sheet.cells.get(key(r, c)));
      for (let r = t.headerRow + 1; r <= t.headerRow + t.rowCount; r++) sheet.cells.delete(key(r, c));
      cells.forEach((cell, i) => {
        if (cell) sheet.cells.set(key(t.headerRow + 1 + i, c), cell);
      });
      const formula = t.columns[c - t.firstCol]?.formula;
      if (keep.length === 0 && formula) this.put(t.sheet, t.headerRow + 1, c, { formula });
    }
    t.rowCount = Math.max(keep.length, 1);
  }

  private clearRange(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const r = parseRange(address);
    if (!r) throw new PortError('conflict', `${address} is not a range on ${sheet.name}`);
    for (const t of this.tables.values()) {
      const meets = t.sheet === sheet.name && t.headerRow <= r.bottom && r.top <= t.headerRow + t.rowCount && t.firstCol <= r.right && r.left <= t.firstCol + t.headers.length - 1;
      if (meets) throw new PortError('conflict', `cannot clear ${sheet.name}!${address}: it overlaps table ${t.name}`);
    }
    for (const k of [...sheet.cells.keys()]) {
      const [row, col] = k.split(',').map(Number) as [number, number];
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) sheet.cells.delete(k);
    }
  }

  private addChart(op: Extract<WriteOp, { op: 'addChart' }>): void {
    const sheet = this.sheet(op.sheet).name;
    if (!parseRange(op.source)) throw new PortError('conflict', `${op.source} is not a range on ${sheet}`);
    const { op: _op, ...chart } = op;
    const same = this.charts.findIndex((c) => c.sheet === sheet && c.name.toLowerCase() === op.name.toLowerCase());
    if (same >= 0) this.charts.splice(same, 1);
    this.charts.push({ ...chart, sheet });
  }

  private createTable(op: Extract<WriteOp, { op: 'createTable' }>): void {
    if (this.tables.has(op.name)) throw new PortError('conflict', `table ${op.name} exists`);
    const width = op.columns.length;
    for (const t of this.tables.values()) {
      const overlaps = t.sheet === op.sheet && op.col <= t.firstCol + t.headers.length - 1 && t.firstCol <= op.col + width - 1;
      if (overlaps) throw new PortError('conflict', `table ${op.name} would overlap ${t.name}`);
    }
    const table: Table = {
      name: op.name,
      sheet: this.sheet(op.sheet).name,
      headerRow: op.row,
      firstCol: op.col,
      headers: op.columns.map((c) => c.header),
      columns: [...op.columns],
      rowCount: 0,
    };
    table.headers.forEach((h, c) => this.put(op.sheet, op.row, op.col + c, h));
    this.tables.set(op.name, table);
    // Excel keeps one blank row in an empty table; formulas fill it like any other row.
    this.appendRows(op.name, op.rows.length > 0 ? op.rows : [table.headers.map(() => null)]);
  }

  private addColumns(name: string, columns: readonly ColumnFormat[]): void {
    const t = this.table(name);
    for (const column of columns) {
      const col = t.firstCol + t.headers.length;
      this.put(t.sheet, t.headerRow, col, column.header);
      for (let r = 1; r <= t.rowCount; r++) this.put(t.sheet, t.headerRow + r, col, column.formula ? { formula: column.formula } : null);
      t.headers.push(column.header);
      t.columns.push(column);
    }
  }

  private appendRows(name: string, rows: readonly (readonly CellInput[])[]): void {
    const t = this.table(name);
    // Like Excel's own fill-in, the single blank row of a fresh table is used, not left above the data.
    if (rows.length > 0 && t.rowCount === 1 && this.isBlankRow(t, t.headerRow + 1)) t.rowCount = 0;
    for (const row of rows) {
      const r = t.headerRow + t.rowCount + 1;
      t.headers.forEach((_, c) => {
        const given = row[c] ?? null;
        const formula = t.columns[c]?.formula;
        this.put(t.sheet, r, t.firstCol + c, given === null && formula ? { formula } : given);
      });
      t.rowCount++;
    }
  }

  /** A row with no typed value (formulas alone don't count): what an empty table row looks like. */
  private isBlankRow(t: Table, row: number): boolean {
    const cells = this.sheet(t.sheet).cells;
    return t.headers.every((_, c) => {
      const cell = cells.get(key(row, t.firstCol + c));
      return !cell || cell.formula !== undefined;
    });
  }

  private put(sheetName: string, row: number, col: number, v: CellInput): void {
    const cells = this.sheet(sheetName).cells;
    if (v !== null && typeof v === 'object') cells.set(key(row, col), { value: null, formula: v.formula });
    else if (v === null || v === '') cells.delete(key(row, col));
    else cells.set(key(row, col), { value: v });
  }

  private meta(): WorkbookStructure['meta'] {
    const lists = this.sheets.find((s) => s.name === LISTS_SHEET);
    const lookup = (k: string): CellValue => {
      for (let r = 1; r <= 3; r++) if (lists?.cells.get(key(r, 1))?.value === k) return lists.cells.get(key(r, 2))?.value ?? null;
      return null;
    };
    const version = lookup(META_KEYS.modelVersion);
    const lang = lookup(META_KEYS.lang);
    return {
      modelVersion: typeof version === 'number' ? version : null,
      lang: lang === 'zh-CN' || lang === 'en-US' ? (lang as Lang) : null,
    };
  }

  private sheetInfo(s: Sheet): SheetInfo {
    let lastRow = 0;
    let lastCol = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    }
    for (const t of this.tables.values()) {
      if (t.sheet !== s.name) continue;
      lastRow = Math.max(lastRow, t.headerRow + t.rowCount);
      lastCol = Math.max(lastCol, t.firstCol + t.headers.length - 1);
    }
    return { name: s.name, visibility: s.visibility, lastRow, lastCol };
  }

  private tableInfo(t: Table): TableInfo {
    return { name: t.name, sheet: t.sheet, headerRow: t.headerRow, firstCol: t.firstCol, headers: [...t.headers], rowCount: t.rowCount };
  }

  private sheet(name: string): Sheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new PortError('conflict', `no sheet named ${name}`);
    return s;
  }

  private table(name: string): Table {
    const t = this.tables.get(name);
    if (!t) throw new PortError('conflict', `no table named ${name}`);
    return t;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

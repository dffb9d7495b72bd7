/**
 * The port between the pure core and a spreadsheet host (Office.js, an .xlsx file, or memory).
 *
 * Coordinates: `row` is the 1-based worksheet row as Excel shows it; `col` is the 1-based column
 * (A = 1). Dates travel as Excel serial numbers (days since 1899-12-30), as both Office.js
 * `Range.values` and the file format store them.
 */
import type { Lang, SheetVisibility } from '../model/types';

/** A value read from a cell. Error cells come back as their error text, e.g. "#REF!". */
export type CellValue = string | number | boolean | null;

/**
 * A value to write. A plain string is ALWAYS text, whatever it starts with ("=1+1" stays text);
 * a formula must be given explicitly as `{ formula }`, whose text always starts with "=" (adapters
 * whose library wants it without, such as ExcelJS, strip it).
 */
export type CellInput = CellValue | { readonly formula: string };

export interface SheetInfo {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** The used range's last row and column (1-based); 0 when the sheet is empty. */
  readonly lastRow: number;
  readonly lastCol: number;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Worksheet row of the header row. */
  readonly headerRow: number;
  /** First column of the table. */
  readonly firstCol: number;
  readonly headers: readonly string[];
  /** Number of data rows (an empty table still has one blank row in Excel; it counts here). */
  readonly rowCount: number;
}

export interface WorkbookMeta {
  readonly modelVersion: number | null;
  readonly lang: Lang | null;
}

/** What a generate or upgrade plan needs to know: no row data, so its cost is independent of rows. */
export interface WorkbookStructure {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly TableInfo[];
  readonly names: readonly string[];
  readonly meta: WorkbookMeta;
}

export interface TableData extends TableInfo {
  /** Data rows, each as wide as `headers`. Formula cells give their computed value. */
  readonly rows: readonly (readonly CellValue[])[];
}

/** Excel data validation, as the host can express it. Messages are already localized. */
export type ValidationRule =
  | { readonly kind: 'list'; readonly source: string }
  | { readonly kind: 'whole'; readonly min: number; readonly max?: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max?: number }
  | { readonly kind: 'date'; readonly min: number; readonly max?: number }
  | { readonly kind: 'textLength'; readonly max: number }
  /** A custom formula written for the first data cell; relative references shift per row. */
  | { readonly kind: 'custom'; readonly formula: string };

export interface DataValidationSpec {
  readonly rule: ValidationRule;
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly errorTitle?: string;
  readonly error?: string;
  /** 'stop' blocks typing a bad value; 'warning' asks. */
  readonly errorStyle: 'stop' | 'warning';
}

/** How a column of a table looks and behaves; applied when the column is created. */
export interface ColumnFormat {
  readonly header: string;
  readonly numberFormat?: string;
  /** Column width in characters. */
  readonly width?: number;
  /** A calculated column: the formula (starting with "=") every row gets, and rows the user adds. */
  readonly formula?: string;
  readonly validation?: DataValidationSpec;
  /** Formula columns are marked (grey fill, italic) so that users type only into inputs. */
  readonly computed?: boolean;
}

/**
 * One write operation. The core plans; adapters only carry out. Every adapter must carry out a
 * whole plan in a fixed number of round trips, independent of the number of rows.
 */
export type WriteOp =
  | { readonly op: 'addSheet'; readonly name: string; readonly visibility: SheetVisibility; readonly tabColor?: string }
  | { readonly op: 'setVisibility'; readonly sheet: string; readonly visibility: SheetVisibility }
  /** Writes a block of cells starting at (row, col). */
  | {
      readonly op: 'writeCells';
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly values: readonly (readonly CellInput[])[];
      readonly numberFormat?: string;
    }
  /** Creates a table with its header row and data rows (at least one blank row if none). */
  | {
      readonly op: 'createTable';
      readonly sheet: string;
      readonly name: string;
      readonly row: number;
      readonly col: number;
      readonly columns: readonly ColumnFormat[];
      readonly rows: readonly (readonly CellInput[])[];
      readonly style: string;
    }
  /** Adds columns at the right end of an existing table, keeping its rows. */
  | { readonly op: 'addColumns'; readonly table: string; readonly columns: readonly ColumnFormat[] }
  /**
   * Turns an existing column (found by `column.header`) into a calculated column: every data cell
   * gets `column.formula` (its values are replaced: migrate them first) and so do rows added later;
   * the number format and the computed look follow `column`. Used by upgrades (Customers.开发阶段).
   */
  | { readonly op: 'setColumnFormula'; readonly table: string; readonly column: ColumnFormat & { readonly formula: string } }
  /** Appends rows below a table (the table grows); cells follow the table's current headers. */
  | { readonly op: 'appendRows'; readonly table: string; readonly rows: readonly (readonly CellInput[])[] }
  /** Overwrites cells of existing data rows: `row` is the worksheet row, `header` the column. */
  | {
      readonly op: 'setCells';
      readonly table: string;
      readonly cells: readonly { readonly row: number; readonly header: string; readonly value: CellInput }[];
    }
  /**
   * Deletes whole data rows of a table (worksheet rows, any order, no duplicates); the rows below
   * move up and the table shrinks. At least one data row stays: deleting every row leaves one blank.
   */
  | { readonly op: 'deleteRows'; readonly table: string; readonly rows: readonly number[] }
  /** Defines (or redefines) a workbook-scoped name. `ref` is like `'Lists'!$B$2:$B$9`. */
  | { readonly op: 'defineName'; readonly name: string; readonly ref: string }
  | { readonly op: 'freezeRows'; readonly sheet: string; readonly rows: number }
  | { readonly op: 'activate'; readonly sheet: string }
  /**
   * Clears the contents (values and formulas; formats stay) of an A1 range such as 'A1:AC60' on a
   * sheet. Every adapter refuses a range that meets a table, so it cannot cut into a user's rows.
   */
  | { readonly op: 'clearRange'; readonly sheet: string; readonly address: string }
  /**
   * Sets how a sheet prints (SPEC §2.2). With `keepExisting`, a sheet whose page setup the user
   * has already changed (orientation, scaling, print titles, header or footer) is left alone.
   */
  | { readonly op: 'pageSetup'; readonly sheet: string; readonly setup: PageSetup; readonly keepExisting: boolean }
  /** Sets the data validation (e.g. a dropdown) of an A1 range such as 'B2' outside any table. */
  | { readonly op: 'setValidation'; readonly sheet: string; readonly address: string; readonly validation: DataValidationSpec }
  /** Sets column widths (in characters) of a sheet; `col` is 1-based. */
  | { readonly op: 'setColumnWidths'; readonly sheet: string; readonly widths: readonly { readonly col: number; readonly width: number }[] }
  /**
   * Adds a native chart over `source` (an A1 range on `sheet`, e.g. 'A3:B7', with its labels),
   * replacing every chart of the same name on that sheet. Only hosts that draw charts carry it out
   * (Office, and the memory port, which records it); the .xlsx adapter refuses it ('unsupported').
   */
  | {
      readonly op: 'addChart';
      readonly sheet: string;
      readonly name: string;
      /** 'line' is drawn with markers, so that a point between gaps still shows. */
      readonly type: ChartKind;
      readonly source: string;
      /** Whether each column or each row of `source` (after its labels) is one series. */
      readonly seriesBy: 'columns' | 'rows';
      readonly title: string;
      readonly anchor: ChartAnchor;
    };

export type ChartKind = 'columnClustered' | 'line';

/**
 * How a sheet prints. Footer texts use Excel's header/footer codes: &A the sheet name, &P the page
 * number, &N the page count; a literal ampersand is written "&&".
 */
export interface PageSetup {
  /** Always A4 here (paper size 9 in the file format, Excel.PaperType.a4 in Office.js). */
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Pages wide and tall to fit into; 0 = as many as needed. */
  readonly fitWide: number;
  readonly fitTall: number;
  /** Rows repeated at the top of every page, e.g. { first: 1, last: 1 }. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /**
   * The area that prints: A1 ranges such as '$A$1:$F$40' or '$A:$J,$M:$O' (areas print one after
   * another); the used range when absent.
   */
  readonly printArea?: string;
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
  /** Print the cell grid (the print views use it to draw the form's boxes). */
  readonly gridLines: boolean;
  readonly centerHorizontally: boolean;
}

/** Where a chart sits: its top-left cell (1-based) and its size in whole cells. */
export interface ChartAnchor {
  readonly row: number;
  readonly col: number;
  readonly widthCols: number;
  readonly heightRows: number;
}

/** Where to write a whole new workbook (export) — only for adapters that can make one. */
export interface NewWorkbook {
  readonly sheets: readonly { readonly name: string; readonly ops: readonly WriteOp[] }[];
}

export interface ProgressReporter {
  (done: number, total: number): void;
}

/**
 * The one port that both the Office.js adapter and the .xlsx adapter implement, and that the
 * shared contract suite (test/contract) exercises.
 */
export interface WorkbookPort {
  /** Sheets, tables with headers, defined names and model meta, without row data. */
  readStructure(): Promise<WorkbookStructure>;
  /** Row values of the named tables that exist (all tables when omitted), chunked by the adapter. */
  readTables(names?: readonly string[], progress?: ProgressReporter): Promise<TableData[]>;
  /** Carries out a plan in order. Throws a PortError and writes nothing it can avoid on failure. */
  apply(ops: readonly WriteOp[], progress?: ProgressReporter): Promise<void>;
  /** Selects a cell for the user (Office: activates the sheet and selects; files: no-op). */
  select(sheet: string, address: string): Promise<void>;
  /**
   * The user's active cell: its sheet, 1-based row and column. Null where there is no user (a
   * file) or nothing is selected. Used by 打印此记录 to find the record under the cursor.
   */
  activeCell(): Promise<ActiveCell | null>;
}

export interface ActiveCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export class PortError extends Error {
  constructor(
    readonly code: 'conflict' | 'unreadable' | 'unsupported' | 'host',
    message: string,
  ) {
    super(message);
    this.name = 'PortError';
  }
}

/** Meta cells on the hidden Lists sheet: A1:B3 hold key/value pairs. */
export const META_KEYS = { modelVersion: 'modelVersion', lang: 'lang' } as const;

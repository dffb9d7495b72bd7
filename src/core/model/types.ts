/**
 * The workbook model as plain data. See docs/MODEL.md for the full description.
 *
 * Tables and column keys are ASCII and stable: code, formulas and tests address them by key.
 * Headers and sheet names are localized; the zh-CN ones are the contract (SPEC §2).
 * Enumeration values (是/否, 免考, …) are data, not UI text, so they are the same in both languages.
 */
export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** A localized string: zh-CN first, en-US second. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export function textIn(t: Text, lang: Lang): string {
  return lang === 'zh-CN' ? t.zh : t.en;
}

/** Key of an enumeration on the hidden Lists sheet (also its defined name suffix). */
export type ListId = string;

export type ColumnType =
  | { readonly kind: 'text'; readonly maxLength?: number }
  /** Unique within its table. `pattern` documents the house style (e.g. KH-0001); it is not enforced. */
  | { readonly kind: 'id'; readonly example?: string }
  | { readonly kind: 'date' }
  /** Whole number within [min, max]. */
  | { readonly kind: 'int'; readonly min: number; readonly max?: number }
  /**
   * A decimal number. Valid when it lies in [min, max] (where either is given) or equals one of
   * `allowed`: 分析判断能力 is allowed-only {2.5, 3, 3.5, 4}; 责任感 is [0, 3] plus allowed {4.5, 5}.
   */
  | {
      readonly kind: 'number';
      readonly min?: number;
      readonly max?: number;
      readonly allowed?: readonly number[];
    }
  /** Yuan or 万元, ≥ 0, two decimals. */
  | { readonly kind: 'money' }
  /** 0–100. */
  | { readonly kind: 'pct' }
  | { readonly kind: 'enum'; readonly list: ListId }
  /** The value must exist in `table`.`column` (column key). */
  | { readonly kind: 'ref'; readonly table: string; readonly column: string }
  | { readonly kind: 'yesno' }
  | { readonly kind: 'phone' }
  /** A scoring period as text YYYY-MM. */
  | { readonly kind: 'period' }
  /** Computed by a calculated column; not typed into. `result` drives number formats and checks. */
  | { readonly kind: 'formula'; readonly formula: FormulaTemplate; readonly result: 'number' | 'text' | 'date' };

export type ColumnKind = ColumnType['kind'];

/**
 * A formula written against column keys, rendered per workbook language.
 * Must return an Excel 2016-compatible formula starting with "=".
 */
export type FormulaTemplate = (f: FormulaContext) => string;

export interface FormulaContext {
  readonly lang: Lang;
  /** Same-row reference to a column of the table being defined: `T[[#This Row],[Header]]`. */
  thisRow(columnKey: string): string;
  /** Whole-column reference: `Table[Header]`. */
  column(table: string, columnKey: string): string;
  /**
   * The column of the table being defined from its header cell down to this row:
   * `T[[#Headers],[Header]]:T[[#This Row],[Header]]`. Unlike `INDEX(T[Header],1):…`, it depends on
   * no row below this one, so an edit recalculates only the rows at and below it.
   */
  upToThisRow(columnKey: string): string;
  /** The value of a KpiParams parameter, as an INDEX/MATCH expression over the KpiParams table. */
  param(paramId: string): string;
  /** The range of an enumeration on the Lists sheet (its defined name). */
  list(listId: ListId): string;
  /** A string literal, quotes escaped. */
  str(s: string): string;
}

export interface Column {
  /** ASCII, stable, unique within the table. */
  readonly key: string;
  readonly header: Text;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** Personal data of a customer contact: optional, never exported. */
  readonly personal?: boolean;
  /** Width in characters (Excel's column width unit). */
  readonly width?: number;
  /** Overrides the number format derived from the type. */
  readonly numberFormat?: string;
  /** A formula that new rows get in this input column; the user may overwrite it. */
  readonly prefill?: FormulaTemplate;
  /** Short help shown as the cell's input message (data validation prompt). */
  readonly hint?: Text;
}

export interface TableSpec {
  /** ASCII, stable, unique in the workbook (Excel table names are workbook-global). */
  readonly name: string;
  readonly columns: readonly Column[];
  /** Which SPEC section or seed form this table comes from, for documentation. */
  readonly source?: string;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSpec {
  /** ASCII, stable. */
  readonly key: string;
  readonly name: Text;
  readonly tables: readonly TableSpec[];
  readonly visibility?: SheetVisibility;
  readonly tabColor?: string;
}

export interface ListSpec {
  readonly id: ListId;
  readonly header: Text;
  readonly values: readonly string[];
}

export interface WorkbookModel {
  /** Bumped whenever a sheet, table or column is added; recorded in the workbook. */
  readonly version: number;
  readonly sheets: readonly SheetSpec[];
  readonly lists: readonly ListSpec[];
}

import type { Column, Lang, TableSpec, WorkbookModel } from '../model/types';
import type { ColumnFormat, DataValidationSpec } from '../port/types';
import { headerOf } from '../model/lookup';
import { createFormulaContext } from '../model/formulaContext';
import { numberFormatOf } from '../model/numberFormats';

/** Where a new table's first data cell sits, so that custom validation formulas can name cells. */
export interface ColumnPlace {
  readonly table: TableSpec;
  /** Worksheet row of the first data row. */
  readonly row: number;
  /** Worksheet column of the table's first column. */
  readonly col: number;
}

export type ValidationFor = (column: Column, lang: Lang, place?: ColumnPlace) => DataValidationSpec | undefined;

/** Renders a formula column's template for one table and language ("=" included). */
export function formulaOf(model: WorkbookModel, table: string, column: Column, lang: Lang): string | undefined {
  if (column.type.kind !== 'formula') return undefined;
  return column.type.formula(createFormulaContext(model, table, lang));
}

/** Renders an input column's prefill formula, if it has one. */
export function prefillOf(model: WorkbookModel, table: string, column: Column, lang: Lang): string | undefined {
  return column.prefill ? column.prefill(createFormulaContext(model, table, lang)) : undefined;
}

/** How the adapters should create a column: header, format, width, formula and validation. */
export function columnFormatOf(
  model: WorkbookModel,
  table: string,
  column: Column,
  lang: Lang,
  validationFor: ValidationFor,
  place?: ColumnPlace,
): ColumnFormat {
  const formula = formulaOf(model, table, column, lang);
  const numberFormat = numberFormatOf(column);
  const validation = formula ? undefined : validationFor(column, lang, place);
  return {
    header: headerOf(column, lang),
    ...(numberFormat ? { numberFormat } : {}),
    ...(column.width ? { width: column.width } : {}),
    ...(formula ? { formula, computed: true } : {}),
    ...(validation ? { validation } : {}),
  };
}

import type { Column, Lang, WorkbookModel } from '../model/types';
import type { ColumnFormat, DataValidationSpec } from '../port/types';
import { headerOf } from '../model/lookup';
import { createFormulaContext } from '../model/formulaContext';
import { numberFormatOf } from '../model/numberFormats';

export type ValidationFor = (column: Column, lang: Lang) => DataValidationSpec | undefined;

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
): ColumnFormat {
  const formula = formulaOf(model, table, column, lang);
  const numberFormat = numberFormatOf(column);
  const validation = formula ? undefined : validationFor(column, lang);
  return {
    header: headerOf(column, lang),
    ...(numberFormat ? { numberFormat } : {}),
    ...(column.width ? { width: column.width } : {}),
    ...(formula ? { formula, computed: true } : {}),
    ...(validation ? { validation } : {}),
  };
}

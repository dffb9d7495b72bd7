import type { Column } from './types';

/** ISO order, so that a date reads the same in every locale and sorts as text. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONEY_FORMAT = '#,##0.00';
export const INT_FORMAT = '0';
/** Scores show one decimal (SPEC §4); most numeric formulas of the workbook are scores. */
export const SCORE_FORMAT = '0.0';
/** Excel's text format: typed phone numbers, codes and names stay text, leading zeros kept. */
export const TEXT_FORMAT = '@';

/**
 * The number format a column's cells get, derived from its type; `Column.numberFormat` overrides.
 * Undefined means "leave Excel's General format".
 *
 * Two cases never get the text format, because Excel stores a formula typed or written into a
 * text-formatted cell as text, and it would then never compute:
 * - formula columns, whatever their result;
 * - input columns with a prefill formula (Contacts 所属单位, Visits 主管, …).
 */
export function numberFormatOf(column: Column): string | undefined {
  if (column.numberFormat !== undefined) return column.numberFormat;
  const t = column.type;
  switch (t.kind) {
    case 'date':
      return DATE_FORMAT;
    case 'money':
      return MONEY_FORMAT;
    case 'int':
    case 'pct':
      return INT_FORMAT;
    case 'number':
      // Inputs such as 3.5 or 4.5 must show as typed; a fixed number of decimals would hide or pad them.
      return 'General';
    case 'formula':
      if (t.result === 'date') return DATE_FORMAT;
      if (t.result === 'number') return SCORE_FORMAT;
      return undefined;
    case 'text':
    case 'id':
    case 'phone':
    case 'period':
    case 'enum':
    case 'ref':
    case 'yesno':
      return column.prefill ? undefined : TEXT_FORMAT;
  }
}

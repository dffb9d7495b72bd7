import type { SummaryRow } from '../../../services';

/** DOM ids of a row's 录入 button and its form: stable across summary refreshes, so focus can return. */
function slug(r: Pick<SummaryRow, 'table'>, sheetRow: number | undefined): string {
  return `${r.table.replace(/[^A-Za-z0-9_-]/g, '_')}-${sheetRow ?? 'x'}`;
}

export function inputsButtonId(r: Pick<SummaryRow, 'table'>, sheetRow: number | undefined): string {
  return `kpi-inputs-open-${slug(r, sheetRow)}`;
}

export function inputsFormId(r: Pick<SummaryRow, 'table'>, sheetRow: number | undefined): string {
  return `kpi-inputs-form-${slug(r, sheetRow)}`;
}

/** The KPI tables of the 绩效考核 sheet, in sheet order (imported by model/workbook.ts). */
import type { TableSpec } from '../model/types';
import { SCHEMES } from './schemes';
import { compileScheme } from './compile';
import { KPI_SUMMARY } from './summaryTable';
import type { SchemeId } from './types';

export const KPI_SCHEME_TABLES: readonly TableSpec[] = SCHEMES.map(compileScheme);

/** KpiS1, KpiL1, KpiL3, KpiL4, KpiSummary. */
export const KPI_TABLES: readonly TableSpec[] = [...KPI_SCHEME_TABLES, KPI_SUMMARY];

export { KPI_SUMMARY };

export function kpiTableOf(scheme: SchemeId): TableSpec {
  const t = KPI_SCHEME_TABLES[SCHEMES.findIndex((s) => s.id === scheme)];
  if (!t) throw new Error(`unknown KPI scheme ${scheme}`);
  return t;
}

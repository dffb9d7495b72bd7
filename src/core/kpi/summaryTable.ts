/**
 * KpiSummary (SPEC §4): one row per staff member and period across all schemes, for the director
 * and for HR. Excel 2016 has no FILTER or VSTACK, so rows do not appear by themselves: new-period
 * writes one summary row per scheme row, with 期间, 工号 and 方案 as values, and every other cell
 * looks that staff member's row up in the scheme's table by its _键 (期间|工号). The _行 helper
 * holds that row's position so that the lookup runs once per row, not once per column.
 */
import type { ColumnType, FormulaContext, FormulaTemplate, TableSpec } from '../model/types';
import { col } from '../model/tables/build';
import { INT_FORMAT, SCORE_FORMAT } from '../model/numberFormats';
import { SCHEMES } from './schemes';
import { KPI_COL, SUMMARY_COL } from './columns';

const formula = (fn: FormulaTemplate, result: 'number' | 'text' | 'date'): ColumnType => ({ kind: 'formula', formula: fn, result });
const S = SUMMARY_COL;

/** IF(方案="S1", a(S1), IF(方案="L1", a(L1), …, otherwise)). */
function byScheme(f: FormulaContext, pick: (table: string) => string, otherwise: string): string {
  const scheme = f.thisRow(S.scheme.key);
  return SCHEMES.reduceRight((rest, s) => `IF(${scheme}=${f.str(s.id)},${pick(s.table)},${rest})`, otherwise);
}

const rowFormula: FormulaTemplate = (f) => {
  const key = `${f.thisRow(S.period.key)}&"|"&${f.thisRow(S.staffId.key)}`;
  return `=IFERROR(${byScheme(f, (t) => `MATCH(${key},${f.column(t, KPI_COL.rowKey.key)},0)`, '""')},"")`;
};

/** A value of the scheme row, or "" when there is none (deleted, or 期间/工号 changed there). */
function fromScheme(key: string): FormulaTemplate {
  return (f) => {
    const row = f.thisRow(S.row.key);
    return `=IF(ISNUMBER(${row}),${byScheme(f, (t) => `INDEX(${f.column(t, key)},${row})`, '""')},"")`;
  };
}

const staffField =
  (key: string): FormulaTemplate =>
  (f) =>
    `=IFERROR(INDEX(${f.column('Staff', key)},MATCH(${f.thisRow(S.staffId.key)},${f.column('Staff', 'staffId')},0))&"","")`;

const h = (c: { key: string; header: { zh: string; en: string } }) => [c.key, c.header.zh, c.header.en] as const;

export const KPI_SUMMARY: TableSpec = {
  name: 'KpiSummary',
  source: 'SPEC §4 KpiSummary',
  columns: [
    col(...h(S.period), { kind: 'period' }, { required: true, width: 10 }),
    col(...h(S.staffId), { kind: 'ref', table: 'Staff', column: 'staffId' }, { required: true }),
    col(...h(S.name), formula(staffField('name'), 'text'), { width: 10 }),
    col(...h(S.position), formula(staffField('position'), 'text'), { width: 18 }),
    col(...h(S.scheme), { kind: 'enum', list: 'scheme' }, { required: true, width: 8 }),
    col(...h(S.total), formula(fromScheme(KPI_COL.total.key), 'number'), { numberFormat: SCORE_FORMAT, width: 8 }),
    col(...h(S.grade), formula(fromScheme(KPI_COL.grade.key), 'text'), { width: 7 }),
    col(...h(S.runD), formula(fromScheme(KPI_COL.runD.key), 'number'), { numberFormat: INT_FORMAT }),
    col(...h(S.suggestion), formula(fromScheme(KPI_COL.suggestion.key), 'text'), { width: 22 }),
    col(...h(S.status), formula(fromScheme(KPI_COL.status.key), 'text'), { width: 10 }),
    col(...h(S.row), formula(rowFormula, 'number'), { numberFormat: INT_FORMAT, width: 7 }),
  ],
};

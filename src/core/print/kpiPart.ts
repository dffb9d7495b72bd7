/**
 * The 工作绩效考核表 (004 ch. 3): one staff member's row of whichever scheme table holds the
 * period + 工号 pair. Labels and values are CHOOSE over the four schemes, so one sheet prints every
 * scheme with its own items. Cost: four MATCHes over the tables' _键 columns (O(n) each), then O(1)
 * per cell.
 */
import { KPI_SCHEME_TABLES } from '../kpi/tables';
import { headerOf } from '../model/lookup';
import { escapeHeader } from '../model/formulaContext';
import type { TableSpec } from '../model/types';
import { DATE_FORMAT } from '../model/numberFormats';
import { abs } from './grid';
import type { ViewCtx } from './ctx';
import { approvalBlock } from './ctx';

const itemsOf = (t: TableSpec): TableSpec['columns'] => {
  const from = t.columns.findIndex((c) => c.key === 'name');
  const to = t.columns.findIndex((c) => c.key === 'total');
  return t.columns.slice(from + 1, to);
};

export function planKpiPart(c: ViewCtx, row: number): number {
  const T = c.T;
  const tables = KPI_SCHEME_TABLES;
  const ref = (t: TableSpec, key: string): string => {
    const col = t.columns.find((x) => x.key === key);
    if (!col) throw new Error(`kpi view: ${t.name} has no column ${key}`);
    return `${t.name}[${escapeHeader(headerOf(col, c.lang))}]`;
  };
  const base = c.helperCol;
  tables.forEach((t, i) => {
    c.helpers.set(1 + i, base, {
      formula: `=IF(OR(TRIM(${c.key(0)})="",TRIM(${c.key(1)})=""),0,IFERROR(MATCH(${c.key(0)}&"|"&${c.key(1)},${ref(t, 'rowKey')},0),0))`,
    });
  });
  const n = tables.length;
  const scheme = abs(n + 1, base);
  const at = abs(n + 2, base);
  const nested = tables.reduceRight((acc, _, i) => `IF(${abs(1 + i, base)}>0,${i + 1},${acc})`, '0');
  c.helpers.set(n + 1, base, { formula: `=${nested}` });
  c.helpers.set(n + 2, base, { formula: `=IF(${scheme}=0,0,INDEX(${abs(1, base)}:${abs(n, base)},${scheme}))` });
  c.helperCol++;

  // One value per scheme: the cell at the found row, "" when empty or when that scheme lacks it.
  const pick = (values: (string | null)[]): string =>
    `=IF(${scheme}=0,"",CHOOSE(${scheme},${values.map((v) => v ?? '""').join(',')}))`;
  const cellOf = (t: TableSpec, key: string): string | null => {
    if (!t.columns.some((x) => x.key === key)) return null;
    const r = ref(t, key);
    return `IF(INDEX(${r},${at})="","",INDEX(${r},${at}))`;
  };
  const common = (key: string): string => pick(tables.map((t) => cellOf(t, key)));
  const label = (key: string): string => headerOf(tables[0]!.columns.find((x) => x.key === key)!, c.lang);

  c.grid.set(3, 1, {
    formula: `=IF(OR(TRIM(${c.key(0)})="",TRIM(${c.key(1)})=""),"${T.chooseKey(`${c.header('KpiSummary', 'period')} / ${c.header('KpiSummary', 'staffId')}`)}",IF(${scheme}=0,"${T.notFound}"&${c.key(0)}&" "&${c.key(1)},""))`,
  });
  c.grid.set(row, 1, label('name'));
  c.grid.set(row, 2, { formula: common('name') });
  c.grid.set(row, 4, T.scheme);
  c.grid.set(row, 5, { formula: `=IF(${scheme}=0,"",CHOOSE(${scheme},${tables.map((t) => `"${t.name.replace(/^Kpi/, '')}"`).join(',')}))` });
  row++;

  c.grid.set(row++, 1, T.items);
  const items = tables.map(itemsOf);
  const count = Math.max(...items.map((x) => x.length));
  // Two label/value pairs a row (label, value, spill), as the other forms.
  for (let i = 0; i < count; i++) {
    const r = row + Math.floor(i / 2);
    const col = 1 + 3 * (i % 2);
    c.grid.set(r, col, { formula: pick(items.map((x) => (x[i] ? `"${headerOf(x[i]!, c.lang).replace(/"/g, '""')}"` : null))) });
    c.grid.set(r, col + 1, { formula: pick(tables.map((t, s) => (items[s]![i] ? cellOf(t, items[s]![i]!.key) : null))) });
  }
  row += Math.ceil(count / 2);

  c.grid.set(row++, 1, T.result);
  const results = ['total', 'grade', 'status', 'runD'];
  results.forEach((key, i) => {
    c.grid.set(row + Math.floor(i / 2), 1 + 3 * (i % 2), label(key));
    c.grid.set(row + Math.floor(i / 2), 2 + 3 * (i % 2), { formula: common(key) });
  });
  row += 2;
  c.grid.set(row, 1, label('suggestion'));
  c.grid.set(row++, 2, { formula: common('suggestion') });

  c.grid.set(row++, 1, T.reviews);
  for (const [who, when] of [
    ['firstReviewer', 'firstReviewDate'],
    ['secondReviewer', 'secondReviewDate'],
  ] as const) {
    c.grid.set(row, 1, label(who));
    c.grid.set(row, 2, { formula: common(who) });
    approvalBlock(c, row);
    row++;
    c.grid.set(row, 1, label(when));
    c.grid.set(row, 2, { formula: common(when) }, DATE_FORMAT);
    row++;
  }
  return row - 1;
}

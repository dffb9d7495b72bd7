/**
 * Lays out one print view (SPEC §2.2) as write operations: title, key cells with dropdowns, the
 * record's fields, lists of matching rows, approval blocks with 签字 and 日期 lines, and the page
 * setup (one A4 page, grid lines drawn as the form's boxes). Helper cells (record rows, match
 * chains) sit right of the print area, from column HELPER_COL, and do not print.
 */
import type { Lang, WorkbookModel } from '../model/types';
import { textIn } from '../model/types';
import type { WriteOp } from '../port/types';
import { columnLetters } from '../model/a1';
import type { ListColumn, ViewPart, ViewSpec } from './types';
import { abs } from './grid';
import { countOf, previousMatch, rowOf, valueAt } from './formulas';
import type { Criterion } from './formulas';
import { HELPER_COL, KEY_ROW, approvalBlock, makeCtx } from './ctx';
import type { ViewCtx } from './ctx';
import { planKpiPart } from './kpiPart';
import { printFooter } from './pageSetup';

/** Worksheet address of a view's i-th key cell: B2, D2. */
export const keyAddress = (i: number): string => `${columnLetters(2 + 2 * i)}${KEY_ROW}`;

/** Defined name feeding the dropdown of a view's i-th key cell. */
export const keyListName = (view: ViewSpec, i: number): string => `KA_Keys_${view.id.replace(/-/g, '_')}_${i + 1}`;

export function planView(model: WorkbookModel, view: ViewSpec, lang: Lang, sheet: string): WriteOp[] {
  const c = makeCtx(model, view, lang);
  const width = view.widths.length;
  c.grid.set(1, 1, textIn(view.title, lang));
  view.keys.forEach((k, i) => c.grid.set(KEY_ROW, 1 + 2 * i, textIn(k.label, lang)));
  view.keys.forEach((k, i) => {
    if (k.kind === 'date') c.grid.set(KEY_ROW, 2 + 2 * i, null, 'yyyy-mm-dd');
  });
  c.helpers.set(1, HELPER_COL - 1, c.T.helper);
  let row = KEY_ROW + 2;
  let recordRow: string | null = null;
  if (view.table && view.recordKey) {
    const h = abs(1, c.helperCol++);
    c.helpers.set(1, HELPER_COL, { formula: rowOf(c.col(view.table, view.recordKey), c.key(0)) });
    recordRow = h;
    const label = textIn(view.keys[0]!.label, lang);
    c.grid.set(KEY_ROW + 1, 1, {
      formula: `=IF(TRIM(${c.key(0)})="","${c.T.chooseKey(label)}",IF(${h}=0,"${c.T.notFound}"&${c.key(0)},""))`,
    });
  }
  for (const part of view.parts) row = planPart(c, part, row, width, recordRow) + 1;

  const lastRow = row - 1;
  const lastCol = columnLetters(width);
  const ops: WriteOp[] = [
    { op: 'addSheet', name: sheet, visibility: 'visible', tabColor: '595959' },
    {
      op: 'setColumnWidths',
      sheet,
      widths: [...view.widths.map((w, i) => ({ col: i + 1, width: w })), { col: HELPER_COL - 1, width: 18 }],
    },
    ...c.grid.ops(sheet, 1, width),
    ...c.helpers.ops(sheet, HELPER_COL - 1, c.helperCol + 1),
  ];
  view.keys.forEach((k, i) => {
    const address = keyAddress(i);
    if (k.source) {
      const name = keyListName(view, i);
      ops.push({ op: 'defineName', name, ref: `=${c.col(k.source.table, k.source.column)}` });
      ops.push({ op: 'setValidation', sheet, address, validation: { rule: { kind: 'list', source: `=${name}` }, errorStyle: 'warning' } });
    } else {
      ops.push({ op: 'setValidation', sheet, address, validation: { rule: { kind: 'date', min: 1 }, errorStyle: 'stop' } });
    }
  });
  ops.push({
    op: 'pageSetup',
    sheet,
    keepExisting: false,
    setup: {
      paper: 'A4',
      orientation: view.orientation,
      fitWide: 1,
      fitTall: 1,
      printArea: `$A$1:$${lastCol}$${lastRow}`,
      footer: printFooter(lang),
      gridLines: true,
      centerHorizontally: true,
    },
  });
  return ops;
}

function planPart(c: ViewCtx, part: ViewPart, row: number, width: number, recordRow: string | null): number {
  switch (part.kind) {
    case 'fields': {
      if (!recordRow || !c.view.table) throw new Error(`print view ${c.view.id}: fields need a record`);
      const table = c.view.table;
      if (part.title) c.grid.set(row++, 1, textIn(part.title, c.lang));
      // Label, value and an empty spill column that long values run into.
      const pairs = Math.floor(width / 3);
      let p = 0;
      for (const field of part.fields) {
        if (field.wide && p > 0) {
          row++;
          p = 0;
        }
        c.grid.set(row, 1 + 3 * p, c.header(table, field.key));
        c.grid.set(row, 2 + 3 * p, { formula: valueAt(c.col(table, field.key), recordRow) }, c.format(table, field.key));
        p = field.wide ? pairs : p + 1;
        if (p >= pairs) {
          row++;
          p = 0;
        }
      }
      return p > 0 ? row : row - 1;
    }
    case 'approvals': {
      if (!recordRow || !c.view.table) throw new Error(`print view ${c.view.id}: approvals need a record`);
      c.grid.set(row++, 1, textIn(part.title, c.lang));
      for (const key of part.columns) {
        c.grid.set(row, 1, c.header(c.view.table, key));
        c.grid.set(row, 2, { formula: valueAt(c.col(c.view.table, key), recordRow) });
        approvalBlock(c, row);
        row++;
      }
      return row - 1;
    }
    case 'list':
      return planList(c, part, row);
    case 'visitDay':
      return planVisitDay(c, row);
    case 'kpi':
      return planKpiPart(c, row);
  }
}

function planList(c: ViewCtx, part: Extract<ViewPart, { kind: 'list' }>, row: number): number {
  const chain = c.helperCol;
  const shown = chain + 1;
  c.helperCol += 2;
  const criteria: Criterion[] = part.match.map((m) => ({ col: c.col(part.table, m.column), key: c.key(m.key) }));
  const count = abs(1, chain);
  const m = abs(1, shown);
  c.helpers.set(1, chain, { formula: countOf(criteria) });
  c.helpers.set(1, shown, { formula: `=MIN(${part.rows},${count})` });
  for (let k = 1; k <= part.rows; k++) {
    const prev = k === 1 ? null : abs(k, chain);
    c.helpers.set(k + 1, chain, { formula: previousMatch(criteria, prev, count) });
    // The j-th row shown is the (m-j+1)-th match from the end: table order, latest last.
    c.helpers.set(k + 1, shown, { formula: `=IF(${k}>${m},0,INDEX(${abs(2, chain)}:${abs(part.rows + 1, chain)},${m}-${k}+1))` });
  }
  c.grid.set(row++, 1, textIn(part.title, c.lang));
  const lines = part.columns.some((x) => x.line === 1) ? 2 : 1;
  const placed = placeColumns(part.columns);
  for (const { col, line, at } of placed) c.grid.set(row + line, at, c.header(part.table, col.key));
  row += lines;
  for (let k = 1; k <= part.rows; k++, row += lines) {
    for (const { col, line, at } of placed) {
      c.grid.set(row + line, at, { formula: valueAt(c.col(part.table, col.key), abs(k + 1, shown)) }, c.format(part.table, col.key));
    }
  }
  c.grid.set(row, 1, { formula: `=IF(${count}=0,"${c.T.noRows}",IF(${count}>${part.rows},${c.T.leftOut(count, part.rows).slice(1)},""))` });
  return row;
}

/** Where each list column starts: its `at`, or right after the previous column on its line. */
function placeColumns(columns: readonly ListColumn[]): { col: ListColumn; line: number; at: number }[] {
  const next = [1, 1];
  return columns.map((col) => {
    const line = col.line ?? 0;
    const at = col.at ?? next[line]!;
    next[line] = at + (col.span ?? 1);
    return { col, line, at };
  });
}

/** 星期, 主管 and 总监 of the reporter's latest visit that day, and the day's totals (as VisitDaily counts them). */
function planVisitDay(c: ViewCtx, row: number): number {
  const crit: Criterion[] = [
    { col: c.col('Visits', 'reporter'), key: c.key(0) },
    { col: c.col('Visits', 'date'), key: c.key(1) },
  ];
  const last = abs(1, c.helperCol);
  c.helpers.set(1, c.helperCol, { formula: previousMatch(crit, null, `IF(OR(TRIM(${c.key(0)})="",NOT(ISNUMBER(${c.key(1)}))),0,1)`) });
  c.helperCol++;
  const weekday = `=IF(ISNUMBER(${c.key(1)}),CHOOSE(WEEKDAY(${c.key(1)}),"日","一","二","三","四","五","六"),"")`;
  c.grid.set(row, 1, c.T.weekday);
  c.grid.set(row, 2, { formula: weekday });
  c.grid.set(row, 3, c.header('Visits', 'supervisor'));
  c.grid.set(row, 4, { formula: valueAt(c.col('Visits', 'supervisor'), last) });
  c.grid.set(row, 5, c.header('Visits', 'director'));
  c.grid.set(row, 6, { formula: valueAt(c.col('Visits', 'director'), last) });
  row++;
  const same = `${crit[1]!.col},${c.key(1)},${crit[0]!.col},${c.key(0)}`;
  const guard = (body: string) => `=IF(OR(NOT(ISNUMBER(${c.key(1)})),TRIM(${c.key(0)})=""),"",${body})`;
  const problems = (status: string) =>
    guard(`COUNTIFS(${same},${c.col('Visits', 'plan')},"b 处理问题",${c.col('Visits', 'problemStatus')},"${status}")`);
  const totals: [string, string, string | undefined][] = [
    [c.header('VisitDaily', 'visits'), guard(`COUNTIFS(${same})`), '0'],
    [c.header('VisitDaily', 'problemsHandled'), problems('已处理'), '0'],
    [c.header('VisitDaily', 'problemsOpen'), problems('未处理'), '0'],
    [c.header('VisitDaily', 'expenses'), guard(`SUMIFS(${c.col('Visits', 'amount')},${same})`), '#,##0.00'],
  ];
  totals.forEach(([label, formula, format], i) => {
    c.grid.set(row, 1 + 2 * i, label);
    c.grid.set(row, 2 + 2 * i, { formula }, format);
  });
  return row + 1;
}

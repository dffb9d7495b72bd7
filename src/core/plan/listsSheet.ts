import type { Lang, WorkbookModel } from '../model/types';
import { textIn } from '../model/types';
import type { CellInput, WriteOp } from '../port/types';
import { LISTS_SHEET, listName } from '../model/formulaContext';
import { META_KEYS } from '../port/types';
import { columnLetters } from '../model/a1';
import { createFormulaContext } from '../model/formulaContext';
import { VISITS_IN_ORDER_CELL, VISITS_IN_ORDER_NAME, visitsInOrderFormula } from '../model/tables/visits';
import { findTable } from '../model/lookup';

/** Column where the first enumeration sits; A:B hold the meta key/value pairs. */
export const FIRST_LIST_COL = 4;

export { columnLetters } from '../model/a1';

/**
 * The hidden Lists sheet is wholly ours: it is rewritten on every generate, so that lists grow with
 * the model, and every list gets a workbook name that dropdowns use as their source.
 */
export function listsSheetOps(model: WorkbookModel, lang: Lang, create: boolean, withVisits = false): WriteOp[] {
  const ops: WriteOp[] = [];
  if (create) ops.push({ op: 'addSheet', name: LISTS_SHEET, visibility: 'veryHidden' });
  ops.push({
    op: 'writeCells',
    sheet: LISTS_SHEET,
    row: 1,
    col: 1,
    values: [
      ['key', 'value'],
      [META_KEYS.modelVersion, model.version],
      [META_KEYS.lang, lang],
    ],
  });
  const height = Math.max(...model.lists.map((l) => l.values.length)) + 1;
  const grid: CellInput[][] = Array.from({ length: height }, () => model.lists.map(() => null as CellInput));
  model.lists.forEach((list, i) => {
    grid[0]![i] = textIn(list.header, lang);
    list.values.forEach((v, r) => (grid[r + 1]![i] = v));
  });
  ops.push({ op: 'writeCells', sheet: LISTS_SHEET, row: 1, col: FIRST_LIST_COL, values: grid, numberFormat: '@' });
  model.lists.forEach((list, i) => {
    const letters = columnLetters(FIRST_LIST_COL + i);
    ops.push({ op: 'defineName', name: listName(list.id), ref: `'${LISTS_SHEET}'!$${letters}$2:$${letters}$${list.values.length + 1}` });
  });
  if (withVisits) ops.push(...visitsInOrderOps(model, lang));
  return ops;
}

/**
 * The Visits_InOrder cell (src/core/model/tables/visits.ts) and its name. Written only once the
 * Visits table exists: Excel refuses a formula that names a missing table.
 */
export function visitsInOrderOps(model: WorkbookModel, lang: Lang): WriteOp[] {
  if (!findTable(model, 'Visits')?.columns.some((c) => c.key === 'monthKey')) return [];
  const { row, col, key } = VISITS_IN_ORDER_CELL;
  const formula = visitsInOrderFormula(createFormulaContext(model, 'Visits', lang));
  return [
    { op: 'writeCells', sheet: LISTS_SHEET, row, col: col - 1, values: [[key, { formula }]] },
    { op: 'defineName', name: VISITS_IN_ORDER_NAME, ref: `'${LISTS_SHEET}'!$${columnLetters(col)}$${row}` },
  ];
}

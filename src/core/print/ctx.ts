/** What a print view's parts share while being laid out: the grids, helper columns and references. */
import type { Lang, WorkbookModel } from '../model/types';
import { columnByKey, findTable, headerOf } from '../model/lookup';
import { escapeHeader } from '../model/formulaContext';
import { numberFormatOf, TEXT_FORMAT } from '../model/numberFormats';
import type { ViewSpec } from './types';
import { Grid, abs } from './grid';
import { viewTexts } from './texts';
import type { ViewTexts } from './texts';

export const HELPER_COL = 30;
export const KEY_ROW = 2;

export interface ViewCtx {
  readonly model: WorkbookModel;
  readonly lang: Lang;
  readonly T: ViewTexts;
  readonly view: ViewSpec;
  readonly grid: Grid;
  readonly helpers: Grid;
  /** Next free helper column. */
  helperCol: number;
  col(table: string, key: string): string;
  header(table: string, key: string): string;
  format(table: string, key: string): string | undefined;
  key(i: number): string;
}

export function makeCtx(model: WorkbookModel, view: ViewSpec, lang: Lang): ViewCtx {
  const column = (table: string, key: string) => {
    const spec = findTable(model, table);
    if (!spec) throw new Error(`print view ${view.id}: unknown table ${table}`);
    return columnByKey(spec, key);
  };
  return {
    model,
    lang,
    T: viewTexts(lang),
    view,
    grid: new Grid(),
    helpers: new Grid(),
    helperCol: HELPER_COL,
    col: (table, key) => `${table}[${escapeHeader(headerOf(column(table, key), lang))}]`,
    header: (table, key) => headerOf(column(table, key), lang),
    format: (table, key) => {
      const f = numberFormatOf(column(table, key));
      // A text format would turn the formula itself into text; General shows text anyway.
      return f === TEXT_FORMAT ? undefined : f;
    },
    key: (i) => abs(KEY_ROW, 2 + 2 * i),
  };
}

/** Blank 签字 and 日期 lines right of an approval's role and decision (columns C–F). */
export function approvalBlock(c: ViewCtx, row: number): void {
  c.grid.set(row, 3, c.T.sign);
  c.grid.set(row, 4, c.T.signLine);
  c.grid.set(row, 5, c.T.date);
  c.grid.set(row, 6, c.T.dateLine);
}


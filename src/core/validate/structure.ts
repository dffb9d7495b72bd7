/**
 * STRUCTURE: a model table the workbook lacks (deleted, renamed, turned into a range) or a model
 * column a table lacks (deleted or renamed header). Columns the user added are theirs and fine.
 */
import type { Lang, SheetSpec, TableSpec } from '../model/types';
import { textIn } from '../model/types';
import { headerOf } from '../model/lookup';
import type { Problem } from './problem';
import type { TableView } from './context';
import type { Messages } from './messages';

export function missingTableProblem(sheet: SheetSpec, spec: TableSpec, lang: Lang, m: Messages): Problem {
  const sheetName = textIn(sheet.name, lang);
  return {
    table: spec.name,
    row: 0,
    column: '',
    rule: 'STRUCTURE',
    severity: 'error',
    message: m.atTable(sheetName, m.missingTable(spec.name, sheetName)),
  };
}

export function missingColumnProblems(view: TableView, lang: Lang, m: Messages): Problem[] {
  const out: Problem[] = [];
  for (const c of view.spec.columns) {
    if (view.idx[c.key] !== undefined) continue;
    const header = headerOf(c, lang);
    out.push({
      table: view.spec.name,
      row: view.data.headerRow,
      column: header,
      rule: 'STRUCTURE',
      severity: 'error',
      message: m.atTable(view.data.sheet, m.missingColumn(view.spec.name, header)),
    });
  }
  return out;
}

/**
 * validateWorkbook: every general rule on every table, then the business rules, sorted the way a
 * user reads the workbook (sheet order, row, column). Pure: the tables come in as data and the
 * problems go out; nothing is ever written.
 */
import type { Lang, WorkbookModel } from '../model/types';
import type { TableData } from '../port/types';
import type { Problem } from './problem';
import { createContext, createView, type TableView } from './context';
import { createRefIndex, generalProblems, referencedNames } from './general';
import { missingColumnProblems, missingTableProblem } from './structure';
import { messagesFor } from './messages';
import { paramsFromTable } from './params';
import { BUSINESS_RULES } from './rules';
import { SCHEMES } from '../kpi/schemes';

export interface ValidateOptions {
  /** The workbook language: messages and missing headers are written in it. */
  readonly lang: Lang;
  /** Today as an Excel serial date. */
  readonly today: number;
  /**
   * KpiParams values by id, over the workbook's own KpiParams rows, over the KPI defaults: a caller
   * that already read them may pass them; ids it lacks still come from the workbook or the defaults.
   */
  readonly params?: ReadonlyMap<string, number>;
}

export function validateWorkbook(model: WorkbookModel, tables: readonly TableData[], opts: ValidateOptions): Problem[] {
  const { lang, today } = opts;
  const m = messagesFor(lang);
  const byName = new Map<string, TableData>();
  for (const t of tables) byName.set(t.name.toLowerCase(), t); // Excel table names ignore case.

  const problems: Problem[] = [];
  const views = new Map<string, TableView>();
  let order = 0;
  for (const sheet of model.sheets) {
    for (const spec of sheet.tables) {
      order++;
      const data = byName.get(spec.name.toLowerCase());
      if (!data) {
        problems.push(missingTableProblem(sheet, spec, lang, m));
        continue;
      }
      const view = createView(spec, data, order, lang);
      views.set(spec.name, view);
      problems.push(...missingColumnProblems(view, lang, m));
    }
  }

  const params = paramsFromTable(views.get('KpiParams'), opts.params);
  const ctx = createContext(views, lang, Math.floor(today), params);
  const refs = createRefIndex(ctx);
  const names = referencedNames(model);
  const lists = new Map(model.lists.map((l) => [l.id, l.values]));
  const listOf = (id: string): readonly string[] => lists.get(id) ?? [];
  const kpiInputs = new Set(SCHEMES.flatMap((sc) => sc.inputs.map((i) => `${sc.table}.${i.key}`)));
  // A loop, not push(...list): spreading 100,000+ problems overflows the call stack.
  const add = (list: readonly Problem[]): void => {
    for (const p of list) problems.push(p);
  };
  for (const view of views.values()) add(generalProblems(ctx, view, { refs, names, listOf, kpiInputs }));
  for (const rule of BUSINESS_RULES) add(rule(ctx));
  return sortProblems(problems, model, views);
}

/** Sheet order, then row, then column position in the workbook's table; stable for ties. */
function sortProblems(problems: Problem[], model: WorkbookModel, views: ReadonlyMap<string, TableView>): Problem[] {
  const tableOrder = new Map<string, number>();
  let n = 0;
  for (const s of model.sheets) for (const t of s.tables) tableOrder.set(t.name, n++);
  const columnOrder = new Map<string, Map<string, number>>();
  for (const [name, view] of views) {
    const cols = new Map<string, number>();
    view.data.headers.forEach((h, i) => {
      if (!cols.has(String(h))) cols.set(String(h), i);
    });
    columnOrder.set(name, cols);
  }
  const keyed = problems.map((p, i) => ({
    p,
    i,
    t: tableOrder.get(p.table) ?? n,
    c: columnOrder.get(p.table)?.get(p.column) ?? Number.MAX_SAFE_INTEGER,
  }));
  keyed.sort((a, b) => a.t - b.t || a.p.row - b.p.row || a.c - b.c || a.i - b.i);
  return keyed.map((k) => k.p);
}

/**
 * General rules (SPEC §3) for every input column of one table: REQUIRED, TYPE, RANGE, ENUM, UNIQUE,
 * REF, PHONE and FORMULA-TEXT. Formula columns are never read: a file saved without cached values
 * has them empty, and they are computed, not typed.
 */
import type { CellValue } from '../port/types';
import type { Column, WorkbookModel } from '../model/types';
import type { Problem } from './problem';
import type { RuleContext, TableView } from './context';
import type { Finding } from './cellRules';
import { checkDate, checkEnum, checkNumber, checkPeriod, checkPhone, checkText } from './cellRules';
import { isBlank, isErrorValue, lower, quote, textOf } from './cells';

/**
 * Values of a referenced column. Each value is in the set as typed and lower-cased: a lookup tries
 * the exact text, then its lower case, which is how Excel's MATCH compares (case-insensitive).
 */
export interface RefIndex {
  keys(table: string, column: string): ReadonlySet<string> | undefined;
}

export function createRefIndex(ctx: Pick<RuleContext, 'table'>): RefIndex {
  const cache = new Map<string, ReadonlySet<string> | undefined>();
  return {
    keys(table, column) {
      const id = `${table}\u0000${column}`;
      if (cache.has(id)) return cache.get(id);
      const view = ctx.table(table);
      let set: Set<string> | undefined;
      if (view && view.idx[column] !== undefined) {
        set = new Set();
        for (const r of view.rows) {
          const v = view.value(r, column);
          if (isBlank(v)) continue;
          // The exact text too, so that the common exact match needs no lower-casing at lookup.
          const s = textOf(v);
          set.add(s);
          set.add(lower(s));
        }
      }
      cache.set(id, set);
      return set;
    },
  };
}

/** Columns other tables look up by a non-id value (Staff 姓名, Customers 客户名称): duplicates are ambiguous. */
export function referencedNames(model: WorkbookModel): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of model.sheets) {
    for (const t of s.tables) {
      for (const c of t.columns) if (c.type.kind === 'ref') out.add(`${c.type.table}.${c.type.column}`);
    }
  }
  return out;
}

type CellCheck = (v: CellValue) => Finding | undefined;

function cellCheckFor(column: Column, ctx: RuleContext, refs: RefIndex, listOf: (id: string) => readonly string[]): CellCheck | undefined {
  const m = ctx.msg;
  const t = column.type;
  switch (t.kind) {
    case 'formula':
      return undefined;
    case 'text':
      return (v) => checkText(v, t.maxLength, m);
    case 'id':
      return (v) => checkText(v, undefined, m);
    case 'date':
      return (v) => checkDate(v, column, m);
    case 'int':
    case 'number':
    case 'money':
    case 'pct':
      return (v) => checkNumber(v, t, m);
    case 'enum': {
      const values = listOf(t.list);
      return (v) => checkEnum(v, values, m);
    }
    case 'yesno': {
      const values = listOf('yesno');
      return (v) => checkEnum(v, values, m);
    }
    case 'phone':
      return (v) => checkPhone(v, m);
    case 'period':
      return (v) => checkPeriod(v, m);
    case 'ref': {
      const target = ctx.table(t.table);
      const keys = refs.keys(t.table, t.column);
      // A missing target table or column is reported once as STRUCTURE; its references can't be judged.
      if (!target || !keys) return (v) => checkText(v, undefined, m);
      const sheet = target.data.sheet;
      const header = target.header(t.column);
      return (v) => {
        const s = textOf(v);
        if (keys.has(s) || keys.has(lower(s))) return checkText(v, undefined, m);
        const trimmed = s.trim();
        if (trimmed !== s && keys.has(lower(trimmed))) {
          return { rule: 'REF', severity: 'error', detail: m.refSpaces(quote(s), quote(trimmed)) };
        }
        return { rule: 'REF', severity: 'error', detail: m.refMissing(quote(s), sheet, header) };
      };
    }
    default:
      return undefined;
  }
}

export interface GeneralOptions {
  readonly refs: RefIndex;
  /** "Table.key" of columns that other tables look up by name (see referencedNames). */
  readonly names: ReadonlySet<string>;
  readonly listOf: (id: string) => readonly string[];
  /**
   * "Table.key" of KPI inputs: an out-of-range value there is what SPEC §3 calls K-INPUT ("every
   * input within its range"), so RANGE errors on them carry that rule id instead.
   */
  readonly kpiInputs?: ReadonlySet<string>;
}

/** One table's general problems, row by row. */
export function generalProblems(ctx: RuleContext, view: TableView, o: GeneralOptions): Problem[] {
  const { refs, names, listOf } = o;
  const out: Problem[] = [];
  const m = ctx.msg;
  const cols = view.spec.columns
    .filter((c) => c.type.kind !== 'formula' && view.idx[c.key] !== undefined)
    .map((c) => ({
      column: c,
      i: view.idx[c.key] as number,
      required: c.required === true,
      // A prefilled input read as null may be a formula saved without its cached value, so only a
      // blank string (a formula that found nothing, or spaces) proves it empty.
      prefilled: c.prefill !== undefined,
      check: cellCheckFor(c, ctx, refs, listOf),
      rangeRule: o.kpiInputs?.has(`${view.spec.name}.${c.key}`) ? ('K-INPUT' as const) : ('RANGE' as const),
      unique: c.type.kind === 'id' ? ('error' as const) : names.has(`${view.spec.name}.${c.key}`) ? ('warning' as const) : undefined,
    }));
  const seen = cols.map((c) => (c.unique ? new Map<string, number>() : undefined));
  const rows = view.data.rows;
  for (const r of view.rows) {
    const row = rows[r] ?? [];
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k]!;
      const v = row[c.i] ?? null;
      if (isErrorValue(v)) {
        out.push(ctx.problem(view, r, c.column.key, 'TYPE', 'error', m.formulaError(String(v))));
        continue;
      }
      if (isBlank(v)) {
        if (c.required && !(c.prefilled && v === null)) out.push(ctx.problem(view, r, c.column.key, 'REQUIRED', 'error', v === null || v === '' ? m.required() : m.onlySpaces()));
        continue;
      }
      const f = c.check?.(v);
      if (f) {
        const rule = f.rule === 'RANGE' && f.severity === 'error' ? c.rangeRule : f.rule;
        out.push(ctx.problem(view, r, c.column.key, rule, f.severity, f.detail));
        continue;
      }
      const s = seen[k];
      if (s) {
        const key = lower(textOf(v).trim());
        const first = s.get(key);
        if (first === undefined) s.set(key, r);
        else {
          const firstRow = view.sheetRow(first);
          const detail = c.unique === 'error' ? m.duplicateId(quote(v), firstRow) : m.duplicateName(quote(v), firstRow);
          out.push(ctx.problem(view, r, c.column.key, 'UNIQUE', c.unique ?? 'error', detail));
        }
      }
    }
  }
  return out;
}

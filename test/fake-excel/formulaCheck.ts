/**
 * Excel checks a formula when it is entered. FACTS ("Excel checks formulas as they are entered"):
 * a structured reference to a table that does not exist is refused, as the formula bar refuses
 * `=Foo[x]`; so is a reference to a column the table does not have. The fake refuses both with
 * InvalidArgument (the code issue #8 names), and, where the documentation is silent, models the
 * stricter case (listed in the README's "Behaviours only real Excel can settle"):
 *
 * - a this-row reference (`T[[#This Row],[c]]`, `T[@c]`) entered into a cell that is not in a data
 *   row of T is refused (Excel's formula bar accepts it and the cell shows #VALUE!);
 * - an unqualified reference (`[@c]`, `[[#This Row],[c]]`) outside any table is refused.
 *
 * Defined names and functions are not checked (Excel accepts an unknown name and shows #NAME?).
 */
import { CODES, fail } from './errors';

export interface TableShape {
  readonly name: string;
  readonly sheet: unknown;
  readonly headers: readonly string[];
  /** 0-based first and last data row (inclusive). */
  readonly firstBodyRow: number;
  readonly lastBodyRow: number;
  /** 0-based first column and column count. */
  readonly c0: number;
  readonly cols: number;
  /** Rows the table covers on the sheet (header, body, totals), 0-based inclusive. */
  readonly top: number;
  readonly bottom: number;
}

export interface StructuredRef {
  /** '' when unqualified. */
  readonly table: string;
  readonly columns: string[];
  readonly thisRow: boolean;
}

const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;
const SPECIALS = new Set(['#all', '#data', '#headers', '#totals', '#this row']);

/** The text of one bracket item: `'` escapes the next character inside structured references. */
function unescape(s: string): string {
  return s.replace(/'(.)/gu, '$1');
}

/** Index of the `]` that closes the `[` at `open`, honouring nesting and `'` escapes. */
function closing(f: string, open: number): number {
  let depth = 0;
  for (let i = open; i < f.length; i++) {
    const ch = f[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return fail(CODES.invalidArgument, `The formula ${f} has an unclosed "[".`);
}

function parseItems(inner: string, ref: { columns: string[]; thisRow: boolean }, formula: string): void {
  const t = inner.trim();
  if (t === '' || t === '@') {
    if (t === '@') ref.thisRow = true;
    return;
  }
  if (!t.startsWith('[')) {
    // A single item: a column, a special item, or @column.
    if (t.startsWith('@')) {
      ref.thisRow = true;
      parseItems(t.slice(1), ref, formula);
      return;
    }
    const name = unescape(t);
    if (name.startsWith('#')) {
      if (!SPECIALS.has(name.toLowerCase())) fail(CODES.invalidArgument, `The formula ${formula} uses an unknown item ${name}.`);
      if (name.toLowerCase() === '#this row') ref.thisRow = true;
      return;
    }
    ref.columns.push(name);
    return;
  }
  // A list of [items] separated by "," or ":".
  let i = 0;
  while (i < t.length) {
    const ch = t[i];
    if (ch === '[') {
      const end = closing(t, i);
      parseItems(t.slice(i + 1, end), ref, formula);
      i = end + 1;
    } else if (ch === '@') {
      ref.thisRow = true;
      i++;
    } else if (ch === ',' || ch === ':' || ch === ' ') {
      i++;
    } else {
      return fail(CODES.invalidArgument, `The formula ${formula} has a malformed structured reference.`);
    }
  }
}

/** Every structured reference in a formula (string literals and quoted sheet names skipped). */
export function structuredRefs(formula: string): StructuredRef[] {
  const refs: StructuredRef[] = [];
  const f = formula;
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      i++;
      while (i < f.length && !(f[i] === '"' && f[i + 1] !== '"')) i += f[i] === '"' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name such as 'Lists'!$B$2.
      i++;
      while (i < f.length && !(f[i] === "'" && f[i + 1] !== "'")) i += f[i] === "'" ? 2 : 1;
      i++;
      continue;
    }
    if (ch === '[') {
      let s = i;
      while (s > 0 && NAME_CHAR.test(f[s - 1])) s--;
      const table = f.slice(s, i);
      const end = closing(f, i);
      const ref = { table, columns: [] as string[], thisRow: false };
      parseItems(f.slice(i + 1, end), ref, formula);
      refs.push(ref);
      i = end + 1;
      continue;
    }
    i++;
  }
  return refs;
}

/**
 * Throws InvalidArgument when the formula entered at (sheet, r, c) refers to an unknown table or
 * column, or uses a this-row reference outside the data rows of its table.
 */
export function checkFormulaOnEntry(formula: string, sheet: unknown, r: number, c: number, tables: readonly TableShape[]): void {
  for (const ref of structuredRefs(formula)) {
    let t: TableShape | undefined;
    if (ref.table === '') {
      t = tables.find((x) => x.sheet === sheet && r >= x.top && r <= x.bottom && c >= x.c0 && c < x.c0 + x.cols);
      if (!t) fail(CODES.invalidArgument, `The formula ${formula} uses a table reference outside a table.`);
    } else {
      t = tables.find((x) => x.name.toLowerCase() === ref.table.toLowerCase());
      if (!t) fail(CODES.invalidArgument, `The formula ${formula} refers to the table "${ref.table}", which does not exist.`);
    }
    for (const col of ref.columns) {
      if (!t.headers.some((h) => h.toLowerCase() === col.toLowerCase())) {
        fail(CODES.invalidArgument, `The formula ${formula} refers to the column "${col}", which table "${t.name}" does not have.`);
      }
    }
    if (ref.thisRow && (t.sheet !== sheet || r < t.firstBodyRow || r > t.lastBodyRow)) {
      fail(CODES.invalidArgument, `The formula ${formula} uses a this-row reference to "${t.name}" in a cell that is not in one of its data rows.`);
    }
  }
}

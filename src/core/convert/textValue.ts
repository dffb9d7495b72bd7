/**
 * One conversion table for text that should be a date or a number (issue #9.10). `import` converts
 * with it, and the check (validate) uses the same readings for its suggestions, so whatever the check
 * would suggest, import already does, and what import keeps as text the check reports the same way.
 *
 * Readings (documented in README "Values in CSV files"):
 * - Dates, year first: 2026-10-01, 2026/10/1, 2026.10.1, 2026年10月1日 (spaces allowed), full-width
 *   forms, and a time of 00:00[:00] after the date (what databases export). A real time of day is kept
 *   as text: the columns hold days, and dropping the time silently would lose what the user wrote.
 * - Dates, year last (10/1/2026, 1.10.2026): read only when one order is possible (13/10/2026 is
 *   13 October, 10/13/2026 is 13 October). When both month/day and day/month are real dates and differ
 *   (10/1/2026), the value is ambiguous and stays text; the message names both readings.
 * - 20261001 (eight digits that form a real date) is that date: it is how ERP systems export days.
 * - A bare number such as 45123 in a date column stays text: it may be an Excel serial (2023-07-16)
 *   or a typing slip, and only the user knows; the message names the serial's date.
 * - Numbers: full-width digits, thousands separators (1,234 or 1 234), a leading + and exponents.
 *   Money columns also take a currency sign (¥ ￥ $) and a trailing 元. Percentage columns hold 0–100,
 *   so 85% is 85; elsewhere a % is ambiguous (Excel would read 100% as 1) and the value stays text.
 * - "general" (a table that is not the workbench's, #9.11): as Excel reads a pasted CSV, except that
 *   values Excel would damage stay text: leading zeros (007) and more than 15 significant digits.
 */
import type { CellInput } from '../port/types';
import type { ColumnType } from '../model/types';
import { MAX_DATE_SERIAL, isoOf, isRealDate, serialOf } from '../validate/dates';

export type TargetKind = 'date' | 'int' | 'number' | 'money' | 'pct' | 'text' | 'general';

/** Why a value stays text; the check and import word each the same way. */
export type Kept =
  | { readonly code: 'notDate' }
  | { readonly code: 'invalidDate' }
  | { readonly code: 'ambiguousDate'; readonly monthFirst: string; readonly dayFirst: string }
  | { readonly code: 'dateTime'; readonly iso: string }
  | { readonly code: 'serial'; readonly iso: string | null }
  | { readonly code: 'notNumber' }
  | { readonly code: 'percent' };

/** How a converted value was written: plainly, with full-width characters, or in another form. */
export type Spelling = 'plain' | 'fullWidth' | 'other';

export type Reading = { readonly ok: true; readonly value: number; readonly spelling: Spelling } | { readonly ok: false; readonly kept: Kept };

/** The import target kind of a model column; columns without a model ("general") convert as Excel does. */
export function targetKindOf(type: ColumnType | undefined): TargetKind {
  if (!type) return 'general';
  switch (type.kind) {
    case 'date':
    case 'int':
    case 'number':
    case 'money':
    case 'pct':
      return type.kind;
    default:
      return 'text';
  }
}

/** Full-width ASCII variants (１２３,.-/), the ideographic space and ￥ → half-width; other spaces → ' '. */
export function halfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uffe5/g, '¥')
    .replace(/[\u3000\u00a0\u2009\u202f]/g, ' ');
}

const ok = (value: number, spelling: Spelling): Reading => ({ ok: true, value, spelling });
const kept = (k: Kept): Reading => ({ ok: false, kept: k });

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const EIGHT_DIGITS = /^(\d{4})(\d{2})(\d{2})$/;

function spellingOf(raw: string, half: string, canonical: string): Spelling {
  if (raw.trim() !== half) return 'fullWidth';
  return half === canonical ? 'plain' : 'other';
}

/** Text in a date column → a serial date, or why it stays text. */
export function readDateText(raw: string): Reading {
  const s = halfWidth(raw).trim();
  const y = YEAR_FIRST.exec(s);
  if (y) {
    const [year, month, day] = [Number(y[1]), Number(y[2]), Number(y[3])];
    if (!isRealDate(year, month, day)) return kept({ code: 'invalidDate' });
    const serial = serialOf(year, month, day);
    if (y[4] !== undefined && (Number(y[4]) !== 0 || Number(y[5]) !== 0 || Number(y[6] ?? 0) !== 0)) return kept({ code: 'dateTime', iso: isoOf(serial) });
    return ok(serial, spellingOf(raw, s, isoOf(serial)));
  }
  const l = YEAR_LAST.exec(s);
  if (l) {
    const [a, b, year] = [Number(l[1]), Number(l[3]), Number(l[4])];
    const monthFirst = isRealDate(year, a, b) ? serialOf(year, a, b) : undefined;
    const dayFirst = isRealDate(year, b, a) ? serialOf(year, b, a) : undefined;
    if (monthFirst !== undefined && dayFirst !== undefined && monthFirst !== dayFirst) {
      return kept({ code: 'ambiguousDate', monthFirst: isoOf(monthFirst), dayFirst: isoOf(dayFirst) });
    }
    const serial = monthFirst ?? dayFirst;
    return serial === undefined ? kept({ code: 'invalidDate' }) : ok(serial, spellingOf(raw, s, ''));
  }
  const e = EIGHT_DIGITS.exec(s);
  if (e && isRealDate(Number(e[1]), Number(e[2]), Number(e[3]))) return ok(serialOf(Number(e[1]), Number(e[2]), Number(e[3])), spellingOf(raw, s, ''));
  if (/^\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return kept({ code: 'serial', iso: n >= 1 && n <= MAX_DATE_SERIAL ? isoOf(n) : null });
  }
  return kept({ code: 'notDate' });
}

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const COMMA_GROUPS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SPACE_GROUPS = /^[+-]?\d{1,3}( \d{3})+(\.\d+)?$/;

/** The number a text spells with optional thousands separators; undefined otherwise. */
function numberOfText(s: string): number | undefined {
  let t = s;
  if (COMMA_GROUPS.test(t)) t = t.replace(/,/g, '');
  else if (SPACE_GROUPS.test(t)) t = t.replace(/ /g, '');
  if (!PLAIN.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Text in a numeric column (int, number, money, pct) → a number, or why it stays text. */
export function readNumberText(raw: string, kind: 'int' | 'number' | 'money' | 'pct'): Reading {
  let s = halfWidth(raw).trim();
  const canonical = s;
  if (kind === 'money') s = s.replace(/^([+-]?)\s*[¥$]\s*/, '$1').replace(/\s*元$/, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  const n = numberOfText(s);
  if (n === undefined) return kept({ code: 'notNumber' });
  if (percent && kind !== 'pct') return kept({ code: 'percent' });
  // "plain": a number stored as text (Excel's Text to Columns fixes it); "fullWidth": only the
  // characters' width is wrong; "other": a currency sign, %, or spaces between digit groups.
  const simple = PLAIN.test(canonical) || COMMA_GROUPS.test(canonical);
  return ok(n, !simple ? 'other' : raw.trim() !== canonical ? 'fullWidth' : 'plain');
}

/** As Excel reads a pasted CSV cell, minus the conversions that would damage the value. */
function readGeneral(raw: string): CellInput {
  const s = raw.trim();
  if (YEAR_FIRST.test(s)) {
    const d = readDateText(s);
    return d.ok ? d.value : raw;
  }
  let t = s.replace(/^([+-]?)[¥$]\s*/, '$1');
  let percent = false;
  if (t.endsWith('%')) {
    t = t.slice(0, -1);
    percent = true;
  }
  // Leading zeros (codes such as 007) and over 15 significant digits (ID numbers) Excel would lose.
  if (/^[+-]?0\d/.test(t) || t.replace(/[^\d]/g, '').replace(/^0+/, '').length > 15) return raw;
  const n = numberOfText(t);
  return n === undefined ? raw : percent ? n / 100 : n;
}

export interface Conversion {
  readonly value: CellInput;
  /** Set when the text could not be read as the column's type and was kept as it is. */
  readonly kept?: Kept;
}

/** A CSV value for a column of the given kind: blank → empty, converted, or kept as text with the reason. */
export function convertText(text: string, kind: TargetKind): Conversion {
  if (text.trim() === '') return { value: null };
  switch (kind) {
    case 'text':
      return { value: text };
    case 'general':
      return { value: readGeneral(text) };
    case 'date': {
      const r = readDateText(text);
      return r.ok ? { value: r.value } : { value: text, kept: r.kept };
    }
    default: {
      const r = readNumberText(text, kind);
      return r.ok ? { value: r.value } : { value: text, kept: r.kept };
    }
  }
}

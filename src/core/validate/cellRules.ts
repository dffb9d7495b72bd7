/**
 * The general rules of SPEC §3 for one cell, by column type. Each returns at most one finding, the
 * most basic first (a formula error before a type, a type before a range), so that a user fixes one
 * thing at a time and never sees the same cell reported twice.
 */
import type { CellValue } from '../port/types';
import type { Column, ColumnType } from '../model/types';
import type { RuleId, Severity } from './problem';
import type { Messages } from './messages';
import { fmtNum, hasFullWidth, quote, textOf, toHalfWidth } from './cells';
import { MAX_DATE_SERIAL, isoOf, serialOf } from './dates';
import { readDateText, readNumberText } from '../convert/textValue';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly detail: string;
}

const err = (rule: RuleId, detail: string): Finding => ({ rule, severity: 'error', detail });
const warn = (rule: RuleId, detail: string): Finding => ({ rule, severity: 'warning', detail });

/** Longer text than this is almost certainly a paste gone wrong; Excel itself allows 32,767. */
export const SOFT_TEXT_LIMIT = 2000;

/**
 * Earliest date a date column accepts: 2000-01-01, which catches two-digit-year slips (1926 for
 * 2026). Birthdays and staff dates may be older, so they accept anything from 1900-01-01.
 */
export const DATE_MIN = serialOf(2000, 1, 1);
export const EARLY_DATE_MIN = serialOf(1900, 1, 1);
const EARLY_DATE_KEYS: ReadonlySet<string> = new Set(['birthday', 'hireDate', 'transferDate']);

export function dateMinOf(column: Column): number {
  return EARLY_DATE_KEYS.has(column.key) ? EARLY_DATE_MIN : DATE_MIN;
}

/**
 * Why a text cell in a numeric column is not a number, with the reading import would make of it
 * (core/convert/textValue.ts), so that the check suggests exactly what import converts.
 */
function textInNumberColumn(s: string, kind: 'int' | 'number' | 'money' | 'pct', m: Messages): Finding {
  const q = quote(s);
  const r = readNumberText(s, kind);
  if (r.ok) {
    if (r.spelling === 'fullWidth') return err('TYPE', m.fullWidthNumber(q, toHalfWidth(s).trim()));
    if (r.spelling === 'plain') return err('TYPE', m.numberAsText(q));
    return err('TYPE', m.numberSuggest(q, String(r.value)));
  }
  return err('TYPE', r.kept.code === 'percent' ? m.numberPercent(q) : m.notNumber(q));
}

const EPS = 1e-9;

function inRange(v: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || v >= min - EPS) && (max === undefined || v <= max + EPS);
}

function rangeFinding(v: number, min: number | undefined, max: number | undefined, m: Messages): Finding {
  const q = fmtNum(v);
  if (min !== undefined && max !== undefined) return err('RANGE', m.between(q, fmtNum(min), fmtNum(max)));
  if (min !== undefined) return err('RANGE', m.below(q, fmtNum(min)));
  return err('RANGE', m.above(q, fmtNum(max ?? 0)));
}

/** int, number, money, pct. */
export function checkNumber(v: CellValue, type: ColumnType, m: Messages): Finding | undefined {
  if (typeof v === 'string') {
    const kind = type.kind === 'int' || type.kind === 'money' || type.kind === 'pct' ? type.kind : 'number';
    return textInNumberColumn(v, kind, m);
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return err('TYPE', m.notNumber(quote(v)));
  switch (type.kind) {
    case 'int':
      if (!Number.isInteger(v)) return err('TYPE', m.notInteger(fmtNum(v)));
      return inRange(v, type.min, type.max) ? undefined : rangeFinding(v, type.min, type.max, m);
    case 'number': {
      const { min, max, allowed } = type;
      const hasRange = min !== undefined || max !== undefined;
      if (allowed && allowed.some((a) => Math.abs(a - v) < EPS)) return undefined;
      if (hasRange && inRange(v, min, max)) return undefined;
      if (!allowed) return hasRange ? rangeFinding(v, min, max, m) : undefined;
      const listed = allowed.map(fmtNum);
      const text = hasRange ? [`${fmtNum(min ?? 0)}–${fmtNum(max ?? 0)}`, ...listed] : listed;
      return err('RANGE', m.notAllowed(fmtNum(v), text.join(' / ')));
    }
    case 'money':
      if (v < 0) return rangeFinding(v, 0, undefined, m);
      if (Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) return warn('RANGE', m.moneyDecimals(String(v)));
      return undefined;
    case 'pct':
      if (!inRange(v, 0, 100)) return rangeFinding(v, 0, 100, m);
      if (v > 0 && v < 1) return warn('RANGE', m.pctFraction(String(v), fmtNum(v * 100)));
      return undefined;
    default:
      return undefined;
  }
}

/** A date column's text, worded from the same reading that import converts with. */
function textInDateColumn(v: string, m: Messages): Finding {
  const q = quote(v);
  const r = readDateText(v);
  if (r.ok) return err('TYPE', r.spelling === 'fullWidth' ? m.dateFullWidth(q, isoOf(r.value)) : m.dateAsText(q, isoOf(r.value)));
  const k = r.kept;
  switch (k.code) {
    case 'invalidDate':
      return err('TYPE', m.dateInvalid(q));
    case 'ambiguousDate':
      return err('TYPE', m.dateAmbiguous(q, k.monthFirst, k.dayFirst));
    case 'dateTime':
      return err('TYPE', m.dateWithTime(q, k.iso));
    case 'serial':
      return err('TYPE', k.iso ? m.dateSerialText(q, k.iso) : m.dateNumberAsText(q));
    default:
      return err('TYPE', hasFullWidth(v) ? m.dateFullWidth(q, '2026-03-15') : m.notDate(q));
  }
}

export function checkDate(v: CellValue, column: Column, m: Messages): Finding | undefined {
  if (typeof v === 'string') return textInDateColumn(v, m);
  if (typeof v !== 'number' || !Number.isFinite(v)) return err('TYPE', m.notDate(quote(v)));
  if (v < 1 || v >= MAX_DATE_SERIAL + 1) return err('TYPE', m.badSerial(quote(v)));
  const min = dateMinOf(column);
  if (v < min) return err('RANGE', m.dateTooEarly(isoOf(v), isoOf(min)));
  return undefined;
}

export function checkPeriod(v: CellValue, m: Messages): Finding | undefined {
  if (typeof v === 'string') {
    const ok = /^(\d{4})-(\d{2})$/.exec(v);
    if (ok && Number(ok[2]) >= 1 && Number(ok[2]) <= 12) return undefined;
    const trimmed = /^(\d{4})-(\d{2})$/.exec(v.trim());
    if (trimmed && Number(trimmed[2]) >= 1 && Number(trimmed[2]) <= 12) return err('TYPE', m.listSpaces(quote(v), quote(v.trim())));
    return err('TYPE', m.periodBad(quote(v)));
  }
  // Excel turns a typed 2026-10 into the date 2026-10-01 unless the cell is formatted as text.
  if (typeof v === 'number' && v >= DATE_MIN && v <= MAX_DATE_SERIAL) return err('TYPE', m.periodIsDate(isoOf(v).slice(0, 7)));
  return err('TYPE', m.periodBad(quote(v)));
}

export function checkEnum(v: CellValue, values: readonly string[], m: Messages): Finding | undefined {
  const s = textOf(v);
  if (values.includes(s)) return undefined;
  const t = s.trim();
  if (t !== s && values.includes(t)) return err('ENUM', m.listSpaces(quote(s), quote(t)));
  return err('ENUM', m.notInList(quote(s), values));
}

const PHONE_CHARS = /^[0-9 +\-()]+$/;
const PHONE_SEPARATORS = /[,;,;、/|]/;

export function checkPhone(v: CellValue, m: Messages): Finding | undefined {
  if (typeof v === 'number') {
    const digits = String(Math.trunc(Math.abs(v))).length;
    return Number.isInteger(v) && digits >= 7 && digits <= 20 ? undefined : err('PHONE', m.phone(quote(v)));
  }
  if (typeof v !== 'string') return err('PHONE', m.phone(quote(v)));
  if (!PHONE_CHARS.test(v.trim())) {
    const q = quote(v);
    const half = toHalfWidth(v).trim();
    if (hasFullWidth(v) && PHONE_CHARS.test(half)) return err('PHONE', m.phoneFullWidth(q, half));
    return PHONE_SEPARATORS.test(v) ? err('PHONE', m.phoneSeveral(q)) : err('PHONE', m.phone(q));
  }
  let digits = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 7 && digits <= 20 ? undefined : err('PHONE', m.phone(quote(v)));
}

/**
 * Text that Excel or a CSV consumer may run as a formula: a leading = or @, or + / - followed by
 * something other than a digit or a space ("- 客户要求…" and "+86 138…" are fine).
 */
export function formulaLead(s: string): string | undefined {
  const c = s.charAt(0);
  if (c === '=' || c === '@') return c;
  if ((c === '+' || c === '-') && s.length > 1 && !/[\d\s]/.test(s.charAt(1))) return c;
  return undefined;
}

/** Length and formula-lookalike checks for free text (text, id and ref cells holding a string). */
export function checkText(v: CellValue, maxLength: number | undefined, m: Messages): Finding | undefined {
  if (typeof v !== 'string') return undefined;
  if (maxLength !== undefined && v.length > maxLength) return err('RANGE', m.tooLong(v.length, maxLength));
  if (v.length > SOFT_TEXT_LIMIT) return warn('RANGE', m.veryLong(v.length, SOFT_TEXT_LIMIT));
  const lead = formulaLead(v);
  return lead ? warn('FORMULA-TEXT', m.formulaText(quote(v), lead)) : undefined;
}

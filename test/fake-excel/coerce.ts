/**
 * What Excel makes of an input written through `Range.values` or `Range.formulas`, as when a user
 * types it. The fake is deliberately at least as eager as Excel, so that a text-safety bug in the
 * adapter shows up here instead of in a customer's workbook:
 *
 * - a leading apostrophe is Excel's text marker: the rest is stored as text, without the apostrophe
 *   (the cell gets the "quote prefix" flag);
 * - "=…" becomes a formula. The `Excel.Range.values` reference says a value starting with "+", "-" or
 *   "=" is interpreted as a formula; "@…" is Excel's Lotus-compatible formula entry (=…). A "+"/"-"
 *   string that is a plain number becomes that number, anything else becomes a formula;
 * - numbers ("00123" → 123, "1e5", "1,234", "5%", "(5)", "$5", full-width digits), dates
 *   ("2026-10-01", "2026/10/1", "10/1/2026", "10/1"), times ("12:30"), TRUE/FALSE and error
 *   literals ("#N/A") are converted, as Excel's entry parser does (en-US parsing is modelled);
 * - with the text number format "@" a number/date/boolean-looking string stays text, but a leading
 *   "=" still becomes a formula: FACTS notes it is undocumented whether "@" prevents formula
 *   conversion through the API, so the fake assumes the worst.
 */
import { CODES, fail } from './errors';

export type Coerced =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: string | number | boolean; readonly quotePrefix?: boolean; readonly numberFormat?: string }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'formula'; readonly formula: string };

const ERROR_LITERALS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!']);

/** Excel serial date: days since 1899-12-30 (valid for dates after 1900-02-28). */
export function serialOf(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

function parseNumberLike(raw: string): { value: number; numberFormat?: string } | null {
  let t = raw.normalize('NFKC').trim();
  let neg = false;
  let fmt: string | undefined;
  if (/^\(.*\)$/.test(t)) {
    neg = true;
    t = t.slice(1, -1).trim();
  }
  if (/^[$¥€£]/.test(t)) {
    t = t.slice(1);
    fmt = '$#,##0.00';
  }
  let scale = 1;
  if (t.endsWith('%')) {
    t = t.slice(0, -1);
    scale = 0.01;
    fmt = '0%';
  }
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?([eE][+-]?\d+)?$/.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(/,/g, '')) * scale * (neg ? -1 : 1);
  if (!Number.isFinite(n)) return null;
  return fmt ? { value: n, numberFormat: fmt } : { value: n };
}

function parseDateLike(raw: string): { value: number; numberFormat: string } | null {
  const t = raw.normalize('NFKC').trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    const s = serialOf(+m[1], +m[2], +m[3]);
    if (s === null) return null;
    const time = m[4] !== undefined ? (+m[4] * 3600 + +m[5] * 60 + +(m[6] ?? 0)) / 86400 : 0;
    return { value: s + time, numberFormat: m[4] !== undefined ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd' };
  }
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(t);
  if (m) {
    const s = serialOf(+m[3], +m[1], +m[2]);
    return s === null ? null : { value: s, numberFormat: 'm/d/yyyy' };
  }
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) {
    // Excel completes a month/day entry with the current year.
    const s = serialOf(new Date().getUTCFullYear(), +m[1], +m[2]);
    return s === null ? null : { value: s, numberFormat: 'd-mmm' };
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m && +m[1] < 24 && +m[2] < 60) {
    return { value: (+m[1] * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86400, numberFormat: 'h:mm' };
  }
  return null;
}

/** Coerces one cell input written through `Range.values` or `Range.formulas` (the same entry rules). */
export function coerceInput(input: unknown, cellNumberFormat: string | undefined): Coerced {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail(CODES.invalidArgument, `The argument is invalid: ${input} is not a finite number.`);
    return { kind: 'value', value: input };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (typeof input !== 'string') {
    fail(CODES.invalidArgument, `The argument is invalid: a cell value must be a string, number or boolean, got ${typeof input}.`);
  }
  const s = input;
  if (s === '') return { kind: 'empty' };
  if (s.startsWith("'")) return { kind: 'value', value: s.slice(1), quotePrefix: true };
  if (s.startsWith('=')) return { kind: 'formula', formula: s };
  if (s.startsWith('@')) return { kind: 'formula', formula: `=${s.slice(1)}` };
  if (s.startsWith('+') || s.startsWith('-')) {
    const n = parseNumberLike(s);
    if (n && cellNumberFormat !== '@') return { kind: 'value', value: n.value, ...(n.numberFormat ? { numberFormat: n.numberFormat } : {}) };
    return { kind: 'formula', formula: `=${s}` };
  }
  if (cellNumberFormat === '@') return { kind: 'value', value: s };
  const trimmed = s.trim();
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'value', value: trimmed.toLowerCase() === 'true' };
  if (ERROR_LITERALS.has(trimmed.toUpperCase())) return { kind: 'error', error: trimmed.toUpperCase() };
  const n = parseNumberLike(s);
  if (n) return { kind: 'value', value: n.value, ...(n.numberFormat ? { numberFormat: n.numberFormat } : {}) };
  const d = parseDateLike(s);
  if (d) return { kind: 'value', value: d.value, numberFormat: d.numberFormat };
  return { kind: 'value', value: s };
}

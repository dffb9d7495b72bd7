import type { CellInput } from '../../core/port/types';
import { PortError } from '../../core/port/types';

/** Excel's limit on the characters in one cell. */
const MAX_CELL_TEXT = 32767;

/**
 * THE text-safety decision of the Office adapter: what to put in a `Range.values` (or, for a block
 * holding formulas, `Range.formulas`) matrix for one cell so that Excel stores exactly what the core
 * meant.
 *
 * - `{ formula }` is the only way to write a formula; the caller must then write the block through
 *   `Range.formulas`.
 * - A plain string must stay text. Excel parses what it receives like typed input: the
 *   `Excel.Range.values` reference says a value starting with "+", "-" or "=" is interpreted as a
 *   formula; "@" is also a formula prefix; and strings such as "00123", "2026-10-01", "1e5", "TRUE"
 *   or "#N/A" are converted to numbers, dates, booleans or errors.
 *   Such strings are written with a leading apostrophe. This RELIES on Excel's documented behaviour
 *   for a leading apostrophe when entering a cell: the apostrophe is a text marker (the cell gets the
 *   "quote prefix" and stores the rest as text; the apostrophe is not part of the value), which
 *   public add-in code uses through `Range.values`. It could not be verified against real Excel
 *   here. FACTS: whether the text number format "@" prevents formula conversion through the API is
 *   undocumented, so the adapter does not rely on it.
 *   The apostrophe is added whenever a string starts with = + - @ ' (after optional spaces), contains
 *   any digit (numbers, dates, times, fractions, phone numbers — in any locale's entry parser), is
 *   TRUE/FALSE, or starts with "#" (error literals). Over-marking is harmless (the value stays text
 *   either way); under-marking would corrupt data.
 * - `null` is an empty cell: "" (an empty string clears a cell in Office.js; `null` in a matrix would
 *   leave the cell unchanged).
 */
export function toOfficeValue(v: CellInput): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') {
    const f = v.formula.trim();
    return f.startsWith('=') ? f : `=${f}`;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new PortError('unsupported', `Excel cannot store the number ${v} in a cell.`);
    return v;
  }
  if (typeof v === 'boolean') return v;
  if (v.length > MAX_CELL_TEXT) {
    throw new PortError('unsupported', `A text of ${v.length} characters is longer than Excel's cell limit of ${MAX_CELL_TEXT}: "${v.slice(0, 40)}…".`);
  }
  if (v === '') return '';
  const needsMarker = /^\s*[=+\-@']/.test(v) || /\p{Nd}/u.test(v) || /^\s*(true|false)\s*$/i.test(v) || /^\s*#/.test(v);
  return needsMarker ? `'${v}` : v;
}

/**
 * The few spreadsheet functions the scorer needs, computed the way Excel and LibreOffice compute
 * them, so that the reference scorer and the workbook agree to the last bit on every case that a
 * step boundary can turn.
 */

/**
 * Excel's ROUND: half away from zero, applied to the value as shown to 15 significant digits.
 * Both engines "correct" a double such as 1.005 (really 1.00499999999999989…) to 1.01, where a
 * naive Math.round(x * 100) / 100 gives 1. Going through the decimal string does the same.
 */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const sign = x < 0 ? -1 : 1;
  const [mantissa, exp = '0'] = Math.abs(x).toPrecision(15).split('e');
  const shifted = Number(`${mantissa}e${Number(exp) + digits}`);
  const rounded = Math.floor(shifted + 0.5);
  return sign * Number(`${rounded}e${-digits}`);
}

/** Excel's INT: rounds down (towards −∞). */
export function excelInt(x: number): number {
  return Math.floor(x);
}

/**
 * Full steps in `gap`: FLOOR(gap / step) as the formulas write it, INT(ROUND(gap / step, 6)). The
 * ROUND absorbs a binary error such as 4.999999999999 for an exact 5, in both engines alike.
 */
export function fullSteps(gap: number, step: number): number {
  return excelInt(excelRound(gap / step, 6));
}

/** Steps begun: CEILING(x / step), written −INT(−ROUND(x / step, 6)) for the same reason. */
export function stepsBegun(x: number, step: number): number {
  return -excelInt(-excelRound(x / step, 6));
}

/**
 * Formulas as a file stores them differ from what a user types: no leading "=", and functions added
 * after Excel 2007 carry an `_xlfn.` prefix. Without the prefix Excel shows #NAME? until the cell
 * is re-entered, so the adapter adds it when writing and removes it when reading.
 */

/** Excel 2010–2016 functions (the workbook's formulas stay within Excel 2016). */
const FUTURE_FUNCTIONS = [
  'AGGREGATE', 'BINOM.DIST', 'CEILING.MATH', 'CEILING.PRECISE', 'CHISQ.DIST', 'CHISQ.TEST', 'CONFIDENCE.NORM',
  'COVARIANCE.P', 'COVARIANCE.S', 'DAYS', 'EXPON.DIST', 'F.DIST', 'FLOOR.MATH', 'FLOOR.PRECISE', 'FORECAST.LINEAR',
  'FORMULATEXT', 'GAMMA', 'IFNA', 'ISFORMULA', 'ISOWEEKNUM', 'MODE.MULT', 'MODE.SNGL', 'NETWORKDAYS.INTL',
  'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'NUMBERVALUE', 'PERCENTILE.EXC', 'PERCENTILE.INC',
  'QUARTILE.EXC', 'QUARTILE.INC', 'RANK.AVG', 'RANK.EQ', 'SHEET', 'SHEETS', 'STDEV.P', 'STDEV.S', 'T.DIST', 'T.INV',
  'T.TEST', 'VAR.P', 'VAR.S', 'WORKDAY.INTL', 'XOR',
];

const PATTERN = new RegExp(
  `(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(/\./g, '\\.')).join('|')})\\(`,
  'gi',
);

/** Splits a formula into string literals (kept as they are) and code. */
function mapCode(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/** "=IFNA(A1,0)" → "_xlfn.IFNA(A1,0)". */
export function toFileFormula(formula: string): string {
  const body = formula.replace(/^\s*=/, '');
  return mapCode(body, (code) => code.replace(PATTERN, (_m, pre: string, name: string) => `${pre}_xlfn.${name.toUpperCase()}(`));
}

/** "_xlfn.IFNA(A1,0)" → "=IFNA(A1,0)". */
export function fromFileFormula(formula: string): string {
  return `=${mapCode(formula, (code) => code.replace(/_xlfn\.(_xlws\.)?/gi, ''))}`;
}

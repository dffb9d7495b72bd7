/** The validation module's public surface. */
export type { Problem, RuleId, Severity } from './problem';
export { cellAddress, columnLetter, locateProblem } from './problem';
export type { ValidateOptions } from './engine';
export { validateWorkbook } from './engine';
export type { ValidationPlace } from './excelValidation';
export { excelValidationFor } from './excelValidation';

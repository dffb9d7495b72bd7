/** How one table column gets its number format, width, calculated formula, validation and marking. */
import type { ColumnFormat, DataValidationSpec, ValidationRule } from '../../core/port/types';
import { blockAddress } from './address';
import { estimateBytes } from './payload';

/**
 * Light grey fill and italics on computed cells. Their header keeps the table style, as the .xlsx
 * adapter writes it: a grey fill under the style's white header font would be unreadable.
 */
export const COMPUTED_FILL = '#F2F2F2';

/** Excel's dialog limits for data validation titles and messages. */
const DV_TITLE_MAX = 32;
const DV_MESSAGE_MAX = 255;

/**
 * Column width in characters (Excel's unit: digits of the default font) to points, which
 * `RangeFormat.columnWidth` takes: Calibri 11 digits are 7 px plus 5 px padding, and 1 px = 0.75 pt.
 */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A serial date as the ISO 8601 date string that `DateTimeDataValidation.formula1` accepts. */
export function serialToIsoDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function formula(f: string): string {
  const t = f.trim();
  return t.startsWith('=') ? t : `=${t}`;
}

export function toOfficeRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'list':
      // A source starting with "=" refers to a range or name; otherwise it is an inline, comma-separated list.
      return { list: { inCellDropDown: true, source: rule.source } };
    case 'whole':
    case 'decimal': {
      const basic: Excel.BasicDataValidation =
        rule.max === undefined
          ? { operator: 'GreaterThanOrEqualTo', formula1: rule.min }
          : { operator: 'Between', formula1: rule.min, formula2: rule.max };
      return rule.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
    }
    case 'date':
      return {
        date:
          rule.max === undefined
            ? { operator: 'GreaterThanOrEqualTo', formula1: serialToIsoDate(rule.min) }
            : { operator: 'Between', formula1: serialToIsoDate(rule.min), formula2: serialToIsoDate(rule.max) },
      };
    case 'textLength':
      return { textLength: { operator: 'LessThanOrEqualTo', formula1: rule.max } };
    case 'custom':
      return { custom: { formula: formula(rule.formula) } };
  }
}

export function queueValidation(body: Excel.Range, v: DataValidationSpec): void {
  const dv = body.dataValidation;
  // Office's own sample clears before setting a rule, so no earlier rule or message is left mixed in.
  dv.clear();
  dv.rule = toOfficeRule(v.rule);
  if (v.promptTitle !== undefined || v.prompt !== undefined) {
    dv.prompt = { showPrompt: true, title: clip(v.promptTitle ?? '', DV_TITLE_MAX), message: clip(v.prompt ?? '', DV_MESSAGE_MAX) };
  }
  dv.errorAlert = {
    showAlert: true,
    style: v.errorStyle === 'stop' ? 'Stop' : 'Warning',
    title: clip(v.errorTitle ?? '', DV_TITLE_MAX),
    message: clip(v.error ?? '', DV_MESSAGE_MAX),
  };
}

export interface ColumnPlace {
  readonly headerRow: number;
  readonly col: number;
  /** Data rows below the header (at least 1). */
  readonly rows: number;
  /** Data rows once the whole plan has run (the deferred validation covers them all). */
  readonly rowsAtEnd: () => number;
  /** The table's header row shows (false: the row above the body is not the table's; left alone). */
  readonly headerShown?: boolean;
}

export interface ColumnFormatOptions {
  /** The host has ExcelApi 1.8 (data validation). */
  readonly validation: boolean;
  /**
   * Receives the validation part, which the caller queues after every other operation of the plan:
   * a list source may name a range that the plan defines later (the Lists names come last), and
   * Excel may refuse a source that does not resolve yet (its UI warns that the source "evaluates to
   * an error"; the API's behaviour is not documented).
   */
  readonly defer: (queue: () => void) => void;
  /**
   * A column added next to existing ones: explicitly set what it may have inherited from its left
   * neighbour (number format, marking, validation) instead of leaving it as is.
   */
  readonly reset: boolean;
}

/** Estimated request size of `queueColumnFormat`. */
export function columnFormatBytes(f: ColumnFormat): number {
  return 800 + estimateBytes(f);
}

/**
 * Queues the column's formats. Whole-column values are set as a single value, which Office applies
 * to every cell of the range (docs: "Update all cells in a range"), so the request size does not grow
 * with the rows; a formula set on the whole data body makes the column a calculated column.
 */
export function queueColumnFormat(ws: Excel.Worksheet, at: ColumnPlace, f: ColumnFormat, opts: ColumnFormatOptions): void {
  const body = ws.getRange(blockAddress(at.headerRow + 1, at.col, at.rows, 1));
  const header = ws.getRange(blockAddress(at.headerRow, at.col, 1, 1));
  // The typings only describe the 2-D form of these properties; the single-value form is documented.
  const bodyCells = body as unknown as { numberFormat: string; formulas: string };
  if (f.numberFormat !== undefined) bodyCells.numberFormat = f.numberFormat;
  else if (opts.reset) bodyCells.numberFormat = 'General';
  const headerShown = at.headerShown !== false;
  // The width is the column's: set through the body when the header row is hidden.
  if (f.width !== undefined) (headerShown ? header : body).format.columnWidth = widthToPoints(f.width);
  if (f.formula !== undefined) bodyCells.formulas = formula(f.formula);
  const validation = f.validation;
  if (validation && opts.validation) opts.defer(() => queueValidation(ws.getRange(blockAddress(at.headerRow + 1, at.col, at.rowsAtEnd(), 1)), validation));
  else if (opts.reset && opts.validation) body.dataValidation.clear();
  if (f.computed) {
    body.format.fill.color = COMPUTED_FILL;
    body.format.font.italic = true;
  } else if (opts.reset) {
    body.format.fill.clear();
    body.format.font.italic = false;
    if (headerShown) header.format.fill.clear();
  }
}

/**
 * Small builders that keep the table files readable: one line per column, with a width derived
 * from the headers and the type unless a table says otherwise.
 */
import type { Column, ColumnType, FormulaTemplate, ListId, Text } from '../types';

export const T = {
  text: { kind: 'text' } as ColumnType,
  date: { kind: 'date' } as ColumnType,
  money: { kind: 'money' } as ColumnType,
  pct: { kind: 'pct' } as ColumnType,
  yesno: { kind: 'yesno' } as ColumnType,
  phone: { kind: 'phone' } as ColumnType,
  id: (example: string): ColumnType => ({ kind: 'id', example }),
  int: (min: number, max?: number): ColumnType => (max === undefined ? { kind: 'int', min } : { kind: 'int', min, max }),
  /** The 1–5 ratings of Contacts and Competitors. */
  rating: { kind: 'int', min: 1, max: 5 } as ColumnType,
  enum: (list: ListId): ColumnType => ({ kind: 'enum', list }),
  ref: (table: string, column: string): ColumnType => ({ kind: 'ref', table, column }),
  formula: (formula: FormulaTemplate, result: 'number' | 'text' | 'date'): ColumnType => ({
    kind: 'formula',
    formula,
    result,
  }),
};

export const hint = (zh: string, en: string): Text => ({ zh, en });

export interface ColumnOptions {
  readonly required?: boolean;
  readonly personal?: boolean;
  readonly width?: number;
  readonly numberFormat?: string;
  readonly prefill?: FormulaTemplate;
  readonly hint?: Text;
}

/** Display width in Excel character units: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** A readable minimum per type, so that a date or an amount never shows as ####. */
const TYPE_WIDTH: Record<ColumnType['kind'], number> = {
  text: 14,
  id: 11,
  date: 12,
  int: 8,
  number: 9,
  money: 12,
  pct: 8,
  enum: 10,
  ref: 12,
  yesno: 8,
  phone: 17,
  period: 10,
  formula: 10,
};

/**
 * Default width: wide enough for the zh-CN header plus the filter button (about 3 units), and for
 * most of the en-US header, capped so that long English headers wrap rather than stretch the sheet.
 */
function defaultWidth(header: Text, type: ColumnType): number {
  const byHeader = Math.max(displayWidth(header.zh), Math.min(displayWidth(header.en), 22)) + 3;
  return Math.max(byHeader, TYPE_WIDTH[type.kind]);
}

export function col(key: string, zh: string, en: string, type: ColumnType, opts: ColumnOptions = {}): Column {
  const header = { zh, en };
  return {
    key,
    header,
    type,
    ...opts,
    width: opts.width ?? defaultWidth(header, type),
  };
}

/** Common input messages, so that the same rule reads the same everywhere. */
export const HINTS = {
  date: hint('输入日期,如 2026-03-15', 'Enter a date, e.g. 2026-03-15'),
  rating: hint('1–5 的整数,5 最高', 'Whole number 1–5, 5 is highest'),
  phone: hint('数字、空格、+、-、括号;7–20 位数字', 'Digits, spaces, +, -, brackets; 7–20 digits'),
  staff: hint('从员工表选择姓名', 'Pick a name from Staff'),
  customer: hint('从客户档案选择客户名称', 'Pick a customer name from Customers'),
  customerId: hint('客户档案中的档案编号,如 KH-0001', 'File number from Customers, e.g. KH-0001'),
  approval: hint('待审批、同意或不同意', 'Pending, agreed (同意) or refused (不同意)'),
  yuan: hint('金额(元),≥0,两位小数', 'Amount in yuan, ≥ 0, 2 decimals'),
  wan: hint('金额(万元),≥0', 'Amount in 10k yuan (万元), ≥ 0'),
} as const;

/** Input and error messages of Excel's data validation, per workbook language. */
import type { Lang } from '../model/types';
import { fmtNum } from './cells';

export interface ValidationTexts {
  errorTitle(header: string): string;
  text(max: number): string;
  textError(max: number): string;
  id(): string;
  idError(): string;
  date(): string;
  dateError(min: string): string;
  dateNotFuture(): string;
  dateNotFutureError(min: string): string;
  int(min: number, max: number | undefined): string;
  intError(min: number, max: number | undefined): string;
  number(min: number | undefined, max: number | undefined): string;
  numberError(min: number | undefined, max: number | undefined): string;
  allowed(values: string): string;
  allowedError(values: string): string;
  money(): string;
  moneyError(): string;
  amountNeedsSummary(): string;
  pct(): string;
  pctError(): string;
  list(): string;
  yesno(): string;
  listError(): string;
  ref(table: string): string;
  refError(table: string): string;
  phone(): string;
  phoneError(): string;
  period(): string;
  periodError(): string;
}

/** The sheet (zh / en) where a referenced table lives, for "pick it from …" messages. */
const REF_SOURCE: Record<string, { zh: string; en: string }> = {
  Staff: { zh: '员工与参数 的员工表', en: 'Staff on the Settings sheet' },
  Customers: { zh: '客户档案', en: 'the Customers sheet' },
  GiftPlans: { zh: '礼品计划', en: 'the Gift plan sheet' },
  ReceptionRequests: { zh: '接待申请', en: 'the Reception requests sheet' },
};
const refSource = (table: string, lang: Lang): string => {
  const s = REF_SOURCE[table];
  return s ? (lang === 'zh-CN' ? s.zh : s.en) : table;
};

const rangeZh = (min: number | undefined, max: number | undefined): string =>
  min !== undefined && max !== undefined ? `${fmtNum(min)}–${fmtNum(max)} 之间` : min !== undefined ? `≥ ${fmtNum(min)}` : max !== undefined ? `≤ ${fmtNum(max)}` : '';
const rangeEn = (min: number | undefined, max: number | undefined): string =>
  min !== undefined && max !== undefined ? `between ${fmtNum(min)} and ${fmtNum(max)}` : min !== undefined ? `≥ ${fmtNum(min)}` : max !== undefined ? `≤ ${fmtNum(max)}` : '';

const ZH: ValidationTexts = {
  errorTitle: (h) => `${h}:输入有误`,
  text: (max) => `文本,最多 ${max} 个字符。`,
  textError: (max) => `内容超过 ${max} 个字符,请精简。`,
  id: () => '编号,在本表中唯一。',
  idError: () => '该编号已存在或过长;编号必须唯一。',
  date: () => '输入日期,如 2026-03-15。',
  dateError: (min) => `请输入 ${min} 以后的有效日期,如 2026-03-15。`,
  dateNotFuture: () => '拜访日期,不能晚于今天。',
  dateNotFutureError: (min) => `请输入 ${min} 以后、不晚于今天的日期,如 2026-03-15。`,
  int: (min, max) => `整数,${rangeZh(min, max)}。`,
  intError: (min, max) => `请输入${rangeZh(min, max)}的整数。`,
  number: (min, max) => (min === undefined && max === undefined ? '数字。' : `数字,${rangeZh(min, max)}。`),
  numberError: (min, max) => (min === undefined && max === undefined ? '请输入数字。' : `请输入${rangeZh(min, max)}的数字。`),
  allowed: (values) => `只能填:${values}。`,
  allowedError: (values) => `该值不允许,只能填:${values}。`,
  money: () => '金额,≥ 0,两位小数。',
  moneyError: () => '请输入 ≥ 0 的金额。',
  amountNeedsSummary: () => '请输入 ≥ 0 的金额;有金额时须先填写面谈概要(无拜访总结不得报销)。',
  pct: () => '0–100 的百分数,不带 % 号。',
  pctError: () => '请输入 0–100 之间的数,不带 % 号。',
  list: () => '请从下拉列表选择。',
  yesno: () => '选择 是 或 否。',
  listError: () => '请从下拉列表中选择一个值。',
  ref: (table) => `须与「${refSource(table, 'zh-CN')}」中已有的值完全一致。`,
  refError: (table) => `请确认该值在「${refSource(table, 'zh-CN')}」中存在。`,
  phone: () => '数字、空格、+、-、括号;7–20 位数字。',
  phoneError: () => '电话只能包含数字、空格、+、-、括号,且有 7–20 位数字。',
  period: () => '期间,文本格式 YYYY-MM,如 2026-10。',
  periodError: () => '请按 YYYY-MM 输入期间(单元格须为文本格式),如 2026-10。',
};

const EN: ValidationTexts = {
  errorTitle: (h) => `${h}: invalid entry`,
  text: (max) => `Text, at most ${max} characters.`,
  textError: (max) => `The text is longer than ${max} characters; shorten it.`,
  id: () => 'An ID, unique in this table.',
  idError: () => 'This ID already exists or is too long; IDs must be unique.',
  date: () => 'Enter a date, e.g. 2026-03-15.',
  dateError: (min) => `Enter a valid date from ${min} on, e.g. 2026-03-15.`,
  dateNotFuture: () => 'Visit date; not after today.',
  dateNotFutureError: (min) => `Enter a date from ${min} on and not after today, e.g. 2026-03-15.`,
  int: (min, max) => `A whole number ${rangeEn(min, max)}.`,
  intError: (min, max) => `Enter a whole number ${rangeEn(min, max)}.`,
  number: (min, max) => (min === undefined && max === undefined ? 'A number.' : `A number ${rangeEn(min, max)}.`),
  numberError: (min, max) => (min === undefined && max === undefined ? 'Enter a number.' : `Enter a number ${rangeEn(min, max)}.`),
  allowed: (values) => `Allowed values: ${values}.`,
  allowedError: (values) => `This value is not allowed; use ${values}.`,
  money: () => 'An amount ≥ 0, 2 decimals.',
  moneyError: () => 'Enter an amount ≥ 0.',
  amountNeedsSummary: () => 'Enter an amount ≥ 0; with an amount, fill in the summary first (no summary, no reimbursement).',
  pct: () => 'A percentage 0–100, without the % sign.',
  pctError: () => 'Enter a number between 0 and 100, without the % sign.',
  list: () => 'Pick a value from the dropdown.',
  yesno: () => 'Pick 是 (yes) or 否 (no).',
  listError: () => 'Pick a value from the dropdown list.',
  ref: (table) => `Must match an existing value in ${refSource(table, 'en-US')} exactly.`,
  refError: (table) => `Check that this value exists in ${refSource(table, 'en-US')}.`,
  phone: () => 'Digits, spaces, +, -, brackets; 7–20 digits.',
  phoneError: () => 'A phone number has only digits, spaces, +, -, brackets, and 7–20 digits.',
  period: () => 'A period as text YYYY-MM, e.g. 2026-10.',
  periodError: () => 'Enter the period as YYYY-MM (the cell must be formatted as text), e.g. 2026-10.',
};

export function validationTextFor(lang: Lang): ValidationTexts {
  return lang === 'zh-CN' ? ZH : EN;
}

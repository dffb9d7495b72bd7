/**
 * Customer value (SPEC §4 "Customer value", 000 §3.2.3 (五)): seven ratings 1–5 (5 most favourable)
 * weighted into a score out of 100, and the A–D class with its full label from the valueClass list.
 */
import type { CellValue } from '../port/types';
import type { Text } from '../model/types';
import type { ParamMap } from './params';
import { paramOf } from './params';
import { excelRound } from './excelMath';
import { isEmptyCell } from './inputs';

const MOST = { zh: '1–5 的整数,5 = 最高', en: 'Whole number 1–5, 5 = most' };
const LEAST = { zh: '1–5 的整数,5 = 最少/最低(最有利)', en: 'Whole number 1–5, 5 = least (most favourable)' };

export const CV_FACTORS: readonly { readonly letter: string; readonly key: string; readonly header: Text; readonly hint: Text }[] = [
  { letter: 'A', key: 'ratingA', header: { zh: 'A 成交后份额', en: 'A Share after deal' }, hint: MOST },
  { letter: 'B', key: 'ratingB', header: { zh: 'B 时间精力费用投入', en: 'B Time, effort and cost (5 = least)' }, hint: LEAST },
  { letter: 'C', key: 'ratingC', header: { zh: 'C 成交风险', en: 'C Deal risk (5 = least)' }, hint: LEAST },
  { letter: 'D', key: 'ratingD', header: { zh: 'D 对我司经营价值', en: 'D Value to our business' }, hint: MOST },
  { letter: 'E', key: 'ratingE', header: { zh: 'E 客户付款风险', en: 'E Payment risk (5 = least)' }, hint: LEAST },
  { letter: 'F', key: 'ratingF', header: { zh: 'F 我方供应与服务能力', en: 'F Our supply and service capacity' }, hint: MOST },
  { letter: 'G', key: 'ratingG', header: { zh: 'G 技术与管理难度', en: 'G Technical and management difficulty (5 = least)' }, hint: LEAST },
];

/** The valueClass list's values (model/lists.ts), which the class formula writes. */
export const VALUE_CLASSES = ['A 全力以赴', 'B 控制投入', 'C 关注变化', 'D 暂缓观察'] as const;
export type ValueClass = (typeof VALUE_CLASSES)[number];

export type CustomerValueResult =
  | { readonly kind: 'pending' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'ok'; readonly score: number; readonly valueClass: ValueClass };

export function isRating(v: CellValue): boolean {
  return typeof v === 'number' && v >= 1 && v <= 5 && v === Math.floor(v);
}

/**
 * 价值得分 = ROUND((Σ weightᵢ × ratingᵢ) / 5, 6). Empty ratings: pending (the cells stay empty);
 * a rating that is not a whole number 1–5: invalid (价值得分 shows 输入有误, 客户分级 stays empty).
 */
export function customerValue(ratings: readonly CellValue[], params: ParamMap): CustomerValueResult {
  if (ratings.length !== CV_FACTORS.length) throw new Error(`customerValue needs ${CV_FACTORS.length} ratings`);
  if (ratings.some((r) => isEmptyCell(r))) return { kind: 'pending' };
  if (!ratings.every(isRating)) return { kind: 'invalid' };
  let sum = 0;
  CV_FACTORS.forEach((factor, i) => {
    sum += paramOf(params, `cv.weight.${factor.letter}`) * (ratings[i] as number);
  });
  const score = excelRound(sum / 5, 6);
  return { kind: 'ok', score, valueClass: valueClassOf(score, params) };
}

export function valueClassOf(score: number, params: ParamMap): ValueClass {
  if (score >= paramOf(params, 'cv.band.A')) return VALUE_CLASSES[0];
  if (score >= paramOf(params, 'cv.band.B')) return VALUE_CLASSES[1];
  if (score >= paramOf(params, 'cv.band.C')) return VALUE_CLASSES[2];
  return VALUE_CLASSES[3];
}

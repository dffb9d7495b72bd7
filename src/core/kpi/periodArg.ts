/**
 * The one parser for a period that a user types on the command line (#9.12): score --period,
 * new-period --period, export-hr --from/--to. It accepts YYYY-MM and the words current / previous /
 * next (本月 / 上月 / 下月), relative to "today", so that a command in the README works whenever it
 * is run.
 *
 * Allowed range: 2000-01 to December of next year. The lower bound is the earliest date a workbench
 * date column accepts (validate's DATE_MIN), which catches two-digit-year slips such as 1926 or 1999
 * for 2026 (new-period would otherwise add nobody, as nobody was hired then); the upper bound leaves
 * room to prepare next year's periods, and catches 2062 for 2026.
 */
import type { Lang } from '../model/types';
import { ymdOf } from '../validate/dates';
import { periodOfMonthKey } from './period';

export const EARLIEST_PERIOD_YEAR = 2000;

const WORDS: Record<string, number> = {
  current: 0,
  本月: 0,
  previous: -1,
  prev: -1,
  上月: -1,
  next: 1,
  下月: 1,
};

export type PeriodArg = { readonly period: string; readonly monthKey: number } | { readonly error: string };

/** The latest period allowed on the given day: December of next year. */
export function latestPeriod(todaySerial: number): string {
  return `${ymdOf(todaySerial).year + 1}-12`;
}

export function periodArgMessage(option: string, value: string, todaySerial: number, lang: Lang): string {
  const first = `${EARLIEST_PERIOD_YEAR}-01`;
  const last = latestPeriod(todaySerial);
  return lang === 'zh-CN'
    ? `${option} 的值「${value}」不是有效的考核期间:请写 YYYY-MM(如 2026-10;月份 01–12,范围 ${first} 至 ${last}),或 current(本月)、previous(上月)、next(下月)。`
    : `${option} "${value}" is not a valid period: write YYYY-MM (e.g. 2026-10; month 01–12, from ${first} to ${last}), or current, previous or next.`;
}

/** A period typed by the user, resolved and range-checked; `option` names it in the message. */
export function parsePeriodArg(value: string, todaySerial: number, lang: Lang, option = '--period'): PeriodArg {
  const t = value.trim();
  const { year, month } = ymdOf(todaySerial);
  const thisKey = year * 12 + month - 1;
  const word = WORDS[t.toLowerCase()];
  let key: number | undefined;
  if (word !== undefined) key = thisKey + word;
  else {
    const m = /^(\d{4})-(\d{2})$/.exec(t);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) key = Number(m[1]) * 12 + Number(m[2]) - 1;
  }
  const lowest = EARLIEST_PERIOD_YEAR * 12;
  const highest = (year + 1) * 12 + 11;
  if (key === undefined || key < lowest || key > highest) return { error: periodArgMessage(option, value, todaySerial, lang) };
  return { period: periodOfMonthKey(key), monthKey: key };
}

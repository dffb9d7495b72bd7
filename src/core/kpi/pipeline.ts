/**
 * The reference of Customers.开发阶段 and 成交日期 (src/core/model/tables/customers.ts): what the
 * workbook's formulas compute from StageLog, for hosts that compute no formulas (the command line on
 * a fresh file, the preview) and for the parity test.
 */
import type { CellValue } from '../port/types';
import { LANDED_STAGE } from '../model/tables/customers';
import { matchText } from './text';

/** A StageLog row as the reference needs it (raw cells). */
export interface StageCells {
  readonly customer: CellValue;
  readonly date: CellValue;
  readonly stage: CellValue;
}

const named = (name: CellValue): string | null => (typeof name === 'string' && name.trim() !== '' ? name : null);

/**
 * 开发阶段: the 阶段 of the customer's row with the latest real date, ties going to the later row;
 * "" when it has none. Customers compare case-insensitively, as Excel's "=".
 */
export function lastStageOf(log: readonly StageCells[], name: CellValue): string {
  const n = named(name);
  if (n === null) return '';
  let best: StageCells | null = null;
  for (const r of log) {
    if (!matchText(r.customer, n) || typeof r.date !== 'number') continue;
    if (best === null || r.date >= (best.date as number)) best = r;
  }
  return best === null || best.stage === null ? '' : String(best.stage);
}

/** 成交日期: the earliest real date of the customer's 已成交 rows, or null. */
export function landedDateOf(log: readonly StageCells[], name: CellValue): number | null {
  const n = named(name);
  if (n === null) return null;
  let first: number | null = null;
  for (const r of log) {
    if (!matchText(r.customer, n) || typeof r.date !== 'number' || !matchText(r.stage, LANDED_STAGE)) continue;
    if (first === null || r.date < first) first = r.date;
  }
  return first;
}

/** Every customer's 成交日期 at once, by lower-cased name: one pass over StageLog. */
export function landedDates(log: readonly StageCells[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of log) {
    if (typeof r.customer !== 'string' || typeof r.date !== 'number' || !matchText(r.stage, LANDED_STAGE)) continue;
    const k = r.customer.toLowerCase();
    const d = out.get(k);
    if (d === undefined || r.date < d) out.set(k, r.date);
  }
  return out;
}

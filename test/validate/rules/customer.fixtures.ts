import type { CellValue } from '../../../src/core/port/types';
import { d } from '../helpers';

type Row = Record<string, CellValue>;

/** A CustomerValue row with all seven ratings equal: 4 → score 80 (A), 3 → 60 (B), 2 → 40 (C). */
export const assessment = (customerId: string, rating: number, date = d(2026, 6, 1)): Row => ({
  customerId,
  date,
  ratingA: rating,
  ratingB: rating,
  ratingC: rating,
  ratingD: rating,
  ratingE: rating,
  ratingF: rating,
  ratingG: rating,
});

export const contact = (customerId: string, name: string, o: Row = {}): Row => ({ customerId, name, ...o });

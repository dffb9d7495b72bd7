import type { CellValue } from '../../../src/core/port/types';

type Row = Record<string, CellValue>;

/** A complete S1 row for 刘芳 (E005, line manager 王建国) in 2026-09. */
export const s1Row = (o: Row = {}): Row => ({
  period: '2026-09',
  staffId: 'E005',
  planSales: 100,
  actualSales: 100,
  prevSales: 90,
  planNewCustomers: 2,
  actualNewCustomers: 2,
  marketInfo: 8,
  teamwork: 8,
  knowledge: 7,
  judgement: 3.5,
  communication: 5.5,
  attendanceDays: 26,
  lateCount: 0,
  unreportedCount: 0,
  violations: 0,
  responsibility: 4.5,
  complaints: 0,
  ...o,
});

import type { CellValue } from '../../../src/core/port/types';
import { d } from '../helpers';

type Row = Record<string, CellValue>;

export const request = (o: Row = {}): Row => ({
  requestId: 'JD-001',
  customer: '华东物流',
  receptionDate: d(2026, 11, 10),
  hospitality: 1000,
  gifts: 500,
  purpose: '客户来访时的招待',
  grade: '中档',
  applicant: '刘芳',
  applyDate: d(2026, 11, 1),
  directorReview: '同意',
  financeReview: '同意',
  ...o,
});

export const report = (o: Row = {}): Row => ({
  reportId: 'BG-001',
  requestId: 'JD-001',
  customer: '华东物流',
  receptionDate: d(2026, 11, 10),
  reporter: '刘芳',
  reportDate: d(2026, 11, 12),
  meals: 900,
  gifts: 500,
  ...o,
});

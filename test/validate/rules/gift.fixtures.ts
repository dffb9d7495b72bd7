import type { CellValue } from '../../../src/core/port/types';
import { d } from '../helpers';

type Row = Record<string, CellValue>;

export const plan = (o: Row = {}): Row => ({
  planId: 'LP-001',
  customer: '华东物流',
  purpose: '中秋',
  gift: '茶叶',
  quantity: 2,
  budget: 1000,
  ...o,
});

export const giftRequest = (o: Row = {}): Row => ({
  requestId: 'LS-001',
  planId: 'LP-001',
  dept: '大客户部',
  giftDate: d(2026, 11, 10),
  recipient: '华东物流',
  receiver: '周总',
  gift: '茶叶',
  quantity: 1,
  value: 400,
  filledBy: '刘芳',
  deptHeadApproval: '同意',
  giftAdminApproval: '同意',
  officeApproval: '同意',
  deputyApproval: '同意',
  ...o,
});

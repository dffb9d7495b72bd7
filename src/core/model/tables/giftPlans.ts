import type { TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';

/** 礼品馈赠计划表 (000 §3.3.4-4): the budget that GiftRequests draw on (rule G-BUDGET). */
export const GIFT_PLANS: TableSpec = {
  name: 'GiftPlans',
  source: '000 §3.3.4-4 礼品馈赠计划表',
  columns: [
    col('planId', '计划编号', 'Plan no.', T.id('LP-001'), {
      required: true,
      hint: hint('每个计划唯一,如 LP-001;礼品申请按此编号关联', 'Unique, e.g. LP-001; gift requests link to it'),
    }),
    col('customer', '客户名称', 'Customer', T.ref('Customers', 'name'), { required: true, width: 28, hint: HINTS.customer }),
    col('industry', '从事行业', 'Industry', T.text, {
      width: 12,
      // The customer's 所在行业, overwritable.
      prefill: (f) =>
        `=IFERROR(INDEX(${f.column('Customers', 'industry')},MATCH(${f.thisRow('customer')},${f.column('Customers', 'name')},0))&"","")`,
    }),
    col('contactName', '负责人姓名', 'Customer contact', T.text, { width: 12 }),
    col('cooperation', '合作现状', 'Cooperation', T.text, { width: 18 }),
    col('purpose', '馈赠目的', 'Purpose', T.text, { required: true, width: 22 }),
    col('gift', '礼品名称', 'Gift', T.text, { required: true, width: 18 }),
    col('quantity', '礼品数量', 'Quantity', T.int(1), { required: true, hint: hint('正整数', 'A whole number ≥ 1') }),
    col('budget', '预算价值(元)', 'Budget (CNY)', T.money, {
      required: true,
      width: 14,
      hint: hint('本计划下全部申请的价值合计不得超过此预算', 'The requests on this plan must not exceed it in total'),
    }),
    col('remark', '备注', 'Remark', T.text, { width: 20 }),
  ],
};

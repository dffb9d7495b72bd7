import type { TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';
import { deptOf } from './ledgerHelpers';

/**
 * 应收账款 / Receivables: one row per invoice (应收账款逾期率 and 回款, 004 ch. 3). One collection per
 * row, partial allowed (A-COLLECT: 回款金额 ≤ 应收金额, 回款日期 not before 开票日期). The KPI
 * pre-fills 应收账款总额, 逾期应收账款, 应收回款额 and 实际回款额 sum it.
 */
export const RECEIVABLES: TableSpec = {
  name: 'Receivables',
  source: '004 ch. 3 应收账款逾期率, 回款',
  columns: [
    col('invoiceId', '单据编号', 'Invoice no.', T.id('FP-0001'), { required: true, width: 12, hint: hint('每张发票唯一,如 FP-0001', 'Unique per invoice, e.g. FP-0001') }),
    col('customer', '客户', 'Customer', T.ref('Customers', 'name'), { required: true, width: 28, hint: HINTS.customer }),
    col('owner', '负责人', 'Owner', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col('invoiceDate', '开票日期', 'Invoiced', T.date, { required: true, hint: HINTS.date }),
    col('dueDate', '应收日期', 'Due', T.date, { required: true, hint: hint('约定的回款日期', 'The agreed payment date') }),
    col('amount', '应收金额(万元)', 'Amount due (10k CNY)', T.money, { required: true, hint: HINTS.wan }),
    col('collectedDate', '回款日期', 'Collected on', T.date, { hint: HINTS.date }),
    col('collected', '回款金额(万元)', 'Collected (10k CNY)', T.money, {
      hint: hint('不超过应收金额;部分回款可填', 'At most the amount due; a partial payment is fine'),
    }),
    col('remark', '备注', 'Remark', T.text, { width: 20 }),
    col('dept', '_部门', '_Dept', T.formula(deptOf('owner'), 'text'), { width: 10 }),
  ],
};

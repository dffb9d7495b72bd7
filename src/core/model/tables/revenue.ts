import type { TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';
import { INT_FORMAT } from '../numberFormats';
import { deptOf, monthKeyOfPeriod } from './ledgerHelpers';

/**
 * 业绩台账 / Revenue: revenue booked per customer and month, credited to one staff member (the
 * figures behind 销售额/营业额/利润, 000 §2.2, 004 ch. 3). The KPI pre-fills 实际销售额, 上期销售额,
 * 实际营业额, 部门实际, 部门实际营业额 and 利润额 sum it (src/core/kpi/prefill.ts). Two helpers at the
 * right end give each row its month and its department as plain keys.
 */
export const REVENUE: TableSpec = {
  name: 'Revenue',
  source: '000 §2.2; 004 ch. 3',
  columns: [
    col('period', '期间', 'Period', { kind: 'period' }, { required: true, width: 10, hint: hint('月份,如 2026-10', 'The month, e.g. 2026-10') }),
    col('customer', '客户', 'Customer', T.ref('Customers', 'name'), { required: true, width: 28, hint: HINTS.customer }),
    col('owner', '负责人', 'Credited to', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col('revenue', '营业额(万元)', 'Revenue (10k CNY)', T.money, { required: true, hint: HINTS.wan }),
    col('profit', '利润(万元)', 'Profit (10k CNY)', T.money, { hint: HINTS.wan }),
    col('remark', '备注', 'Remark', T.text, { width: 20 }),
    col('monthKey', '_月序', '_MonthKey', T.formula(monthKeyOfPeriod('period'), 'number'), { numberFormat: INT_FORMAT, width: 9 }),
    col('dept', '_部门', '_Dept', T.formula(deptOf('owner'), 'text'), { width: 10 }),
  ],
};

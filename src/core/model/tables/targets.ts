import type { FormulaTemplate, TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';

/** The target columns, keyed as the Kpi inputs they pre-fill (src/core/kpi/schemeS1.ts, schemeL.ts). */
export const TARGET_KEYS = [
  'planSales',
  'planNewCustomers',
  'revenueTarget',
  'newTarget',
  'deptTarget',
  'deptRevenueTarget',
  'landedTarget',
] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

/**
 * _键 = 期间|工号, as the Kpi tables' _键, so that a Kpi row finds its target with one MATCH (Excel
 * 2016 has no two-column lookup without CSE).
 */
const rowKey: FormulaTemplate = (f) => `=${f.thisRow('period')}&"|"&${f.thisRow('staffId')}`;

/**
 * 销售指标 / Targets: one row per staff member and period, set by the director (000 §2.3 arts. 3–6).
 * Every target is optional; a changed target (设定日期 after the period's first day) needs
 * 变更审批 = 同意 (T-CHANGE).
 */
export const TARGETS: TableSpec = {
  name: 'Targets',
  source: '000 §2.3 arts. 3–6',
  columns: [
    col('period', '期间', 'Period', { kind: 'period' }, { required: true, width: 10, hint: hint('月份,如 2026-10', 'The month, e.g. 2026-10') }),
    col('staffId', '工号', 'Staff ID', T.ref('Staff', 'staffId'), { required: true, hint: hint('员工表中的工号', 'A staff ID from Staff') }),
    col('planSales', '计划销售额(万元)', 'Planned sales (10k CNY)', T.money, { hint: HINTS.wan }),
    col('planNewCustomers', '计划新客户数', 'Planned new customers', T.int(0)),
    col('revenueTarget', '营业额目标(万元)', 'Revenue target (10k CNY)', T.money, { hint: HINTS.wan }),
    col('newTarget', '新增客户目标数', 'New customer target', T.int(0)),
    col('deptTarget', '部门目标(万元)', 'Department target (10k CNY)', T.money, { hint: HINTS.wan }),
    col('deptRevenueTarget', '部门营业额目标(万元)', 'Department revenue target (10k CNY)', T.money, { hint: HINTS.wan }),
    col('landedTarget', '新增落地客户目标数', 'New landed customer target', T.int(0)),
    col('setBy', '设定人', 'Set by', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col('setDate', '设定日期', 'Set on', T.date, { required: true, hint: hint('期间首日之后的变更需审批', 'A change after the period starts needs approval') }),
    col('changeApproval', '变更审批', 'Change approval', T.enum('approval'), { hint: HINTS.approval }),
    col('rowKey', '_键', '_Key', T.formula(rowKey, 'text'), { width: 14 }),
  ],
};

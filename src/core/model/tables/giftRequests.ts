import type { TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';

const approval = (key: string, zh: string, en: string, width: number) =>
  col(key, zh, en, T.enum('approval'), { width, hint: HINTS.approval });

/**
 * 礼品馈赠申请表 (000 §3.3.4-5). A gift may be given only when all four approvals are 同意 before
 * 馈赠日期 (rule G-APPROVAL), and the requests on a plan stay within its budget (G-BUDGET).
 */
export const GIFT_REQUESTS: TableSpec = {
  name: 'GiftRequests',
  source: '000 §3.3.4-5 礼品馈赠申请表',
  columns: [
    col('requestId', '申请编号', 'Request no.', T.id('LS-001'), {
      required: true,
      hint: hint('每个申请唯一,如 LS-001', 'Unique, e.g. LS-001'),
    }),
    col('planId', '关联计划编号', 'Plan no.', T.ref('GiftPlans', 'planId'), {
      required: true,
      hint: hint('礼品计划表中的计划编号', 'A plan number from GiftPlans'),
    }),
    col('dept', '礼品馈赠申请部门', 'Requesting dept.', T.text, { required: true }),
    col('giftDept', '礼品管理部门', 'Gift admin dept.', T.text),
    col('giftDate', '馈赠日期', 'Gift date', T.date, {
      required: true,
      hint: hint('四项审批均须在此日期前为 同意', 'All four approvals must be 同意 before this date'),
    }),
    col('recipient', '馈赠对象', 'Recipient org.', T.ref('Customers', 'name'), {
      required: true,
      width: 28,
      // The plan's customer, overwritable.
      prefill: (f) =>
        `=IFERROR(INDEX(${f.column('GiftPlans', 'customer')},MATCH(${f.thisRow('planId')},${f.column('GiftPlans', 'planId')},0))&"","")`,
      hint: HINTS.customer,
    }),
    col('receiver', '礼品收受人员', 'Received by', T.text, { required: true, width: 14 }),
    col('gift', '礼品名称', 'Gift', T.text, { required: true, width: 18 }),
    col('quantity', '数量', 'Quantity', T.int(1), { required: true, hint: hint('正整数', 'A whole number ≥ 1') }),
    col('value', '价值(元)', 'Value (CNY)', T.money, { required: true, hint: HINTS.yuan }),
    col('remark', '备注', 'Remark', T.text, { width: 20 }),
    col('filledBy', '填表人', 'Filled in by', T.text, { required: true, width: 10 }),
    approval('deptHeadApproval', '部门主管审批', 'Dept. head', 15),
    approval('giftAdminApproval', '礼品管理人员审批', 'Gift admin', 19),
    approval('officeApproval', '办公室主任审批', 'Office director', 17),
    approval('deputyApproval', '副经理审批', 'Deputy manager', 14),
  ],
};

import type { FormulaContext, FormulaTemplate, TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';
import { MONEY_FORMAT } from '../numberFormats';

/** The money columns that 合计 adds up, in table order. */
export const RECEPTION_REPORT_COSTS = ['meeting', 'meals', 'lodging', 'gifts', 'transport'] as const;

/** Looks a column of the linked request up by 关联申请编号; blank when there is none. */
const fromRequest =
  (key: string): FormulaTemplate =>
  (f: FormulaContext) =>
  `=IFERROR(INDEX(${f.column('ReceptionRequests', key)},MATCH(${f.thisRow('requestId')},${f.column('ReceptionRequests', 'requestId')},0))&"","")`;

const review = (key: string, zh: string, en: string) =>
  col(key, zh, en, T.enum('approval'), { width: 14, hint: HINTS.approval });

/** 客户接待报告表 (000 §3.3.4-7): no reception report, no reimbursement (000 §3.3.3-五-2). */
export const RECEPTION_REPORTS: TableSpec = {
  name: 'ReceptionReports',
  source: '000 §3.3.4-7 客户接待报告表',
  columns: [
    col('reportId', '报告编号', 'Report no.', T.id('BG-001'), {
      required: true,
      hint: hint('每份报告唯一,如 BG-001', 'Unique, e.g. BG-001'),
    }),
    col('requestId', '关联申请编号', 'Request no.', T.ref('ReceptionRequests', 'requestId'), {
      required: true,
      hint: hint('接待申请表中的申请编号', 'A request number from ReceptionRequests'),
    }),
    col('customer', '客户名称', 'Customer', T.ref('Customers', 'name'), {
      required: true,
      width: 28,
      prefill: fromRequest('customer'),
      hint: HINTS.customer,
    }),
    col('receptionDate', '招待日期', 'Reception date', T.date, { required: true, hint: HINTS.date }),
    col('reporter', '报告人', 'Reported by', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col('purpose', '招待目的', 'Purpose', T.text, { width: 26, prefill: fromRequest('purpose') }),
    col('place', '招待地点', 'Venue', T.text, { width: 20 }),
    col('reportDate', '报告时间', 'Reported on', T.date, { required: true, hint: HINTS.date }),
    col('meeting', '会议费', 'Meetings', T.money, { hint: HINTS.yuan }),
    col('meals', '用餐费', 'Meals', T.money, { hint: HINTS.yuan }),
    col('lodging', '住宿费', 'Lodging', T.money, { hint: HINTS.yuan }),
    col('gifts', '礼品费', 'Gifts', T.money, { hint: HINTS.yuan }),
    col('transport', '交通费', 'Transport', T.money, { hint: HINTS.yuan }),
    col(
      'total',
      '合计',
      'Total (CNY)',
      T.formula((f) => `=SUM(${RECEPTION_REPORT_COSTS.map((k) => f.thisRow(k)).join(',')})`, 'number'),
      { numberFormat: MONEY_FORMAT, width: 13 },
    ),
    col('customerAttendees', '客户同席人员名单', 'Customer attendees', T.text, { width: 22 }),
    col('ourAttendees', '本公司同席人员名单', 'Our attendees', T.text, { width: 22 }),
    col('notes', '注意事项', 'Notes', T.text, { width: 24 }),
    col('infoWanted', '想要搜集的信息', 'Information sought', T.text, { width: 24 }),
    col('effect', '接待效果', 'Outcome', T.text, { width: 24 }),
    col('futureUse', '如何用于今后的活动', 'Use in future work', T.text, { width: 24 }),
    review('directorReview', '大客户总监审核', "Director's review"),
    review('gmReview', '总经理审核', "GM's review"),
    review('financeReview', '财务部审核', 'Finance review'),
  ],
};

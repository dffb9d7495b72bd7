import type { TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';
import { MONEY_FORMAT } from '../numberFormats';

/** The money columns that 合计 adds up, in table order. */
export const RECEPTION_REQUEST_COSTS = ['hospitality', 'meeting', 'ceremony', 'gifts', 'other'] as const;

/**
 * 客户接待申请表 (000 §3.3.4-6). An approved request whose date has passed needs a ReceptionReports
 * row (R-REPORT); the report's 合计 must not exceed this one (R-OVERSPEND).
 */
export const RECEPTION_REQUESTS: TableSpec = {
  name: 'ReceptionRequests',
  source: '000 §3.3.4-6 客户接待申请表',
  columns: [
    col('requestId', '申请编号', 'Request no.', T.id('JD-001'), {
      required: true,
      hint: hint('每个申请唯一,如 JD-001;接待报告按此编号关联', 'Unique, e.g. JD-001; the report links to it'),
    }),
    col('customer', '客户名', 'Customer', T.ref('Customers', 'name'), { required: true, width: 28, hint: HINTS.customer }),
    col('receptionDate', '接待时间', 'Reception date', T.date, {
      required: true,
      hint: hint('接待结束后须提交接待报告', 'A reception report is due once this date has passed'),
    }),
    col('execution', '执行情况', 'Execution', T.enum('execution')),
    col('costType', '费用类型', 'Cost borne by', T.enum('costType')),
    col('hospitality', '招待费用', 'Hospitality', T.money, { hint: HINTS.yuan }),
    col('meeting', '会议费用', 'Meetings', T.money, { hint: HINTS.yuan }),
    col('ceremony', '典礼费用', 'Ceremonies', T.money, { hint: HINTS.yuan }),
    col('gifts', '礼品费用', 'Gifts', T.money, { hint: HINTS.yuan }),
    col('other', '其他费用', 'Other', T.money, { hint: HINTS.yuan }),
    col(
      'total',
      '合计',
      'Total (CNY)',
      // SUM over cell references skips text, so a stray note in a cost cell doesn't give #VALUE!.
      T.formula((f) => `=SUM(${RECEPTION_REQUEST_COSTS.map((k) => f.thisRow(k)).join(',')})`, 'number'),
      { numberFormat: MONEY_FORMAT, width: 13 },
    ),
    col('purpose', '招待目的', 'Purpose', T.enum('receptionPurpose'), { required: true, width: 26 }),
    col('grade', '客户接待档次', 'Grade', T.enum('receptionGrade'), {
      required: true,
      hint: hint('高档:高级饭店;中档:中高档餐馆;低档:大众用餐场所', 'High: fine dining; mid: good restaurant; low: casual'),
    }),
    col('applicant', '申请人', 'Applicant', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col('applyDate', '申请日期', 'Applied on', T.date, { required: true, hint: HINTS.date }),
    col('directorReview', '大客户总监审核', "Director's review", T.enum('approval'), {
      width: 16,
      hint: hint('须在接待时间之前为 同意', 'Should be 同意 before the reception date'),
    }),
    col('financeReview', '财务部经理审核', 'Finance review', T.enum('approval'), { width: 16, hint: HINTS.approval }),
  ],
};

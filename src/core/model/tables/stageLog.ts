import type { TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';

/** 备注 of the StageLog rows that an upgrade moves out of a v1 Customers.开发阶段 (SPEC §2.1). */
export const MIGRATED_REMARK = '由客户档案迁移';

/**
 * 开发阶段 / Pipeline: one row per stage change (000 §3.2.1–3.2.3, 五个开发阶段; 004 ch. 5 销售漏斗).
 * Customers.开发阶段 and 成交日期 are computed from it (src/core/model/tables/customers.ts).
 */
export const STAGE_LOG: TableSpec = {
  name: 'StageLog',
  source: '000 §3.2.1–3.2.3; 004 ch. 5 销售漏斗',
  columns: [
    col('customer', '客户', 'Customer', T.ref('Customers', 'name'), { required: true, width: 28, hint: HINTS.customer }),
    col('date', '日期', 'Date', T.date, {
      required: true,
      hint: hint('进入该阶段的日期;不早于建档日期,不晚于今天', 'When the stage was reached; not before the file was created, not in the future'),
    }),
    col('stage', '阶段', 'Stage', T.enum('devStage'), {
      required: true,
      width: 11,
      hint: hint('客户当前阶段取最后日期的一行', "A customer's stage is that of its latest row"),
    }),
    col('nextStep', '下一步', 'Next step', T.text, { width: 28 }),
    col('nextVisit', '下次拜访日期', 'Next visit', T.date, { hint: HINTS.date }),
    col('recorder', '记录人', 'Recorded by', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col('remark', '备注', 'Remark', T.text, { width: 20 }),
  ],
};

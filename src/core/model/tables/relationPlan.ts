import type { TableSpec } from '../types';
import { col, HINTS, T } from './build';

/** 客户关系强化表 (000 §3.3.4-3): per customer and level, how the relationship is to be strengthened. */
export const RELATION_PLAN: TableSpec = {
  name: 'RelationPlan',
  source: '000 §3.3.4-3 客户关系强化表',
  columns: [
    col('customer', '客户', 'Customer', T.ref('Customers', 'name'), { required: true, width: 28, hint: HINTS.customer }),
    col('level', '层级', 'Level', T.enum('relationLevel'), { required: true }),
    col('relation', '客户关系', 'Relationship', T.text, { width: 16 }),
    col('influence', '强化影响力', 'Influence to build', T.text, { width: 22 }),
    col('competitorRelation', '同关键竞争对手关系', 'Ties to key competitor', T.text, { width: 22 }),
    col('owner', '本公司相关负责人员', 'Our owner', T.ref('Staff', 'name'), { width: 18, hint: HINTS.staff }),
    col('measures', '强化措施', 'Measures', T.text, { width: 32 }),
    col('schedule', '时间安排', 'Scheduled', T.date, { hint: HINTS.date }),
    col('remark', '备注', 'Remark', T.text, { width: 20 }),
  ],
};

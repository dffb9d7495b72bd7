import type { TableSpec } from '../types';
import { col, HINTS, T } from './build';

/** 第三部分:持续支持跟进 of the 客户档案表, one row per follow-up (the form's 跟进时间 1, 2, 3…). */
export const FOLLOW_UPS: TableSpec = {
  name: 'FollowUps',
  source: '000 §3.3.4-1 第三部分',
  columns: [
    col('customerId', '档案编号', 'File no.', T.ref('Customers', 'customerId'), { required: true, hint: HINTS.customerId }),
    col('date', '跟进日期', 'Date', T.date, { required: true, hint: HINTS.date }),
    col('progress', '项目发展进度与存在的问题', 'Progress and open issues', T.text, { required: true, width: 40 }),
    col('handling', '问题跟进人意见、处理方式', 'Opinion and handling', T.text, { width: 40 }),
    col('follower', '跟进人', 'Followed up by', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
  ],
};

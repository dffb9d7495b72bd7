import type { TableSpec } from '../types';
import { col, HINTS, T } from './build';

/** 竞争对手信息 of the 客户档案表 (000 §3.3.4-1): who else courts the customer. */
export const COMPETITORS: TableSpec = {
  name: 'Competitors',
  source: '000 §3.3.4-1 竞争对手信息',
  columns: [
    col('customerId', '档案编号', 'File no.', T.ref('Customers', 'customerId'), { required: true, hint: HINTS.customerId }),
    col('company', '企业名称', 'Competitor', T.text, { required: true, width: 28 }),
    col('products', '主要产品', 'Main products', T.text, { width: 28 }),
    col('closeness', '亲密程度', 'Closeness to customer', T.rating, { hint: HINTS.rating }),
  ],
};

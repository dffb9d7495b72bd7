/**
 * The whole workbook model: which sheet holds which tables, in which order.
 * Bump MODEL_VERSION whenever a sheet, table, column or list is added; generate upgrades older books.
 */
import type { SheetSpec, WorkbookModel } from './types';
import { LISTS } from './lists';
import { STAFF } from './tables/staff';
import { KPI_PARAMS } from './tables/kpiParams';
import { CUSTOMERS } from './tables/customers';
import { CONTACTS } from './tables/contacts';
import { COMPETITORS } from './tables/competitors';
import { FOLLOW_UPS } from './tables/followUps';
import { VISITS } from './tables/visits';
import { VISIT_DAILY } from './tables/visitDaily';
import { RELATION_PLAN } from './tables/relationPlan';
import { GIFT_PLANS } from './tables/giftPlans';
import { GIFT_REQUESTS } from './tables/giftRequests';
import { RECEPTION_REQUESTS } from './tables/receptionRequests';
import { RECEPTION_REPORTS } from './tables/receptionReports';
import { CUSTOMER_VALUE } from '../kpi/customerValueTable';
import { KPI_TABLES } from '../kpi/tables';

export const MODEL_VERSION = 2;

const sheet = (key: string, zh: string, en: string, tables: SheetSpec['tables'], tabColor?: string): SheetSpec => ({
  key,
  name: { zh, en },
  tables,
  ...(tabColor ? { tabColor } : {}),
});

export const SHEETS: readonly SheetSpec[] = [
  sheet('settings', '员工与参数', 'Settings', [STAFF, KPI_PARAMS], '7F7F7F'),
  sheet('customers', '客户档案', 'Customers', [CUSTOMERS], '217346'),
  sheet('contacts', '联系人与决策链', 'Contacts', [CONTACTS], '217346'),
  sheet('competitors', '竞争对手', 'Competitors', [COMPETITORS], '217346'),
  sheet('followUps', '跟进记录', 'Follow-ups', [FOLLOW_UPS], '217346'),
  sheet('customerValue', '客户价值评估', 'Customer value', [CUSTOMER_VALUE], '217346'),
  sheet('visits', '拜访日报', 'Visit log', [VISITS, VISIT_DAILY], '2F75B5'),
  sheet('relationPlan', '关系强化', 'Relationship plan', [RELATION_PLAN], '2F75B5'),
  sheet('giftPlans', '礼品计划', 'Gift plan', [GIFT_PLANS], 'BF8F00'),
  sheet('giftRequests', '礼品申请', 'Gift requests', [GIFT_REQUESTS], 'BF8F00'),
  sheet('receptionRequests', '接待申请', 'Reception requests', [RECEPTION_REQUESTS], 'C55A11'),
  sheet('receptionReports', '接待报告', 'Reception reports', [RECEPTION_REPORTS], 'C55A11'),
  sheet('kpi', '绩效考核', 'KPI', KPI_TABLES, '7030A0'),
  sheet('dashboard', '仪表板', 'Dashboard', [], '7030A0'),
];

export const WORKBOOK_MODEL: WorkbookModel = {
  version: MODEL_VERSION,
  sheets: SHEETS,
  lists: LISTS,
};

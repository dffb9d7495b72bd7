/** The eight print views of SPEC §2.2, laid out like the seed forms (000 §3.3.4, 004 ch. 3). */
import type { ViewSpec } from './types';

const t = (zh: string, en: string) => ({ zh, en });
const f = (...keys: string[]) => keys.map((key) => ({ key }));
const wide = (...keys: string[]) => keys.map((key) => ({ key, wide: true }));

/**
 * Six grid columns, portrait: two label/value pairs a row, each value with a spill column for long
 * text. The page is scaled to fit, so widths trade legibility against cut-off text.
 */
const SIX = [18, 16, 16, 18, 16, 16];

export const PRINT_VIEWS: readonly ViewSpec[] = [
  {
    id: 'customer-file',
    sheet: t('打印-客户档案表', 'Print - Customer file'),
    title: t('客户档案表', 'Customer file'),
    table: 'Customers',
    recordKey: 'customerId',
    keys: [{ label: t('档案编号', 'File no.'), kind: 'text', source: { table: 'Customers', column: 'customerId' } }],
    parts: [
      {
        kind: 'fields',
        title: t('第一部分:大客户情况', 'Part 1: the account'),
        fields: [
          ...f('createdDate', 'name', 'enterpriseType', 'industry', 'mainBusiness', 'industryPosition', 'foundedYear', 'address', 'phone'),
          ...f('mainContact', 'projects', 'customerClass', 'devStage', 'monthlyVolume', 'owner', 'creditLevel', 'payAttitude'),
        ],
      },
      {
        kind: 'fields',
        title: t('第二部分:项目调研', 'Part 2: project research'),
        fields: [
          ...f('hasBudget', 'budgetCategory', 'budgetAmount', 'hasPlan', 'planDate', 'projectGoal', 'expectedDate', 'successRate'),
          ...f('expectedFunds', 'needTrial', 'tender', 'projectManager', 'accountManager', 'techLead', 'specialist', 'complaintHandler'),
          ...wide('feasibility', 'techRisk', 'followerOpinion', 'directorOpinion', 'gmOpinion'),
        ],
      },
      {
        kind: 'list',
        title: t('决策链与联系人', 'Decision chain and contacts'),
        table: 'Contacts',
        match: [{ column: 'customerId', key: 0 }],
        columns: f('name', 'title', 'phone', 'role', 'level', 'closeness'),
        rows: 6,
      },
      {
        kind: 'list',
        title: t('竞争对手信息', 'Competitors'),
        table: 'Competitors',
        match: [{ column: 'customerId', key: 0 }],
        columns: [{ key: 'company', span: 2 }, { key: 'products', span: 3 }, { key: 'closeness' }],
        rows: 3,
      },
      {
        kind: 'list',
        title: t('第三部分:持续支持跟进', 'Part 3: follow-ups'),
        table: 'FollowUps',
        match: [{ column: 'customerId', key: 0 }],
        columns: [
          { key: 'date' },
          { key: 'progress', span: 5 },
          { key: 'handling', span: 4, line: 1, at: 2 },
          { key: 'follower', line: 1, at: 6 },
        ],
        rows: 10,
      },
    ],
    widths: SIX,
    orientation: 'portrait',
    tables: ['Customers', 'Contacts', 'Competitors', 'FollowUps'],
  },
  {
    id: 'visit-day',
    sheet: t('打印-客户拜访日报表', 'Print - Visit day'),
    title: t('客户拜访日报表', 'Daily visit report'),
    keys: [
      { label: t('填表人', 'Reporter'), kind: 'text', source: { table: 'Staff', column: 'name' } },
      { label: t('日期', 'Date'), kind: 'date' },
    ],
    parts: [
      { kind: 'visitDay' },
      {
        kind: 'list',
        title: t('拜访记录', 'Visits'),
        table: 'Visits',
        match: [
          { column: 'reporter', key: 0 },
          { column: 'date', key: 1 },
        ],
        columns: f('customer', 'interviewee', 'plan', 'summary', 'result', 'problemStatus', 'companions', 'expenseItem', 'amount', 'remark'),
        rows: 15,
      },
    ],
    widths: [28, 10, 12, 40, 12, 9, 10, 10, 10, 16],
    orientation: 'landscape',
    tables: ['Visits', 'Staff'],
  },
  {
    id: 'relation-plan',
    sheet: t('打印-客户关系强化表', 'Print - Relationship plan'),
    title: t('客户关系强化表', 'Relationship plan'),
    keys: [{ label: t('客户', 'Customer'), kind: 'text', source: { table: 'Customers', column: 'name' } }],
    parts: [
      {
        kind: 'list',
        title: t('关系强化项目', 'Plan rows'),
        table: 'RelationPlan',
        match: [{ column: 'customer', key: 0 }],
        columns: f('level', 'relation', 'influence', 'competitorRelation', 'owner', 'measures', 'schedule', 'remark'),
        rows: 15,
      },
    ],
    widths: [12, 18, 18, 18, 16, 32, 12, 16],
    orientation: 'landscape',
    tables: ['RelationPlan', 'Customers'],
  },
  {
    id: 'gift-plan',
    sheet: t('打印-礼品馈赠计划表', 'Print - Gift plan'),
    title: t('礼品馈赠计划表', 'Gift plan'),
    table: 'GiftPlans',
    recordKey: 'planId',
    keys: [{ label: t('计划编号', 'Plan no.'), kind: 'text', source: { table: 'GiftPlans', column: 'planId' } }],
    parts: [{ kind: 'fields', fields: [...f('customer', 'industry', 'contactName', 'cooperation', 'gift', 'quantity', 'budget'), ...wide('purpose', 'remark')] }],
    widths: SIX,
    orientation: 'portrait',
    tables: ['GiftPlans'],
  },
  {
    id: 'gift-request',
    sheet: t('打印-礼品馈赠申请表', 'Print - Gift request'),
    title: t('礼品馈赠申请表', 'Gift request'),
    table: 'GiftRequests',
    recordKey: 'requestId',
    keys: [{ label: t('申请编号', 'Request no.'), kind: 'text', source: { table: 'GiftRequests', column: 'requestId' } }],
    parts: [
      {
        kind: 'fields',
        fields: [...f('planId', 'dept', 'giftDept', 'giftDate', 'recipient', 'receiver', 'gift', 'quantity', 'value', 'filledBy'), ...wide('remark')],
      },
      {
        kind: 'approvals',
        title: t('审批', 'Approvals'),
        columns: ['deptHeadApproval', 'giftAdminApproval', 'officeApproval', 'deputyApproval'],
      },
    ],
    widths: SIX,
    orientation: 'portrait',
    tables: ['GiftRequests'],
  },
  {
    id: 'reception-request',
    sheet: t('打印-客户接待申请表', 'Print - Reception request'),
    title: t('客户接待申请表', 'Reception request'),
    table: 'ReceptionRequests',
    recordKey: 'requestId',
    keys: [{ label: t('申请编号', 'Request no.'), kind: 'text', source: { table: 'ReceptionRequests', column: 'requestId' } }],
    parts: [
      { kind: 'fields', fields: [...f('customer', 'receptionDate', 'execution', 'costType', 'grade', 'applyDate'), ...wide('purpose')] },
      {
        kind: 'fields',
        title: t('费用明细(元)', 'Costs (CNY)'),
        fields: f('hospitality', 'meeting', 'ceremony', 'gifts', 'other', 'total'),
      },
      { kind: 'approvals', title: t('审核', 'Approvals'), columns: ['applicant', 'directorReview', 'financeReview'] },
    ],
    widths: SIX,
    orientation: 'portrait',
    tables: ['ReceptionRequests'],
  },
  {
    id: 'reception-report',
    sheet: t('打印-客户接待报告表', 'Print - Reception report'),
    title: t('客户接待报告表', 'Reception report'),
    table: 'ReceptionReports',
    recordKey: 'reportId',
    keys: [{ label: t('报告编号', 'Report no.'), kind: 'text', source: { table: 'ReceptionReports', column: 'reportId' } }],
    parts: [
      { kind: 'fields', fields: [...f('requestId', 'customer', 'receptionDate', 'reporter', 'place', 'reportDate'), ...wide('purpose')] },
      {
        kind: 'fields',
        title: t('支出费用报告(元)', 'Expenses (CNY)'),
        fields: f('meeting', 'meals', 'lodging', 'gifts', 'transport', 'total'),
      },
      { kind: 'fields', fields: wide('customerAttendees', 'ourAttendees', 'notes', 'infoWanted', 'effect', 'futureUse') },
      { kind: 'approvals', title: t('审核', 'Reviews'), columns: ['directorReview', 'gmReview', 'financeReview'] },
    ],
    widths: SIX,
    orientation: 'portrait',
    tables: ['ReceptionReports'],
  },
  {
    id: 'kpi-sheet',
    sheet: t('打印-工作绩效考核表', 'Print - KPI sheet'),
    title: t('工作绩效考核表', 'Performance review sheet'),
    keys: [
      { label: t('期间', 'Period'), kind: 'period', source: { table: 'KpiSummary', column: 'period' } },
      { label: t('工号', 'Staff ID'), kind: 'text', source: { table: 'Staff', column: 'staffId' } },
    ],
    parts: [{ kind: 'kpi' }],
    // Item names run to 14 characters (人员重大流失或项目无报备流失).
    widths: [28, 14, 12, 28, 14, 12],
    orientation: 'portrait',
    tables: ['KpiS1', 'KpiL1', 'KpiL3', 'KpiL4', 'KpiSummary', 'Staff'],
  },
];

export function viewById(id: string): ViewSpec | undefined {
  return PRINT_VIEWS.find((v) => v.id === id);
}

import type { FormulaTemplate, TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';
import { deptOf } from './ledgerHelpers';

/** The stage that counts as landed (004 新增客户(落地)). */
export const LANDED_STAGE = '已成交';

/**
 * This customer's StageLog rows with a real date: an array of 1/0 for AGGREGATE and LOOKUP. Names
 * compare case-insensitively (Excel's "="), as the reference (src/core/kpi/pipeline.ts) does.
 */
const mine = (f: Parameters<FormulaTemplate>[0]): string =>
  `(${f.column('StageLog', 'customer')}=${f.thisRow('name')})*ISNUMBER(${f.column('StageLog', 'date')})`;

/**
 * _末次: the latest real 日期 among the customer's StageLog rows (AGGREGATE 14 = LARGE, errors
 * ignored: other customers' rows divide by 0), "" when none. A helper so that 开发阶段 reads it once
 * instead of recomputing it inside its own array expression. O(StageLog) per customer.
 */
const lastDateFormula: FormulaTemplate = (f) =>
  `=IF(TRIM(${f.thisRow('name')})="","",IFERROR(AGGREGATE(14,6,${f.column('StageLog', 'date')}/(${mine(f)}),1),""))`;

/**
 * 开发阶段 = 阶段 of the customer's last StageLog row: the row whose 日期 is _末次 (the latest date),
 * ties going to the later row (LOOKUP(2, 1/…) returns the last match). So the result does not
 * depend on how StageLog is sorted, except between rows of the same customer and date. Excel 2016:
 * AGGREGATE's array form and LOOKUP need no CSE. Cost: one pass over StageLog per customer here and
 * one in _末次, O(customers × StageLog) per recalculation; fine for a few hundred customers and a
 * few thousand stage rows.
 */
const stageFormula: FormulaTemplate = (f) => {
  const last = f.thisRow('lastDate');
  const at = `LOOKUP(2,1/((${f.column('StageLog', 'customer')}=${f.thisRow('name')})*(${f.column('StageLog', 'date')}=${last})),${f.column('StageLog', 'stage')})`;
  return `=IF(NOT(ISNUMBER(${last})),"",IFERROR(${at}&"",""))`;
};

/**
 * 成交日期 = the earliest StageLog 日期 of this customer with 阶段 = 已成交 (AGGREGATE 15 = SMALL),
 * "" when there is none. A customer landed twice counts from its first landing. O(StageLog) per
 * customer, as 开发阶段.
 */
const landedFormula: FormulaTemplate = (f) => {
  const first = `AGGREGATE(15,6,${f.column('StageLog', 'date')}/((${mine(f)})*(${f.column('StageLog', 'stage')}=${f.str(LANDED_STAGE)})),1)`;
  return `=IF(TRIM(${f.thisRow('name')})="","",IFERROR(${first},""))`;
};

/** 客户档案表 parts 1–2 (000 §3.3.4-1), one row per customer. */
export const CUSTOMERS: TableSpec = {
  name: 'Customers',
  source: '000 §3.3.4-1 客户档案表',
  columns: [
    col('customerId', '档案编号', 'File no.', T.id('KH-0001'), {
      required: true,
      hint: hint('每个客户唯一,如 KH-0001', 'Unique per customer, e.g. KH-0001'),
    }),
    col('createdDate', '建档日期', 'Created', T.date, { required: true, hint: HINTS.date }),
    col('name', '客户名称', 'Customer', T.text, {
      required: true,
      width: 30,
      hint: hint('其他表按客户名称引用,请保持唯一', 'Other tables refer to this name; keep it unique'),
    }),
    col('enterpriseType', '企业性质', 'Ownership', T.enum('enterpriseType')),
    col('industry', '所在行业', 'Industry', T.enum('industry'), { width: 14 }),
    col('mainBusiness', '主营业务范围', 'Main business', T.text, { width: 24 }),
    col('industryPosition', '行业地位', 'Standing', T.enum('industryPosition')),
    col('foundedYear', '成立年代', 'Founded', T.int(1800, 2100), {
      hint: hint('四位年份,如 2008', 'Four-digit year, e.g. 2008'),
    }),
    col('address', '地址', 'Address', T.text, { width: 30 }),
    col('phone', '电话', 'Phone', T.phone, { hint: HINTS.phone }),
    col('mainContact', '常用联系人', 'Main contact', T.text, { width: 12 }),
    col('projects', '合作项目', 'Projects', T.text, { width: 20 }),
    col('customerClass', '客户类别', 'Class', T.enum('customerClass'), { width: 12 }),
    col('devStage', '开发阶段', 'Stage', T.formula(stageFormula, 'text'), { width: 11 }),
    col('landedDate', '成交日期', 'Landed on', T.formula(landedFormula, 'date'), { width: 12 }),
    col('monthlyVolume', '月业务量(万元)', 'Monthly volume (10k CNY)', T.money, {
      hint: hint('万元;20 万以上由项目营销高级经理及以上负责,50 万以上由副总经理及以上负责', '10k CNY; ≥ 20 needs a senior manager, > 50 a deputy GM or above as owner'),
    }),
    col('owner', '负责人', 'Owner', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col('hasBudget', '是否有项目预算', 'Has budget', T.yesno),
    col('budgetCategory', '预算资金类别', 'Budget type', T.text),
    col('budgetAmount', '预算金额(万元)', 'Budget (10k CNY)', T.money, { hint: HINTS.wan }),
    col('hasPlan', '是否有实施计划', 'Has plan', T.yesno),
    col('planDate', '计划时间', 'Plan date', T.date, { hint: HINTS.date }),
    col('projectGoal', '项目预期目标', 'Project goal', T.text, { width: 24 }),
    col('expectedDate', '预期时间', 'Expected by', T.date, { hint: HINTS.date }),
    col('successRate', '成功率', 'Success rate (%)', T.pct, {
      hint: hint('0–100 的百分数,不带 % 号', 'A percentage 0–100, without the % sign'),
    }),
    col('expectedFunds', '预计项目资金(万元)', 'Expected funds (10k CNY)', T.money, { hint: HINTS.wan }),
    col('needTrial', '是否需要试用', 'Needs trial', T.yesno),
    col('tender', '是否招标', 'Tender', T.yesno),
    col('creditLevel', '信用等级', 'Credit', T.enum('creditLevel')),
    col('payAttitude', '付款态度', 'Payment attitude', T.enum('payAttitude'), { width: 12 }),
    col('projectManager', '项目经理', 'Project manager', T.text, { width: 10 }),
    col('accountManager', '客户经理', 'Account manager', T.text, { width: 10 }),
    col('techLead', '技术/实施', 'Tech / delivery', T.text, { width: 10 }),
    col('specialist', '客户专员', 'Account specialist', T.text, { width: 10 }),
    col('complaintHandler', '投诉受理人', 'Complaints', T.text, { width: 10 }),
    col('feasibility', '可行性评估', 'Feasibility', T.text, { width: 24 }),
    col('techRisk', '技术风险评估', 'Technical risk', T.text, { width: 24 }),
    col('followerOpinion', '跟进人员意见', 'Follow-up opinion', T.text, { width: 24 }),
    col('directorOpinion', '大客户总监意见', "Director's opinion", T.text, { width: 24 }),
    col('gmOpinion', '总经理意见', "GM's opinion", T.text, { width: 24 }),
    // Helper for the department pre-fill 实际新增落地客户数 (L4): one COUNTIFS per KPI cell.
    col('dept', '_部门', '_Dept', T.formula(deptOf('owner'), 'text'), { width: 10 }),
    col('lastDate', '_末次', '_LastStage', T.formula(lastDateFormula, 'date'), { width: 12 }),
  ],
};

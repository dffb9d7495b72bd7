import type { FormulaTemplate, TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';
import { INT_FORMAT } from '../numberFormats';

/** 星期 as data: the zh names in both languages, as on the seed's form. Index 0 is Sunday. */
export const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** Days after a visit by which the customer should be visited or followed up again (000 §3.3.3-四-5). */
export const REVISIT_DAYS = 7;

/**
 * `x` (a formula expression giving text) as a COUNTIF(S) or MATCH pattern that matches only itself:
 * both engines read `*`, `?` and `~` in a lookup value or criterion as wildcards, `~` escaping them.
 */
export function wildcardLiteral(x: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${x},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * _月序: the visit's month as year × 12 + month − 1 (as the Kpi tables' _月序), or "" without a
 * date. A number, so that _首访 finds a month's first row with a numeric MATCH.
 */
const monthKey: FormulaTemplate = (f) => {
  const d = f.thisRow('date');
  return `=IFERROR(IF(ISNUMBER(${d}),YEAR(${d})*12+MONTH(${d})-1,""),"")`;
};

/** Defined name of the cell (on the Lists sheet) that says whether Visits is in date order. */
export const VISITS_IN_ORDER_NAME = 'Visits_InOrder';
/** Where that cell sits: Lists!B4, beside the meta pairs in A1:B3 (A4 holds its key). */
export const VISITS_IN_ORDER_CELL = { row: 4, col: 2, key: 'visitsInOrder' } as const;

/** Largest Staff / Customers row index that the numeric _月键 can hold (2^14 and 2^20 slots). */
const STAFF_SLOTS = 16384;
const CUSTOMER_SLOTS = 1048576;

/**
 * Visits_InOrder (one cell, not a column): TRUE when _月序 never decreases from one row to the
 * next, dateless rows ("" sorts after numbers) only at the end. Cost: one pass over the column,
 * once per recalculation, so the per-row formulas can trust a binary search when it is TRUE.
 */
export const visitsInOrderFormula: FormulaTemplate = (f) => {
  const m = f.column('Visits', 'monthKey');
  const n = `ROWS(${m})`;
  return `=IFERROR(SUMPRODUCT(--(INDEX(${m},2):INDEX(${m},${n})<INDEX(${m},1):INDEX(${m},${n}-1)))=0,TRUE)`;
};

/**
 * _月键: the visit's (填表人, 客户, month) as one value, or "" when the visit has no date, no text
 * 填表人 or a blank 客户 (TRIM(x)=""). A NUMBER when both names are found in Staff and Customers
 * (exact MATCH, wildcards escaped, case-insensitive as the reference): _月序 × 2^34 + staff row ×
 * 2^20 + customer row, exact in a double (< 2^53 up to the year 9999); numbers compare far faster
 * than text in _首访. Otherwise the text LEN(填表人)|填表人|客户|_月序 (the reporter's length keeps
 * it unambiguous when a name contains "|"). The same texts always give the same kind of key.
 * Cost: two exact MATCHes per row (Staff, Customers), only when this row changes.
 */
const visitKey: FormulaTemplate = (f) => {
  const [m, r, c] = [f.thisRow('monthKey'), f.thisRow('reporter'), f.thisRow('customer')];
  const staff = `MATCH(${wildcardLiteral(r)},${f.column('Staff', 'name')},0)`;
  const customer = `MATCH(${wildcardLiteral(c)},${f.column('Customers', 'name')},0)`;
  const text = `LEN(${r})&"|"&${r}&"|"&${c}&"|"&${m}`;
  const num = `IF(AND(${staff}<${STAFF_SLOTS},${customer}<${CUSTOMER_SLOTS}),(${m}*${STAFF_SLOTS}+${staff})*${CUSTOMER_SLOTS}+${customer},${text})`;
  return `=IFERROR(IF(AND(ISNUMBER(${m}),ISTEXT(${r}),TRIM(${c})<>""),IFERROR(${num},${text}),""),"")`;
};

/**
 * _首访: the visit's _月序 when no earlier row has the same _月键, else "". Each of a reporter's
 * customers then counts once per month, in one row, and the KPI prefill 有效跟进客户数 is one
 * COUNTIFS per cell (src/core/kpi/prefill.ts).
 *
 * A row with the same key has the same month. When Visits_InOrder holds, the month's rows are the
 * block that starts after the last row of an earlier month, found by a binary search
 * (MATCH(_月序 − 1, …, 1)) over the rows up to this one: the key is looked up (exact MATCH, which
 * stops at the first hit) only from the block's start to this row, so a row costs O(log n + the
 * month's rows) and a log in date order costs O(n × rows per month): linear in the log at a
 * steady rate of visits. In any other order it looks from the first row (exact, O(n) per row):
 * sorting the table never changes a result, only the time.
 *
 * Every range reaches from the column's header cell down to this row (f.upToThisRow), never a
 * whole column: a row depends only on the rows above it, so an edit of row k recalculates the
 * _首访 of rows k..n, not all of them (editing the newest rows, the usual case, costs almost
 * nothing). An edit of a 日期 or a new row still recalculates them all, through Visits_InOrder.
 * A range between two structured references and [#Headers]: "Using structured references with
 * Excel tables", https://support.microsoft.com/en-gb/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
 * With the header row turned off, [#Headers] is #REF!: the cell then shows it (the check reports
 * a formula error) rather than a silent "". Positions count from the header cell (first row = 2);
 * the block's start is 2 when the flag is FALSE or missing (#NAME?) or no earlier month exists.
 * (COUNTIF(block..this row, key) = 1 instead of the MATCH is shorter but scans the whole block:
 * 2–3× slower per edit, docs/DECISIONS.md ## s4-scale.)
 */
const firstVisit: FormulaTemplate = (f) => {
  const [m, k] = [f.thisRow('monthKey'), f.thisRow('visitKey')];
  const keys = f.upToThisRow('visitKey');
  const months = f.upToThisRow('monthKey');
  const start = `(IFERROR(IF(${VISITS_IN_ORDER_NAME},MATCH(${m}-1,INDEX(${months},2):${m},1),0),0)+2)`;
  const lookFor = `IF(ISNUMBER(${k}),${k},${wildcardLiteral(k)})`;
  const found = `MATCH(${lookFor},INDEX(${keys},${start}):${k},0)+${start}-1`;
  return `=IF(${k}="","",IF(IFERROR(${found},0)=ROWS(${keys}),${m},""))`;
};

/**
 * 客户拜访日报表 (000 §3.3.4-2), one row per visit. The form's daily totals live in VisitDaily.
 * The computed columns stay blank on a row without a date, so that Excel's empty table row and a
 * half-typed row show nothing rather than 否 or 1900-01-07. Three technical helpers follow the form's
 * columns, prefixed "_" like the Kpi tables' helpers: _月序, _月键 and _首访, for the KPI prefill.
 */
export const VISITS: TableSpec = {
  name: 'Visits',
  source: '000 §3.3.4-2 客户拜访日报表',
  columns: [
    col('date', '日期', 'Date', T.date, {
      required: true,
      hint: hint('拜访日期,不能晚于今天', 'Visit date; not after today'),
    }),
    col(
      'weekday',
      '星期',
      'Weekday',
      // CHOOSE(WEEKDAY()) instead of TEXT(…,"aaa"): TEXT's format codes depend on the locale.
      T.formula(
        (f) =>
          `=IF(ISNUMBER(${f.thisRow('date')}),CHOOSE(WEEKDAY(${f.thisRow('date')}),${WEEKDAY_NAMES.map((d) => f.str(d)).join(',')}),"")`,
        'text',
      ),
      { width: 9 },
    ),
    col('reporter', '填表人', 'Reporter', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col('supervisor', '主管', 'Supervisor', T.text, {
      width: 10,
      // The reporter's line manager from Staff; typed over when someone else supervises.
      prefill: (f) =>
        `=IFERROR(INDEX(${f.column('Staff', 'manager')},MATCH(${f.thisRow('reporter')},${f.column('Staff', 'name')},0))&"","")`,
    }),
    col('director', '总监', 'Director', T.text, { width: 10 }),
    col('customer', '客户', 'Customer', T.ref('Customers', 'name'), { required: true, width: 28, hint: HINTS.customer }),
    col('interviewee', '面谈者', 'Met with', T.text, {
      required: true,
      width: 10,
      hint: hint('写联系人表中的姓名,便于统计决策者覆盖', 'Use the name from Contacts so decider coverage counts'),
    }),
    col('plan', '商谈计划', 'Plan', T.enum('visitPlan'), {
      required: true,
      width: 12,
      hint: hint('选 b 处理问题 时请填写问题状态', 'With b (problem), also fill the problem status'),
    }),
    col('summary', '面谈概要', 'Summary', T.text, {
      width: 40,
      hint: hint('无拜访总结不得报销:有金额的行必须填写', 'No summary, no reimbursement: required when there is an amount'),
    }),
    col('result', '成果', 'Outcome', T.enum('visitResult'), {
      required: true,
      width: 12,
      hint: hint('B 或 C:7 天内需再次拜访或跟进', 'B or C: visit or follow up again within 7 days'),
    }),
    col('problemStatus', '问题状态', 'Problem status', T.enum('problemStatus'), {
      hint: hint('商谈计划为 b 处理问题 时填写', 'Fill when the plan is b (problem)'),
    }),
    col('companions', '同行者', 'Companions', T.text, { width: 12 }),
    col('expenseItem', '费用项目', 'Expense item', T.text, { width: 12 }),
    col('amount', '金额(元)', 'Amount (CNY)', T.money, { hint: HINTS.yuan }),
    col('remark', '备注', 'Remark', T.text, { width: 20 }),
    col(
      'revisitBy',
      '回访期限',
      'Revisit by',
      T.formula((f) => `=IF(ISNUMBER(${f.thisRow('date')}),${f.thisRow('date')}+${REVISIT_DAYS},"")`, 'date'),
      { width: 12 },
    ),
    col(
      'reimbursable',
      '可报销',
      'Reimbursable',
      // 是 only with a visit summary (000 §3.3.3-四-7); TRIM so that spaces alone don't count.
      T.formula(
        (f) =>
          `=IF(ISNUMBER(${f.thisRow('date')}),IF(LEN(TRIM(${f.thisRow('summary')}))>0,${f.str('是')},${f.str('否')}),"")`,
        'text',
      ),
      { width: 9 },
    ),
    col('monthKey', '_月序', '_MonthKey', T.formula(monthKey, 'number'), { numberFormat: INT_FORMAT, width: 9 }),
    col('visitKey', '_月键', '_VisitKey', T.formula(visitKey, 'text'), { width: 24 }),
    col('firstVisit', '_首访', '_FirstVisit', T.formula(firstVisit, 'number'), { numberFormat: INT_FORMAT, width: 10 }),
  ],
};

import type { FormulaContext, TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';
import { MONEY_FORMAT } from '../numberFormats';
import { VISITS_IN_ORDER_NAME } from './visits';

const PLAN_PROBLEM = 'b 处理问题';

/**
 * The daily totals of the 客户拜访日报表 (本日拜访数目, 本日处理问题, 本日未处理问题), one row per
 * (日期, 填表人). Excel 2016 has no dynamic arrays, so a formula cannot list the distinct pairs:
 * 日期 and 填表人 are inputs, typed by the user or filled by the add-in, and the totals are formulas
 * over Visits. A row is blank until both inputs are filled, because COUNTIFS treats an empty
 * criterion differently in Excel and LibreOffice.
 */
const guarded = (f: FormulaContext, body: string): string =>
  `=IF(OR(NOT(ISNUMBER(${f.thisRow('date')})),${f.thisRow('reporter')}=""),"",${body})`;

/**
 * A Visits column cut to the rows of this row's month when Visits_InOrder holds (its _月序 never
 * decreases, dateless rows last): from after the last row of an earlier month to the last row of
 * this month, two binary searches (MATCH(…, Visits[_月序], 1)); the whole column otherwise (or when
 * the flag is missing, #NAME?). The criteria on 日期 and 填表人 stay, so the count is the same
 * either way; only its cost changes: O(log n + the month's rows) per cell instead of O(n), which
 * matters because VisitDaily grows with the log too (one row per day and reporter) and a 日期 edit
 * recalculates all of it (docs/DECISIONS.md ## s4-scale). A month without visits gives a range of
 * one or two rows of other months (clamped to the table), which the 日期 criterion excludes.
 */
function inMonth(f: FormulaContext, key: string): string {
  const d = f.thisRow('date');
  const months = f.column('Visits', 'monthKey');
  const column = f.column('Visits', key);
  const month = `(YEAR(${d})*12+MONTH(${d})-1)`;
  const ordered = `IFERROR(${VISITS_IN_ORDER_NAME}=TRUE,FALSE)`;
  const first = `IF(${ordered},MIN(ROWS(${column}),IFERROR(MATCH(${month}-1,${months},1),0)+1),1)`;
  const last = `IF(${ordered},MAX(1,IFERROR(MATCH(${month},${months},1),0)),ROWS(${column}))`;
  return `INDEX(${column},${first}):INDEX(${column},${last})`;
}

/** The criteria pairs that select this row's visits. */
const sameDayAndReporter = (f: FormulaContext): string =>
  `${inMonth(f, 'date')},${f.thisRow('date')},${inMonth(f, 'reporter')},${f.thisRow('reporter')}`;

const problems = (f: FormulaContext, status: string): string =>
  guarded(
    f,
    `COUNTIFS(${sameDayAndReporter(f)},${inMonth(f, 'plan')},${f.str(PLAN_PROBLEM)},${inMonth(f, 'problemStatus')},${f.str(status)})`,
  );

export const VISIT_DAILY: TableSpec = {
  name: 'VisitDaily',
  source: '000 §3.3.4-2 客户拜访日报表 (本日合计)',
  columns: [
    col('date', '日期', 'Date', T.date, {
      required: true,
      hint: hint('每位填表人每天一行', 'One row per reporter and day'),
    }),
    col('reporter', '填表人', 'Reporter', T.ref('Staff', 'name'), { required: true, hint: HINTS.staff }),
    col(
      'visits',
      '本日拜访数目',
      'Visits today',
      T.formula((f) => guarded(f, `COUNTIFS(${sameDayAndReporter(f)})`), 'number'),
      { numberFormat: '0' },
    ),
    col('problemsHandled', '本日处理问题', 'Problems handled', T.formula((f) => problems(f, '已处理'), 'number'), {
      numberFormat: '0',
    }),
    col('problemsOpen', '本日未处理问题', 'Problems open', T.formula((f) => problems(f, '未处理'), 'number'), {
      numberFormat: '0',
    }),
    col(
      'expenses',
      '本日费用合计',
      'Expenses today (CNY)',
      T.formula((f) => guarded(f, `SUMIFS(${inMonth(f, 'amount')},${sameDayAndReporter(f)})`), 'number'),
      { numberFormat: MONEY_FORMAT, width: 14 },
    ),
  ],
};

import type { FormulaContext, TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';
import { MONEY_FORMAT } from '../numberFormats';

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

/** The criteria pairs that select this row's visits. */
const sameDayAndReporter = (f: FormulaContext): string =>
  `${f.column('Visits', 'date')},${f.thisRow('date')},${f.column('Visits', 'reporter')},${f.thisRow('reporter')}`;

const problems = (f: FormulaContext, status: string): string =>
  guarded(
    f,
    `COUNTIFS(${sameDayAndReporter(f)},${f.column('Visits', 'plan')},${f.str(PLAN_PROBLEM)},${f.column('Visits', 'problemStatus')},${f.str(status)})`,
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
      T.formula((f) => guarded(f, `SUMIFS(${f.column('Visits', 'amount')},${sameDayAndReporter(f)})`), 'number'),
      { numberFormat: MONEY_FORMAT, width: 14 },
    ),
  ],
};

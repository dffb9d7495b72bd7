/**
 * The formula compiler: scheme data → the Kpi table's columns, with Excel 2016 formulas rendered
 * through a FormulaContext (so headers follow the workbook language). Each formula mirrors the
 * reference scorer (score.ts, items.ts, inputs.ts) operation by operation.
 *
 * Column order (SPEC §4): 期间, 工号, 姓名, inputs, one score per item, 总分, 等级, 连续D次数,
 * 处理建议, 考核状态, 初评人, 初评日期, 复评人, 复评日期, then the helpers _月序, _期末, _员工行,
 * _检查, _键 and _D段 (columns.ts). No formula reads a range containing its own cell: 连续D次数 counts
 * rows in the 等级 and _D段 columns, never in its own.
 */
import type { Column, ColumnType, FormulaContext, FormulaTemplate, TableSpec } from '../model/types';
import { col } from '../model/tables/build';
import { DATE_FORMAT, INT_FORMAT, SCORE_FORMAT } from '../model/numberFormats';
import type { ItemRule, KpiInput, KpiItem, Scheme } from './types';
import { STATUS } from './types';
import { KPI_COL, scoreHeader, scoreKey } from './columns';
import { emptyX, fullStepsX, inputOkX, lit, minusSteps, staffFieldX, staffMatchX } from './formulaParts';
import { MANAGER_RANK, SUGGESTIONS } from './score';
import { prefillTemplate } from './prefill';

const formula = (fn: FormulaTemplate, result: 'number' | 'text' | 'date'): ColumnType => ({ kind: 'formula', formula: fn, result });

/**
 * _检查: 待录入 when an input is still empty, else 输入有误 when the period, the 工号 or an input
 * is wrong (or the row repeats another row's 工号 and period), else "". Exemption is left to
 * 考核状态, which outranks both.
 */
export function checkFormula(scheme: Scheme): FormulaTemplate {
  return (f) => {
    const r = (k: string) => f.thisRow(k);
    const pending = [emptyX(r(KPI_COL.period.key)), emptyX(r(KPI_COL.staffId.key))];
    for (const input of scheme.inputs) {
      const when = input.optional?.requiredWhenAbove;
      if (!when) pending.push(emptyX(r(input.key)));
      else {
        const n = r(when.input);
        pending.push(`AND(${emptyX(r(input.key))},IF(ISNUMBER(${n}),${n}>${f.param(when.limitParam)},FALSE))`);
      }
    }
    const key = r(KPI_COL.monthKey.key);
    // One row per staff member and period: a duplicate would count twice in a run of D grades.
    const unique = `COUNTIFS(${f.column(scheme.table, KPI_COL.staffId.key)},${r(KPI_COL.staffId.key)},${f.column(scheme.table, KPI_COL.monthKey.key)},${key})=1`;
    const ok = [
      `ISNUMBER(${key})`,
      `ISNUMBER(${r(KPI_COL.staffRow.key)})`,
      `IF(ISNUMBER(${key}),${unique},TRUE)`,
      ...scheme.inputs.map((i) => inputOkX(f, i)),
    ];
    const last = r(KPI_COL.periodEnd.key);
    for (const item of scheme.items) {
      const rule = item.rule;
      if (rule.kind === 'conduct') {
        const n = r(rule.unreportedCount);
        const d = r(rule.unreportedDeduction);
        ok.push(`IF(ISNUMBER(${n}),IF(ISNUMBER(${d}),OR(${n}>${f.param(rule.unreportedLimitParam)},${d}=0),TRUE),TRUE)`);
      }
      if (rule.kind === 'attendance') {
        const a = r(rule.input);
        ok.push(`IF(ISNUMBER(${a}),IF(ISNUMBER(${last}),${a}<=DAY(${last}),TRUE),TRUE)`);
      }
    }
    return `=IF(OR(${pending.join(',')}),${f.str(STATUS.pending)},IF(AND(${ok.join(',')}),"",${f.str(STATUS.invalid)}))`;
  };
}

/** 考核状态, in the order 免考 > 待录入 > 输入有误 > 正常 (the last three from _检查). */
export const statusFormula: FormulaTemplate = (f) => {
  const last = f.thisRow(KPI_COL.periodEnd.key);
  const exemptBy = (dateKey: string, monthsParam: string) => {
    const d = staffFieldX(f, dateKey);
    return `IFERROR(AND(ISNUMBER(${d}),${d}<=${last},${last}<EDATE(${d},${f.param(monthsParam)})),FALSE)`;
  };
  const exempt = `OR(${exemptBy('hireDate', 'exempt.newHireMonths')},${exemptBy('transferDate', 'exempt.transferMonths')})`;
  const check = f.thisRow(KPI_COL.check.key);
  return `=IF(${exempt},${f.str(STATUS.exempt)},IF(${check}="",${f.str(STATUS.ok)},${check}))`;
};

/** The points of one item, as an expression over this row's inputs (valid ones: status 正常). */
export function itemExpr(f: FormulaContext, item: KpiItem): string {
  const r = (k: string) => f.thisRow(k);
  const p = (id: string) => f.param(id);
  const max = item.max;
  const rule: ItemRule = item.rule;
  switch (rule.kind) {
    case 'rate': {
      const a = r(rule.actual);
      const b = r(rule.base);
      const rate = rule.zeroBase === 'rateZero' ? `IF(${b}=0,0,ROUND(${a}/${b}*100,2))` : `ROUND(${a}/${b}*100,2)`;
      const target = p(rule.targetParam);
      const step = p(rule.stepParam);
      if (rule.direction === 'atMost') {
        return `MAX(0,${minusSteps(max, rule.perStep, fullStepsX(`MAX(0,${rate}-${target})`, step))})`;
      }
      const below = `MAX(0,${minusSteps(max, rule.perStep, fullStepsX(`MAX(0,${target}-${rate})`, step))})`;
      if (!rule.bonus) return below;
      const k = rule.perStep === 1 ? '' : `${lit(rule.perStep)}*`;
      return `IF(${rate}>=${target},${lit(max)}+${k}${fullStepsX(`${rate}-${target}`, step)},${below})`;
    }
    case 'growth':
      return `MIN(${lit(max)},MAX(0,${fullStepsX(`${r(rule.actual)}-${r(rule.previous)}`, p(rule.stepParam))}))`;
    case 'newCount': {
      const a = r(rule.actual);
      const plan = r(rule.plan);
      return `IF(${a}>=${plan},${lit(max)}+(${a}-${plan}),MAX(0,${lit(max)}-${fullStepsX(`${plan}-${a}`, p(rule.stepParam))}))`;
    }
    case 'asEntered':
      return r(rule.input);
    case 'attendance':
      return `MAX(0,${lit(max)}-MAX(0,DAY(${r(KPI_COL.periodEnd.key)})-${p(rule.offsetParam)}-${r(rule.input)}))`;
    case 'conduct': {
      const late = `INT(-ROUND(${r(rule.late)}/${p(rule.lateStepParam)},6))`;
      const deduction = `IF(${r(rule.unreportedCount)}>${p(rule.unreportedLimitParam)},${r(rule.unreportedDeduction)},0)`;
      return `MAX(0,${lit(max)}+${late}-${deduction}-${p(rule.violationPointsParam)}*${r(rule.violations)})`;
    }
    case 'perCount':
      return `MAX(0,${lit(max)}-${p(rule.pointsParam)}*${r(rule.input)})`;
    case 'followStandard': {
      const position = `IFERROR(${staffFieldX(f, 'position')}&"","")`;
      const standard = `IFERROR(INDEX(${f.column('KpiParams', 'value')},MATCH("follow."&${position},${f.column('KpiParams', 'id')},0)),0)`;
      return `MAX(0,${lit(max)}-MAX(0,${standard}-${r(rule.input)}))`;
    }
    case 'zeroIfYes':
      return `IF(${r(rule.input)}="是",0,${lit(max)})`;
  }
}

/** A score cell: points when 正常, the text 输入有误 for input errors, else empty. */
function gated(f: FormulaContext, expr: string): string {
  const st = f.thisRow(KPI_COL.status.key);
  return `=IF(${st}=${f.str(STATUS.ok)},${expr},IF(${st}=${f.str(STATUS.invalid)},${f.str(STATUS.invalid)},""))`;
}

export function itemFormula(item: KpiItem): FormulaTemplate {
  return (f) => gated(f, itemExpr(f, item));
}

export function totalFormula(scheme: Scheme): FormulaTemplate {
  return (f) => gated(f, `ROUND(${scheme.items.map((i) => f.thisRow(scoreKey(i.key))).join('+')},6)`);
}

export const gradeFormula: FormulaTemplate = (f) => {
  const t = f.thisRow(KPI_COL.total.key);
  const g = (id: string) => f.param(id);
  return (
    `=IF(${f.thisRow(KPI_COL.status.key)}=${f.str(STATUS.ok)},` +
    `IF(${t}>=${g('grade.A')},"A",IF(${t}>=${g('grade.B')},"B",IF(${t}>=${g('grade.C')},"C","D"))),"")`
  );
};

/**
 * 连续D次数 without reading its own column (Excel would report a circular reference) and without
 * a depth limit, by "gaps and islands": among a staff member's D rows, month key − rank (the count
 * of D rows up to that month) is the same for consecutive months and jumps at every gap, so it
 * names the run (the _D段 helper). The run so far is the count of D rows in the same _D段 up to
 * this month. It needs one D row per staff member and month, which the status guarantees: two rows
 * of one staff member in one period are both 输入有误.
 */
export function dRunFormula(table: string): FormulaTemplate {
  return (f) => {
    const key = f.thisRow(KPI_COL.monthKey.key);
    return (
      `=IF(${f.thisRow(KPI_COL.grade.key)}="D",${key}-COUNTIFS(${f.column(table, KPI_COL.staffId.key)},${f.thisRow(KPI_COL.staffId.key)},` +
      `${f.column(table, KPI_COL.grade.key)},"D",${f.column(table, KPI_COL.monthKey.key)},"<="&${key}),"")`
    );
  };
}

export function runFormula(table: string): FormulaTemplate {
  return (f) => {
    const key = f.thisRow(KPI_COL.monthKey.key);
    return (
      `=IF(${f.thisRow(KPI_COL.grade.key)}="D",COUNTIFS(${f.column(table, KPI_COL.staffId.key)},${f.thisRow(KPI_COL.staffId.key)},` +
      `${f.column(table, KPI_COL.dRun.key)},${f.thisRow(KPI_COL.dRun.key)},${f.column(table, KPI_COL.monthKey.key)},"<="&${key}),0)`
    );
  };
}

export const suggestionFormula: FormulaTemplate = (f) => {
  const run = f.thisRow(KPI_COL.runD.key);
  const manager = `IFERROR(${staffFieldX(f, 'rank')}&"","")=${f.str(MANAGER_RANK)}`;
  return (
    `=IF(${run}=0,"",IF(${run}>=3,${f.str(SUGGESTIONS.dismiss)},IF(${manager},` +
    `IF(${run}=2,${f.str(SUGGESTIONS.demote)},${f.str(SUGGESTIONS.warn)}),IF(${run}=2,${f.str(SUGGESTIONS.assess)},""))))`
  );
};

export const nameFormula: FormulaTemplate = (f) => `=IFERROR(${staffFieldX(f, 'name')}&"","")`;

/**
 * _月序 = year × 12 + month − 1 for a period that is exactly YYYY-MM (year ≥ 1900, month 01–12),
 * else "". Comparing each part with the text of its own VALUE rejects " 123", "1e03", "1." and the
 * like, so it accepts the same texts as monthKeyOf in period.ts.
 */
export const monthKeyFormula: FormulaTemplate = (f) => {
  const p = f.thisRow(KPI_COL.period.key);
  const y = `VALUE(LEFT(${p},4))`;
  const m = `VALUE(MID(${p},6,2))`;
  return (
    `=IFERROR(IF(AND(LEN(${p})=7,MID(${p},5,1)="-",LEFT(${p},4)=""&${y},${y}>=1900,` +
    `MID(${p},6,2)=RIGHT("0"&${m},2),${m}>=1,${m}<=12),${y}*12+${m}-1,""),"")`
  );
};

export const periodEndFormula: FormulaTemplate = (f) => {
  const k = f.thisRow(KPI_COL.monthKey.key);
  return `=IF(ISNUMBER(${k}),EOMONTH(DATE(INT(${k}/12),MOD(${k},12)+1,1),0),"")`;
};

export const staffRowFormula: FormulaTemplate = (f) => `=IFERROR(${staffMatchX(f)},"")`;

export const rowKeyFormula: FormulaTemplate = (f) => `=${f.thisRow(KPI_COL.period.key)}&"|"&${f.thisRow(KPI_COL.staffId.key)}`;

function inputColumn(input: KpiInput): Column {
  return col(input.key, input.header.zh, input.header.en, input.type, {
    ...(input.hint ? { hint: input.hint } : {}),
    ...(input.prefill ? { prefill: prefillTemplate(input.prefill, input.key) } : {}),
    ...(input.type.kind === 'number' ? { numberFormat: 'General' } : {}),
  });
}

const h = (c: { key: string; header: { zh: string; en: string } }) => [c.key, c.header.zh, c.header.en] as const;

/** The Kpi table of a scheme. */
export function compileScheme(scheme: Scheme): TableSpec {
  const C = KPI_COL;
  const staffHint = { zh: '员工表中的工号', en: 'A staff ID from Staff' };
  const reviewerHint = { zh: '员工姓名;初评人应为直属上级', en: 'A staff name; the first reviewer should be the line manager' };
  return {
    name: scheme.table,
    source: `SPEC §4; ${scheme.source}`,
    columns: [
      col(...h(C.period), { kind: 'period' }, { required: true, width: 10, hint: { zh: '考核月份,如 2026-10', en: 'The month, e.g. 2026-10' } }),
      col(...h(C.staffId), { kind: 'ref', table: 'Staff', column: 'staffId' }, { required: true, hint: staffHint }),
      col(...h(C.name), formula(nameFormula, 'text'), { width: 10 }),
      ...scheme.inputs.map(inputColumn),
      ...scheme.items.map((item) => {
        const header = scoreHeader(item.name);
        return col(scoreKey(item.key), header.zh, header.en, formula(itemFormula(item), 'number'), { numberFormat: SCORE_FORMAT });
      }),
      col(...h(C.total), formula(totalFormula(scheme), 'number'), { numberFormat: SCORE_FORMAT, width: 8 }),
      col(...h(C.grade), formula(gradeFormula, 'text'), { width: 7 }),
      col(...h(C.runD), formula(runFormula(scheme.table), 'number'), { numberFormat: INT_FORMAT }),
      col(...h(C.suggestion), formula(suggestionFormula, 'text'), { width: 22 }),
      col(...h(C.status), formula(statusFormula, 'text'), { width: 10 }),
      col(...h(C.firstReviewer), { kind: 'ref', table: 'Staff', column: 'name' }, { hint: reviewerHint }),
      col(...h(C.firstReviewDate), { kind: 'date' }, { hint: { zh: '期末后 8 天内', en: 'Within 8 days after the period' } }),
      col(...h(C.secondReviewer), { kind: 'ref', table: 'Staff', column: 'name' }),
      col(...h(C.secondReviewDate), { kind: 'date' }),
      col(...h(C.monthKey), formula(monthKeyFormula, 'number'), { numberFormat: INT_FORMAT, width: 9 }),
      col(...h(C.periodEnd), formula(periodEndFormula, 'date'), { numberFormat: DATE_FORMAT, width: 11 }),
      col(...h(C.staffRow), formula(staffRowFormula, 'number'), { numberFormat: INT_FORMAT, width: 9 }),
      col(...h(C.check), formula(checkFormula(scheme), 'text'), { width: 9 }),
      col(...h(C.rowKey), formula(rowKeyFormula, 'text'), { width: 14 }),
      col(...h(C.dRun), formula(dRunFormula(scheme.table), 'number'), { numberFormat: INT_FORMAT, width: 8 }),
    ],
  };
}

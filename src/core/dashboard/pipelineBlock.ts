/**
 * The pipeline view of the dashboard (issue #11; 004 ch. 5 销售漏斗): customers per stage now,
 * customers landed per month over the dashboard's 12 periods, and the conversion from each stage to
 * 已成交 over those 12 months, as live formulas over Customers and StageLog, with a native chart each.
 * It sits right of the KPI block (columns AD..AV), so the staff grid can grow downwards freely.
 */
import type { Lang } from '../model/types';
import type { CellInput, WriteOp } from '../port/types';
import { WORKBOOK_MODEL } from '../model/workbook';
import { createFormulaContext } from '../model/formulaContext';
import { listValues } from '../model/lists';
import { columnLetters } from '../plan/listsSheet';
import { monthKeyOf } from '../kpi/period';

export const PIPELINE_LAYOUT = {
  firstCol: 30, // AD
  lastCol: 48, // AV
  titleRow: 1,
  stageHeaderRow: 3,
  landedHeaderRow: 15,
  conversionHeaderRow: 30,
  charts: {
    stages: { name: 'KaPipelineStages', anchor: { row: 3, col: 34, widthCols: 8, heightRows: 11 } },
    landed: { name: 'KaPipelineLanded', anchor: { row: 15, col: 34, widthCols: 8, heightRows: 14 } },
    conversion: { name: 'KaPipelineConversion', anchor: { row: 30, col: 37, widthCols: 8, heightRows: 11 } },
  },
} as const;

/** Stages a customer moves through before landing: the conversion rows. */
const FUNNEL = ['确定对象', '信息搜集', '价值评估', '建立关系', '促成成交'] as const;

const TEXT: Record<Lang, { title: string; stage: string; customers: string; month: string; landed: string; reached: string; rate: string; stagesChart: string; landedChart: string; conversionChart: string }> = {
  'zh-CN': {
    title: '销售漏斗(按开发阶段记录实时计算)',
    stage: '阶段',
    customers: '客户数',
    month: '月份',
    landed: '成交客户数',
    reached: '12 个月内到达',
    rate: '其中已成交(%)',
    stagesChart: '各阶段客户数(当前)',
    landedChart: '每月成交客户数',
    conversionChart: '近 12 个月各阶段转化为已成交(%)',
  },
  'en-US': {
    title: 'Sales funnel (live from the pipeline log)',
    stage: 'Stage',
    customers: 'Customers',
    month: 'Month',
    landed: 'Landed',
    reached: 'Reached in 12 months',
    rate: 'Landed since (%)',
    stagesChart: 'Customers per stage (now)',
    landedChart: 'Customers landed per month',
    conversionChart: 'Conversion to 已成交 over 12 months (%)',
  },
};

/** DATE of a period's first day (a numeric month key: no text dates, no locale). */
function firstDay(period: string): string {
  const k = monthKeyOf(period) as number;
  return `DATE(${Math.floor(k / 12)},${(k % 12) + 1},1)`;
}

export function planPipelineBlock(sheet: string, lang: Lang, headerLang: Lang, periods: readonly string[]): WriteOp[] {
  const T = TEXT[lang];
  const f = createFormulaContext(WORKBOOK_MODEL, 'Customers', headerLang);
  const stageCol = f.column('Customers', 'devStage');
  const landed = f.column('Customers', 'landedDate');
  const names = f.column('Customers', 'name');
  const L = PIPELINE_LAYOUT;
  const col: number = L.firstCol;
  const at = (row: number, c: number = col): string => `${columnLetters(c)}${row}`;
  const ops: WriteOp[] = [{ op: 'writeCells', sheet, row: L.titleRow, col, values: [[T.title]] }];

  // Customers per stage: one COUNTIF per stage, O(customers).
  const stages = listValues('devStage');
  const stageRows: CellInput[][] = [[T.stage, T.customers], ...stages.map((s): CellInput[] => [s, { formula: `=COUNTIF(${stageCol},${f.str(s)})` }])];
  ops.push({ op: 'writeCells', sheet, row: L.stageHeaderRow, col, values: stageRows });

  // Landed per month: one COUNTIFS per period over 成交日期, O(customers).
  const next = (p: string): string => {
    const k = (monthKeyOf(p) as number) + 1;
    return `DATE(${Math.floor(k / 12)},${(k % 12) + 1},1)`;
  };
  const landedRows: CellInput[][] = [
    [T.month, T.landed],
    ...periods.map((p): CellInput[] => [p, { formula: `=COUNTIFS(${landed},">="&${firstDay(p)},${landed},"<"&${next(p)})` }]),
  ];
  ops.push({ op: 'writeCells', sheet, row: L.landedHeaderRow, col, values: landedRows });

  // Conversion over the 12 months: customers with a row of the stage in the window, and those of
  // them whose 成交日期 lies in the window too. One SUMPRODUCT of COUNTIFS per stage, O(customers ×
  // StageLog) per cell, for five cells only. Customer names are COUNTIFS criteria here: a name with
  // * or ? is read as a pattern (a known limit of this view, not of the scores).
  const start = firstDay(periods[0]!);
  const end = next(periods[periods.length - 1]!);
  const log = (k: string) => createFormulaContext(WORKBOOK_MODEL, 'StageLog', headerLang).column('StageLog', k);
  const reached = (s: string) =>
    `(COUNTIFS(${log('customer')},${names},${log('stage')},${f.str(s)},${log('date')},">="&${start},${log('date')},"<"&${end})>0)`;
  const inWindow = `ISNUMBER(${landed})*(${landed}>=${start})*(${landed}<${end})`;
  const conversionRows: CellInput[][] = [
    [T.stage, T.reached, T.rate],
    ...FUNNEL.map((s, i): CellInput[] => {
      const row = L.conversionHeaderRow + 1 + i;
      return [
        s,
        { formula: `=SUMPRODUCT(--${reached(s)})` },
        { formula: `=IF(${at(row, col + 1)}=0,"",ROUND(SUMPRODUCT(${reached(s)}*${inWindow})/${at(row, col + 1)}*100,1))` },
      ];
    }),
  ];
  ops.push({ op: 'writeCells', sheet, row: L.conversionHeaderRow, col, values: conversionRows });

  const chart = (key: keyof typeof L.charts, source: string, title: string, type: 'columnClustered' | 'line'): WriteOp => ({
    op: 'addChart',
    sheet,
    name: L.charts[key].name,
    type,
    source,
    seriesBy: 'columns',
    title,
    anchor: L.charts[key].anchor,
  });
  ops.push(chart('stages', `${at(L.stageHeaderRow)}:${at(L.stageHeaderRow + stages.length, col + 1)}`, T.stagesChart, 'columnClustered'));
  ops.push(chart('landed', `${at(L.landedHeaderRow)}:${at(L.landedHeaderRow + periods.length, col + 1)}`, T.landedChart, 'line'));
  // The rate column only (its header and the stage names as categories): skip the counts column.
  ops.push({ op: 'writeCells', sheet, row: L.conversionHeaderRow, col: col + 4, values: [[null, T.rate], ...FUNNEL.map((s, i) => [s, { formula: `=${at(L.conversionHeaderRow + 1 + i, col + 2)}` }] as CellInput[])] });
  ops.push(chart('conversion', `${at(L.conversionHeaderRow, col + 4)}:${at(L.conversionHeaderRow + FUNNEL.length, col + 5)}`, T.conversionChart, 'columnClustered'));
  return ops;
}

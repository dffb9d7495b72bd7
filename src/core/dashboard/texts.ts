/** The dashboard's own labels, in the workbook language. Grades and 免考 are data, not labels. */
import type { Lang } from '../model/types';

export interface DashboardText {
  readonly title: string;
  readonly periodLabel: string;
  readonly note: string;
  readonly gradeHeader: string;
  readonly countHeader: string;
  readonly scoreTitle: string;
  readonly staffIdHeader: string;
  readonly nameHeader: string;
  readonly chartDataNote: string;
  gradeChartTitle(period: string): string;
  scoreChartTitle(first: string, last: string): string;
}

export const DASHBOARD_TEXT: Record<Lang, DashboardText> = {
  'zh-CN': {
    title: '绩效仪表板',
    periodLabel: '期间',
    note: '数字为 KpiSummary 上的实时公式;重新写入仪表板时,A–AV 列会被清空重写,请勿在此输入。',
    gradeHeader: '等级',
    countHeader: '人数',
    scoreTitle: '近 12 期总分',
    staffIdHeader: '工号',
    nameHeader: '姓名',
    chartDataNote: '折线图数据(#N/A 表示该期无总分,不绘制)',
    gradeChartTitle: (p) => `${p} 等级分布`,
    scoreChartTitle: (a, b) => `总分趋势 ${a} 至 ${b}`,
  },
  'en-US': {
    title: 'KPI dashboard',
    periodLabel: 'Period',
    note: 'Figures are live formulas over KpiSummary. Writing the dashboard again clears and rewrites columns A–AV: do not type here.',
    gradeHeader: 'Grade',
    countHeader: 'Staff',
    scoreTitle: 'Total score, last 12 periods',
    staffIdHeader: 'Staff ID',
    nameHeader: 'Name',
    chartDataNote: 'Line chart data (#N/A: no total that period, not plotted)',
    gradeChartTitle: (p) => `Grade distribution, ${p}`,
    scoreChartTitle: (a, b) => `Total score, ${a} to ${b}`,
  },
};

/** Messages of writeDashboard, in the caller's language; each says what to fix and where. */
import type { Lang } from '../model/types';

export interface DashboardMessages {
  badPeriod(period: string): string;
  missingTable(table: string): string;
  missingColumns(table: string, headers: string): string;
  noStaff(): string;
  written(sheet: string, period: string, staff: number): string;
  /** Appended to `written` when the pipeline block was left out for want of its tables. */
  noPipeline(tables: string): string;
}

export const DASHBOARD_MESSAGES: Record<Lang, DashboardMessages> = {
  'zh-CN': {
    badPeriod: (p) => `期间「${p}」格式不对:请输入 YYYY-MM,如 2026-10(年份不早于 1900,月份 01–12)。仪表板未写入。`,
    missingTable: (t) => `工作簿中没有表 ${t}。请先在「表单」页生成/升级工作簿,再写入仪表板。`,
    missingColumns: (t, h) => `表 ${t} 缺少列「${h}」。请把列名改回原样,或在「表单」页生成/升级工作簿。仪表板未写入。`,
    noStaff: () => `员工表(Staff)中没有填写工号的在职员工,仪表板没有可显示的人。请先在「员工与参数」工作表添加员工。`,
    written: (s, p, n) => `已在「${s}」工作表写入 ${p} 的仪表板:等级分布,以及 ${n} 名员工近 12 期的总分。`,
    noPipeline: (t) => `工作簿中没有表 ${t},因此未写入销售漏斗部分;在「表单」页升级工作簿后再写入仪表板即可补上。`,
  },
  'en-US': {
    badPeriod: (p) => `Period "${p}" is not valid: enter YYYY-MM, e.g. 2026-10 (year 1900 or later, month 01–12). The dashboard was not written.`,
    missingTable: (t) => `The workbook has no table ${t}. Generate or upgrade the workbook on the Forms page, then write the dashboard.`,
    missingColumns: (t, h) => `Table ${t} has no column "${h}". Rename it back, or generate / upgrade the workbook on the Forms page. The dashboard was not written.`,
    noStaff: () => `The Staff table has no active staff member with a staff ID, so the dashboard has no one to show. Add staff on the Settings sheet first.`,
    written: (s, p, n) => `Wrote the dashboard for ${p} on sheet "${s}": the grade distribution and the total scores of ${n} staff over the last 12 periods.`,
    noPipeline: (t) => `The workbook has no table ${t}, so the sales pipeline part was left out; upgrade the workbook on the Forms page and write the dashboard again to add it.`,
  },
};

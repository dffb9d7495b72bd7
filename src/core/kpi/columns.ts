/**
 * The fixed columns of every Kpi table (SPEC §4 "Every Kpi table") and the technical helper
 * columns after them. Keys are the stable API; headers are the contract.
 */
import type { Text } from '../model/types';

const t = (zh: string, en: string): Text => ({ zh, en });

export const KPI_COL = {
  period: { key: 'period', header: t('期间', 'Period') },
  staffId: { key: 'staffId', header: t('工号', 'Staff ID') },
  name: { key: 'name', header: t('姓名', 'Name') },
  total: { key: 'total', header: t('总分', 'Total') },
  grade: { key: 'grade', header: t('等级', 'Grade') },
  runD: { key: 'runD', header: t('连续D次数', 'D grades in a row') },
  suggestion: { key: 'suggestion', header: t('处理建议', 'Consequence') },
  status: { key: 'status', header: t('考核状态', 'Status') },
  firstReviewer: { key: 'firstReviewer', header: t('初评人', 'First reviewer') },
  firstReviewDate: { key: 'firstReviewDate', header: t('初评日期', 'First review date') },
  secondReviewer: { key: 'secondReviewer', header: t('复评人', 'Second reviewer') },
  secondReviewDate: { key: 'secondReviewDate', header: t('复评日期', 'Second review date') },
  /**
   * Helpers, last and marked with "_" (see compile.ts): the month key (year × 12 + month − 1) that
   * periods are compared by; the period's last day, for exemption and attendance; the staff
   * member's row in Staff, so that each row looks its 工号 up once; the input check (待录入,
   * 输入有误 or empty), apart from 考核状态 so that no formula nears Excel's 8,192-character
   * limit; 期间|工号, which KpiSummary
   * finds rows by (Excel 2016 has no two-column lookup without CSE); and the D-run segment that
   * 连续D次数 counts.
   */
  monthKey: { key: 'monthKey', header: t('_月序', '_MonthKey') },
  periodEnd: { key: 'periodEnd', header: t('_期末', '_PeriodEnd') },
  staffRow: { key: 'staffRow', header: t('_员工行', '_StaffRow') },
  check: { key: 'check', header: t('_检查', '_Check') },
  rowKey: { key: 'rowKey', header: t('_键', '_Key') },
  dRun: { key: 'dRun', header: t('_D段', '_DRun') },
} as const;

/** The score column of an item. */
export function scoreKey(itemKey: string): string {
  return `${itemKey}Score`;
}

/**
 * Score headers carry a suffix: six S1 items share their name with their input column (市场信息收集 …),
 * and a table's headers must be unique; "个人营业额指标达成率得分" also reads as points, not a rate.
 */
export function scoreHeader(name: Text): Text {
  return { zh: `${name.zh}得分`, en: `${name.en} score` };
}

export const SUMMARY_COL = {
  period: KPI_COL.period,
  staffId: KPI_COL.staffId,
  name: KPI_COL.name,
  position: { key: 'position', header: t('岗位', 'Position') },
  scheme: { key: 'scheme', header: t('方案', 'Scheme') },
  total: KPI_COL.total,
  grade: KPI_COL.grade,
  runD: KPI_COL.runD,
  suggestion: KPI_COL.suggestion,
  status: KPI_COL.status,
  /** The row of this staff member and period in the scheme's table (MATCH on its _键). */
  row: { key: 'row', header: t('_行', '_Row') },
} as const;

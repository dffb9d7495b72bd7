import type { Lang } from '../model/types';
import type { ProgressReporter, WorkbookPort } from '../port/types';
import { WORKBOOK_MODEL } from '../model/workbook';
import { NEW_PERIOD_TABLES, planNewPeriod } from '../kpi/newPeriod';
import type { NewPeriodPlan } from '../kpi/newPeriod';

export interface StartPeriodRequest {
  /** YYYY-MM. */
  readonly period: string;
  /** Language of the messages. */
  readonly lang: Lang;
}

/**
 * Adds one row per active staff member for a period: one structure read, one read of Staff and the
 * Kpi tables, one apply, however many staff there are. Refuses an existing period (plan.error).
 */
export async function startPeriod(port: WorkbookPort, req: StartPeriodRequest, progress?: ProgressReporter): Promise<NewPeriodPlan> {
  const structure = await port.readStructure();
  const tables = await port.readTables(['Staff', ...NEW_PERIOD_TABLES]);
  const staff = tables.find((t) => t.name === 'Staff');
  const lang = structure.meta.lang ?? req.lang;
  if (!staff) {
    const error = req.lang === 'zh-CN' ? '找不到员工表(Staff)。请先在「表单」页生成工作簿。' : 'The Staff table is missing. Generate the workbook on the Forms page first.';
    return { ops: [], added: 0, byTable: {}, skipped: [], error };
  }
  const plan = planNewPeriod({ model: WORKBOOK_MODEL, staff, kpiTables: tables, period: req.period, lang, messageLang: req.lang });
  if (!plan.error && plan.ops.length > 0) await port.apply(plan.ops, progress);
  return plan;
}

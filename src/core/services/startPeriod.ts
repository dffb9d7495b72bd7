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
  /** Who asks: advice names the task pane's page or the command line's command (#9.13). Default: pane. */
  readonly surface?: 'pane' | 'cli';
}

const MISSING_STAFF: Record<'pane' | 'cli', Record<Lang, string>> = {
  pane: { 'zh-CN': '找不到员工表(Staff)。请先在「表单」页生成工作簿。', 'en-US': 'The Staff table is missing. Generate the workbook on the Forms page first.' },
  cli: {
    'zh-CN': '找不到员工表(Staff)。请先运行 ka-workbench generate --out 该工作簿 补齐表格(原有内容全部保留)。',
    'en-US': 'The Staff table is missing. Run ka-workbench generate --out on this workbook first to add it (everything in it is kept).',
  },
};

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
    const error = MISSING_STAFF[req.surface ?? 'pane'][req.lang];
    return { ops: [], added: 0, byTable: {}, skipped: [], error };
  }
  const plan = planNewPeriod({ model: WORKBOOK_MODEL, staff, kpiTables: tables, period: req.period, lang, messageLang: req.lang });
  if (!plan.error && plan.ops.length > 0) await port.apply(plan.ops, progress);
  return plan;
}

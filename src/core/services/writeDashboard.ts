import type { Lang } from '../model/types';
import { textIn } from '../model/types';
import type { ProgressReporter, TableInfo, WorkbookPort } from '../port/types';
import { SHEETS } from '../model/workbook';
import { STAFF } from '../model/tables/staff';
import { KPI_SUMMARY } from '../kpi/tables';
import { CUSTOMERS } from '../model/tables/customers';
import { STAGE_LOG } from '../model/tables/stageLog';
import { planDashboard } from '../dashboard/planDashboard';
import { periodsEndingAt } from '../dashboard/periods';
import { dashboardStaff } from '../dashboard/staffList';
import { SUMMARY_KEYS } from '../dashboard/formulas';
import { DASHBOARD_LAYOUT } from '../dashboard/layout';
import { DASHBOARD_MESSAGES } from '../dashboard/messages';

export interface WriteDashboardRequest {
  /** YYYY-MM: the period of the grade distribution and the last of the 12 in the score grid. */
  readonly period: string;
  /** Language of the message; the workbook's own language decides its labels and sheet name. */
  readonly lang: Lang;
}

export interface WriteDashboardResult {
  readonly written: boolean;
  readonly message: string;
}

const DASHBOARD_SHEET = SHEETS.find((s) => s.key === 'dashboard')!;

/** The language KpiSummary's headers are in, or the headers (in `lang`) that are missing. */
function summaryLangOf(t: TableInfo, lang: Lang): { lang: Lang } | { missing: string[] } {
  const have = new Set(t.headers.map((h) => h.trim()));
  const cols = SUMMARY_KEYS.map((k) => KPI_SUMMARY.columns.find((c) => c.key === k)!);
  if (cols.every((c) => have.has(c.header.zh))) return { lang: 'zh-CN' };
  if (cols.every((c) => have.has(c.header.en))) return { lang: 'en-US' };
  return { missing: cols.filter((c) => !have.has(c.header.zh) && !have.has(c.header.en)).map((c) => textIn(c.header, lang)) };
}

/**
 * Writes the director's dashboard for a period onto the Dashboard sheet (adding it if missing): one
 * structure read, one read of Staff and KpiSummary, one apply, whatever the number of staff.
 * Charts need a host that draws them: the .xlsx adapter refuses the plan with a PortError
 * ('unsupported'), which is passed on, as are the host's own errors.
 */
export async function writeDashboard(port: WorkbookPort, req: WriteDashboardRequest, progress?: ProgressReporter): Promise<WriteDashboardResult> {
  const M = DASHBOARD_MESSAGES[req.lang];
  const refuse = (message: string): WriteDashboardResult => ({ written: false, message });
  const period = req.period.trim();
  const periods = periodsEndingAt(period, DASHBOARD_LAYOUT.periodCount);
  if (!periods) return refuse(M.badPeriod(req.period));

  const structure = await port.readStructure();
  const lang = structure.meta.lang ?? req.lang;
  for (const name of [STAFF.name, KPI_SUMMARY.name]) {
    if (!structure.tables.some((t) => t.name === name)) return refuse(M.missingTable(name));
  }
  const summaryInfo = structure.tables.find((t) => t.name === KPI_SUMMARY.name)!;
  const found = summaryLangOf(summaryInfo, req.lang);
  if ('missing' in found) return refuse(M.missingColumns(KPI_SUMMARY.name, found.missing.join(req.lang === 'zh-CN' ? '」「' : '", "')));

  const tables = await port.readTables([STAFF.name, KPI_SUMMARY.name]);
  const staffTable = tables.find((t) => t.name === STAFF.name);
  if (!staffTable) return refuse(M.missingTable(STAFF.name));
  const staff = dashboardStaff(staffTable, tables.find((t) => t.name === KPI_SUMMARY.name), periods);
  if (staff.length === 0) return refuse(M.noStaff());

  // Our sheet in either language (a workbook keeps the name it was generated with).
  const names = [DASHBOARD_SHEET.name.zh, DASHBOARD_SHEET.name.en].map((n) => n.toLowerCase());
  const existing = structure.sheets.find((s) => names.includes(s.name.toLowerCase()));
  const sheet = existing
    ? { name: existing.name, exists: true, lastRow: existing.lastRow }
    : { name: textIn(DASHBOARD_SHEET.name, lang), exists: false, lastRow: 0 };
  // The pipeline block's formulas name Customers and StageLog: left out (with a notice) without them.
  const pipelineMissing = [CUSTOMERS.name, STAGE_LOG.name].filter((n) => !structure.tables.some((t) => t.name === n));
  const plan = planDashboard({
    period,
    pipeline: pipelineMissing.length === 0,
    lang,
    summaryLang: found.lang,
    sheet,
    staff,
    ...(DASHBOARD_SHEET.tabColor ? { tabColor: DASHBOARD_SHEET.tabColor } : {}),
  });
  await port.apply(plan.ops, progress);
  const written = M.written(sheet.name, period, staff.length);
  const notice = pipelineMissing.length > 0 ? M.noPipeline(pipelineMissing.join(req.lang === 'zh-CN' ? '、' : ', ')) : '';
  return { written: true, message: notice ? `${written}${req.lang === 'zh-CN' ? '' : ' '}${notice}` : written };
}

/**
 * The services the task pane calls, all from the service layer (src/core/services/api.ts), plus the
 * few pane-side names the pages share. exportHr is not here: it is imported lazily (see
 * lazyServices.ts) to keep the xlsx writer out of the first bundle.
 */
export {
  checkWorkbook,
  generateWorkbook,
  periodSummary,
  previewGenerate,
  printRecord,
  signOff,
  startPeriod,
  writeDashboard,
} from '../core/services/api';
export type {
  GenerateRequest,
  LocatedProblem,
  PeriodSummary,
  SummaryRow,
  WriteDashboardResult,
} from '../core/services/api';
export type { NewPeriodPlan, NewPeriodSkip } from '../core/kpi/newPeriod';
export type { Problem, Severity } from '../core/validate/problem';

export type SummaryCountKey = 'A' | 'B' | 'C' | 'D' | '免考' | '待录入' | '输入有误';
export const SUMMARY_COUNT_KEYS: readonly SummaryCountKey[] = ['A', 'B', 'C', 'D', '免考', '待录入', '输入有误'];

export type ReviewStage = 'first' | 'second';

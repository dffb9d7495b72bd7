/**
 * The services the task pane calls, with the signatures it relies on.
 *
 * Services that exist come straight from the service layer (src/core/services/api.ts). The others
 * are declared here as the pane expects them; each is looked up on api.ts at call time,
 * so the pane builds before the service exists and starts working as soon as api.ts exports it.
 * Until then a call throws MissingServiceError, which the pages show as a message (never silently).
 * exportHr is not here: it is imported lazily (see lazyServices.ts) to keep the xlsx writer out of
 * the first bundle.
 */
import * as api from '../core/services/api';
import type { Lang } from '../core/model/types';
import type { WorkbookPort } from '../core/port/types';
import { MissingServiceError } from './serviceErrors';

export { MissingServiceError } from './serviceErrors';

export { checkWorkbook, generateWorkbook, previewGenerate, startPeriod } from '../core/services/api';
export type { GenerateRequest, LocatedProblem } from '../core/services/api';
export type { NewPeriodPlan, NewPeriodSkip } from '../core/kpi/newPeriod';
export type { Problem, Severity } from '../core/validate/problem';

export type SummaryCountKey = 'A' | 'B' | 'C' | 'D' | '免考' | '待录入' | '输入有误';
export const SUMMARY_COUNT_KEYS: readonly SummaryCountKey[] = ['A', 'B', 'C', 'D', '免考', '待录入', '输入有误'];

/** One staff member's result for one period (a KpiSummary row), pointing at its scheme-table row. */
export interface SummaryRow {
  readonly period: string;
  readonly staffId: string;
  readonly name: string;
  readonly position: string;
  readonly scheme: string;
  readonly total: number | null;
  readonly grade: string | null;
  readonly runOfD: number;
  readonly suggestion: string;
  readonly status: string;
  /** The scheme table (KpiS1 …) holding the row, its sheet, and the A1 address to select. */
  readonly table: string;
  readonly sheet: string;
  readonly address: string;
  /** Worksheet row in `table`; when absent the pane reads it from `address`. */
  readonly row?: number;
  readonly firstReviewer?: string;
  readonly firstReviewDate?: number;
  readonly secondReviewer?: string;
  readonly secondReviewDate?: number;
}

export interface PeriodSummary {
  readonly rows: readonly SummaryRow[];
  readonly counts: Readonly<Record<SummaryCountKey, number>>;
}

export type ReviewStage = 'first' | 'second';

export interface Services {
  periodSummary(port: WorkbookPort, req: { period: string; today: number }): Promise<PeriodSummary>;
  signOff(
    port: WorkbookPort,
    req: { table: string; row: number; stage: ReviewStage; reviewer: string; date: number },
  ): Promise<unknown>;
  writeDashboard(port: WorkbookPort, req: { period: string; lang: Lang }): Promise<unknown>;
}

// A namespace object held in a variable: webpack keeps every export and does not warn about names
// that api.ts does not export yet.
const available = api as unknown as Partial<Services>;

function service<K extends keyof Services>(name: K): Services[K] {
  const fn: Services[K] | undefined = available[name];
  if (fn === undefined || typeof fn !== 'function') throw new MissingServiceError(name);
  return fn;
}

export const periodSummary: Services['periodSummary'] = (port, req) => service('periodSummary')(port, req);
export const signOff: Services['signOff'] = (port, req) => service('signOff')(port, req);
export const writeDashboard: Services['writeDashboard'] = (port, req) => service('writeDashboard')(port, req);

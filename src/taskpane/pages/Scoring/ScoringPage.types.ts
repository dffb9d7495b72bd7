import type { WorkbookPort } from '../../../core/port/types';
import type { SaveKpiInputsResult } from '../../../core/services/saveKpiInputs';
import type { NewPeriodPlan, PeriodSummary, ReviewStage, SummaryRow, WriteDashboardResult } from '../../services';
import type { Operation } from '../../shared/useOperation';
import type { PageProps } from '../page.types';

export type ScoringPageProps = PageProps;

export interface SignOffDone {
  readonly stage: ReviewStage;
  readonly name: string;
}

/** What writeDashboard said: written, or why not (a message for a warning). */
/** What writeDashboard says: written, or why not. */
export type DashboardOutcome = WriteDashboardResult;

export interface ScoringPageState {
  readonly port: WorkbookPort;
  readonly today: number;
  readonly period: string;
  readonly setPeriod: (period: string) => void;
  readonly start: Operation<NewPeriodPlan, []>;
  readonly summary: Operation<PeriodSummary, []>;
  readonly sign: Operation<SignOffDone, [SummaryRow, ReviewStage]>;
  readonly locate: Operation<void, [SummaryRow]>;
  readonly dashboard: Operation<DashboardOutcome, []>;
  readonly reviewer: string;
  readonly setReviewer: (name: string) => void;
  readonly dRows: readonly SummaryRow[];
  readonly chartsSupported: boolean;
  readonly startPeriod: () => void;
  readonly refresh: () => void;
  readonly signOff: (row: SummaryRow, stage: ReviewStage) => void;
  readonly select: (row: SummaryRow) => void;
  readonly writeDashboard: () => void;
  /** The row whose input form is open (table and worksheet row), if any. */
  readonly inputsOpen?: string;
  /** Name of the staff member whose inputs were saved last. */
  readonly inputsSaved?: string;
  readonly toggleInputs: (row: SummaryRow) => void;
  readonly closeInputs: (row: SummaryRow, saved?: SaveKpiInputsResult) => void;
}

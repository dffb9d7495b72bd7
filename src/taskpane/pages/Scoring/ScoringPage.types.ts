import type { NewPeriodPlan, PeriodSummary, ReviewStage, SummaryRow } from '../../services';
import type { Operation } from '../../shared/useOperation';
import type { PageProps } from '../page.types';

export type ScoringPageProps = PageProps;

export interface SignOffDone {
  readonly stage: ReviewStage;
  readonly name: string;
}

export interface ScoringPageState {
  readonly today: number;
  readonly period: string;
  readonly setPeriod: (period: string) => void;
  readonly start: Operation<NewPeriodPlan, []>;
  readonly summary: Operation<PeriodSummary, []>;
  readonly sign: Operation<SignOffDone, [SummaryRow, ReviewStage]>;
  readonly locate: Operation<void, [SummaryRow]>;
  readonly dashboard: Operation<unknown, []>;
  readonly reviewer: string;
  readonly setReviewer: (name: string) => void;
  readonly dRows: readonly SummaryRow[];
  readonly chartsSupported: boolean;
  readonly startPeriod: () => void;
  readonly refresh: () => void;
  readonly signOff: (row: SummaryRow, stage: ReviewStage) => void;
  readonly select: (row: SummaryRow) => void;
  readonly writeDashboard: () => void;
}

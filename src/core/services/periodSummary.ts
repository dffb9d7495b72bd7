import type { WorkbookPort } from '../port/types';
import { scoreTables } from '../scoring/scoreTables';
import { NEW_PERIOD_TABLES } from '../kpi/newPeriod';
import { LEDGER_TABLES } from '../scoring/ledgerTables';

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
  readonly table: string;
  readonly sheet: string;
  readonly row: number;
  readonly address: string;
  readonly firstReviewer?: string;
  readonly firstReviewDate?: number;
  readonly secondReviewer?: string;
  readonly secondReviewDate?: number;
}

export type SummaryCounts = Record<'A' | 'B' | 'C' | 'D' | '免考' | '待录入' | '输入有误', number>;

export interface PeriodSummary {
  readonly rows: readonly SummaryRow[];
  readonly counts: SummaryCounts;
  readonly missingParams: readonly string[];
}

/**
 * Tables the scores depend on: the Kpi tables, Staff, parameters, and every log that prefills inputs
 * (LEDGER_TABLES: Visits, Customers, StageLog, Revenue, Receivables, Targets). Without the ledgers, a
 * row whose pre-fill formulas this host does not compute (the preview, a file the CLI wrote) would
 * read as 待录入.
 */
export const SCORING_TABLES: readonly string[] = [...new Set([...LEDGER_TABLES, 'KpiParams', ...NEW_PERIOD_TABLES])];

/** The director's view of one period, from the reference scorer (one chunked read, no writes). */
export async function periodSummary(port: WorkbookPort, req: { period: string; today?: number }): Promise<PeriodSummary> {
  const scored = scoreTables(await port.readTables(SCORING_TABLES));
  const rows = scored.rows
    .filter((r) => r.period === req.period)
    .map(
      (r): SummaryRow => ({
        period: r.period,
        staffId: r.staffId,
        name: r.name,
        position: r.position,
        scheme: r.scheme,
        total: r.scored.total,
        grade: r.scored.grade,
        runOfD: r.scored.run,
        suggestion: r.scored.suggestion,
        status: r.scored.status,
        table: r.table,
        sheet: r.sheet,
        row: r.row,
        address: r.address,
        ...(r.firstReviewer ? { firstReviewer: r.firstReviewer } : {}),
        ...(r.firstReviewDate !== null ? { firstReviewDate: r.firstReviewDate } : {}),
        ...(r.secondReviewer ? { secondReviewer: r.secondReviewer } : {}),
        ...(r.secondReviewDate !== null ? { secondReviewDate: r.secondReviewDate } : {}),
      }),
    );
  const counts: SummaryCounts = { A: 0, B: 0, C: 0, D: 0, 免考: 0, 待录入: 0, 输入有误: 0 };
  for (const r of rows) {
    if (r.status === '正常' && r.grade) counts[r.grade as 'A' | 'B' | 'C' | 'D']++;
    else if (r.status in counts) counts[r.status as '免考' | '待录入' | '输入有误']++;
  }
  return { rows, counts, missingParams: scored.missingParams };
}

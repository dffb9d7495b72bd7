/**
 * The reference scorer over what a workbook holds: it turns the Staff, KpiParams, Visits, Customers
 * and Kpi tables (as any adapter reads them) into scored rows. The task pane's summary, the score
 * command and the HR export all read scores from here, so they never depend on a host having
 * computed the formulas (a file written by the command line has no cached values, and the preview
 * evaluates none); the parity test shows that the workbook's formulas agree.
 */
import type { CellValue, TableData } from '../port/types';
import { STAFF } from '../model/tables/staff';
import { KPI_PARAMS } from '../model/tables/kpiParams';
import { SCHEMES } from '../kpi/schemes';
import { KPI_SCHEME_TABLES } from '../kpi/tables';
import type { Scheme, SchemeId } from '../kpi/types';
import type { ScoredRow } from '../kpi/score';
import { scoreRows, staffDirectory } from '../kpi/score';
import { DEFAULT_PARAMS, paramMapFrom } from '../kpi/params';
import type { ParamMap } from '../kpi/params';
import { derivePrefill } from '../kpi/ledgers';
import type { Ledgers } from '../kpi/ledgers';
import { ledgersOf } from './ledgerTables';
import { KPI_COL } from '../kpi/columns';
import { columnLetters } from '../plan/listsSheet';
import { isBlankRecord, recordsOf } from './tableView';

export interface ScoredKpiRow {
  readonly scheme: SchemeId;
  readonly table: string;
  readonly sheet: string;
  /** Worksheet row, and the A1 address of its 期间 cell, for "take me there". */
  readonly row: number;
  readonly address: string;
  readonly period: string;
  readonly staffId: string;
  readonly name: string;
  readonly position: string;
  readonly rank: string;
  readonly scored: ScoredRow;
  readonly firstReviewer: string;
  readonly firstReviewDate: number | null;
  readonly secondReviewer: string;
  readonly secondReviewDate: number | null;
  /** The inputs the scorer used, prefilled ones included (the archive freezes them to these). */
  readonly inputs: Readonly<Record<string, CellValue>>;
}

export interface ScoredWorkbook {
  readonly rows: readonly ScoredKpiRow[];
  /** KpiParams ids the workbook lacks (or holds no number for); their defaults were used. */
  readonly missingParams: readonly string[];
}

const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);

export function scoreTables(tables: readonly TableData[]): ScoredWorkbook {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const staff = recordsOf(STAFF, byName.get('Staff'));
  const { params, missing } = paramsOf(recordsOf(KPI_PARAMS, byName.get('KpiParams')));
  const ledgers = ledgersOf(byName);
  const directory = staffDirectory(
    staff.map((s) => ({ staffId: s.staffId ?? null, position: s.position ?? null, rank: s.rank ?? null, hireDate: s.hireDate ?? null, transferDate: s.transferDate ?? null })),
  );
  const staffById = new Map(staff.map((s) => [str(s.staffId).toLowerCase(), s]));
  const out: ScoredKpiRow[] = [];
  SCHEMES.forEach((scheme, i) => {
    const spec = KPI_SCHEME_TABLES[i]!;
    const data = byName.get(scheme.table);
    if (!data) return;
    const records = recordsOf(spec, data);
    const inputKeys = [KPI_COL.period.key, KPI_COL.staffId.key, ...scheme.inputs.map((x) => x.key)];
    const kept = records.map((rec, index) => ({ rec, index })).filter(({ rec }) => !isBlankRecord(rec, inputKeys));
    const inputs = kept.map(({ rec }) => ({
      period: rec[KPI_COL.period.key] ?? null,
      staffId: rec[KPI_COL.staffId.key] ?? null,
      inputs: withPrefill(scheme, rec, staffById, ledgers),
    }));
    const scored = scoreRows(scheme, inputs, directory, params);
    const periodCol = Math.max(0, data.headers.findIndex((h) => h.trim() === KPI_COL.period.header.zh || h.trim() === KPI_COL.period.header.en));
    kept.forEach(({ rec, index }, j) => {
      const member = staffById.get(str(rec[KPI_COL.staffId.key]).toLowerCase());
      const row = data.headerRow + 1 + index;
      out.push({
        scheme: scheme.id,
        table: scheme.table,
        sheet: data.sheet,
        row,
        address: `${columnLetters(data.firstCol + periodCol)}${row}`,
        period: str(rec[KPI_COL.period.key]),
        staffId: str(rec[KPI_COL.staffId.key]),
        name: str(member?.name),
        position: str(member?.position),
        rank: str(member?.rank),
        scored: scored[j]!,
        firstReviewer: str(rec[KPI_COL.firstReviewer.key]),
        firstReviewDate: num(rec[KPI_COL.firstReviewDate.key]),
        secondReviewer: str(rec[KPI_COL.secondReviewer.key]),
        secondReviewDate: num(rec[KPI_COL.secondReviewDate.key]),
        inputs: inputs[j]?.inputs ?? {},
      });
    });
  });
  return { rows: out, missingParams: missing };
}

/** Workbook parameters over the defaults: a deleted parameter must not stop the scores. */
function paramsOf(records: Record<string, CellValue>[]): { params: ParamMap; missing: string[] } {
  const { params, missing } = paramMapFrom(records.map((r) => ({ id: r.id, value: r.value })));
  const merged = new Map(params);
  for (const d of DEFAULT_PARAMS) if (!merged.has(d.id)) merged.set(d.id, d.value);
  return { params: merged, missing };
}

/**
 * A prefilled input whose cell holds no value (its formula not computed by this host) gets the
 * value the formula computes; a value the user typed over it stays.
 */
function withPrefill(
  scheme: Scheme,
  rec: Record<string, CellValue>,
  staffById: Map<string, Record<string, CellValue>>,
  ledgers: Ledgers,
): Record<string, CellValue> {
  const inputs: Record<string, CellValue> = {};
  const member = staffById.get(str(rec[KPI_COL.staffId.key]).toLowerCase());
  const subject = {
    period: rec[KPI_COL.period.key] ?? null,
    staffId: rec[KPI_COL.staffId.key] ?? null,
    name: str(member?.name),
    dept: member?.dept === null || member?.dept === undefined ? '' : String(member.dept),
  };
  for (const input of scheme.inputs) {
    const v = rec[input.key] ?? null;
    if (v !== null && v !== '') inputs[input.key] = v;
    else if (input.prefill) inputs[input.key] = derivePrefill(input, subject, ledgers).value;
    else inputs[input.key] = v;
  }
  return inputs;
}

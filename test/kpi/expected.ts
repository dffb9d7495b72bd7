/** The reference side of the parity test: what each cell of a generated table should compute. */
import type { CellValue } from '../../src/core/port/types';
import type { Scheme } from '../../src/core/kpi/types';
import type { ParamMap } from '../../src/core/kpi/params';
import type { ScoredRow } from '../../src/core/kpi/score';
import { scoreRows, staffDirectory, staffKey } from '../../src/core/kpi/score';
import { derivePrefill } from '../../src/core/kpi/ledgers';
import type { Ledgers } from '../../src/core/kpi/ledgers';
import { PREFILL } from './book';
import type { RowRec, StaffRec } from './gen';

export interface ExpectedRow {
  readonly scored: ScoredRow;
  readonly name: string;
  readonly position: string;
  /** Values the prefilled inputs of this row should compute to. */
  readonly prefilled: Readonly<Record<string, CellValue>>;
}

export function expectRows(
  scheme: Scheme,
  rows: readonly RowRec[],
  staff: readonly StaffRec[],
  ledgers: Ledgers,
  params: ParamMap,
): ExpectedRow[] {
  const byId = new Map<string, StaffRec>();
  for (const s of staff) {
    const k = staffKey(s.staffId);
    if (k && !byId.has(k)) byId.set(k, s);
  }
  const dir = staffDirectory(staff);
  const prefilled = rows.map((row) => {
    const s = byId.get(staffKey(row.staffId) ?? '');
    const out: Record<string, CellValue> = {};
    const subject = { period: row.period, staffId: row.staffId, name: s?.name ?? '', dept: s?.dept ?? '' };
    for (const input of scheme.inputs) {
      if (row[input.key] !== PREFILL) continue;
      out[input.key] = derivePrefill(input, subject, ledgers).value;
    }
    return out;
  });
  const inputs = rows.map((row, i) => {
    const rec: Record<string, CellValue> = {};
    for (const input of scheme.inputs) {
      const v = row[input.key];
      rec[input.key] = v === PREFILL ? prefilled[i][input.key] : (v ?? null);
    }
    return { period: row.period, staffId: row.staffId, inputs: rec };
  });
  const scored = scoreRows(scheme, inputs, dir, params);
  return scored.map((s, i) => {
    const st = byId.get(staffKey(rows[i].staffId) ?? '');
    return { scored: s, name: st?.name ?? '', position: st?.position ?? '', prefilled: prefilled[i] };
  });
}

/** What a score-like cell shows: the number when 正常, 输入有误 for input errors, else "". */
export function shown(row: ScoredRow, value: number | string | null): CellValue {
  if (row.status === '正常') return value;
  return row.status === '输入有误' ? '输入有误' : '';
}

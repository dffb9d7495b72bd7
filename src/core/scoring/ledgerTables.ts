/**
 * Reads what the KPI pre-fills derive from (Staff, Visits, Customers, StageLog, Revenue,
 * Receivables, Targets) out of tables as any adapter gives them, into the reference's `Ledgers`.
 * A table the workbook lacks counts as empty.
 */
import type { CellValue, TableData } from '../port/types';
import { STAFF } from '../model/tables/staff';
import { VISITS } from '../model/tables/visits';
import { CUSTOMERS } from '../model/tables/customers';
import { STAGE_LOG } from '../model/tables/stageLog';
import { REVENUE } from '../model/tables/revenue';
import { RECEIVABLES } from '../model/tables/receivables';
import { TARGETS } from '../model/tables/targets';
import { prepareLedgers } from '../kpi/ledgers';
import type { Ledgers } from '../kpi/ledgers';
import { recordsOf } from './tableView';

export const LEDGER_TABLES: readonly string[] = [STAFF, VISITS, CUSTOMERS, STAGE_LOG, REVENUE, RECEIVABLES, TARGETS].map((t) => t.name);

const c = (v: CellValue | undefined): CellValue => (v === undefined ? null : v);

export function ledgersOf(byName: ReadonlyMap<string, TableData>): Ledgers {
  return prepareLedgers({
    staff: recordsOf(STAFF, byName.get(STAFF.name)),
    visits: recordsOf(VISITS, byName.get(VISITS.name)).map((v) => ({ date: c(v.date), reporter: c(v.reporter), customer: c(v.customer) })),
    customers: recordsOf(CUSTOMERS, byName.get(CUSTOMERS.name)),
    stageLog: recordsOf(STAGE_LOG, byName.get(STAGE_LOG.name)).map((r) => ({ customer: c(r.customer), date: c(r.date), stage: c(r.stage) })),
    revenue: recordsOf(REVENUE, byName.get(REVENUE.name)),
    receivables: recordsOf(RECEIVABLES, byName.get(RECEIVABLES.name)),
    targets: recordsOf(TARGETS, byName.get(TARGETS.name)),
  });
}

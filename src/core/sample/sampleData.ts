import type { CellInput } from '../port/types';
import { STAFF } from '../model/tables/staff';
import { CUSTOMERS } from '../model/tables/customers';
import { CONTACTS } from '../model/tables/contacts';
import { COMPETITORS } from '../model/tables/competitors';
import { FOLLOW_UPS } from '../model/tables/followUps';
import { VISITS } from '../model/tables/visits';
import { VISIT_DAILY } from '../model/tables/visitDaily';
import { RELATION_PLAN } from '../model/tables/relationPlan';
import { GIFT_PLANS } from '../model/tables/giftPlans';
import { GIFT_REQUESTS } from '../model/tables/giftRequests';
import { RECEPTION_REQUESTS } from '../model/tables/receptionRequests';
import { RECEPTION_REPORTS } from '../model/tables/receptionReports';
import { STAGE_LOG } from '../model/tables/stageLog';
import { REVENUE } from '../model/tables/revenue';
import { RECEIVABLES } from '../model/tables/receivables';
import { CUSTOMER_VALUE } from '../kpi/customerValueTable';
import { createRng } from './random';
import { toRows } from './rows';
import { sampleStaff, staffRecord } from './sampleStaff';
import { sampleCompetitors, sampleCustomers } from './sampleCustomers';
import { sampleVisitDaily, sampleVisits } from './sampleVisits';
import { followUpsAfterVisits, sampleFollowUps } from './sampleFollowUps';
import { sampleRelationPlan } from './sampleRelations';
import { sampleGifts } from './sampleGifts';
import { sampleReceptions } from './sampleReceptions';
import { sampleCustomerValue } from './sampleCustomerValue';
import { sampleLedgers } from './sampleLedgers';
import { topUpFollowed } from './sampleFollowed';

/**
 * Demo rows for every non-KPI table, keyed by table name, each row in the table's column order with
 * formula columns null. Deterministic for a given `today` (a serial date) and `seed`. The data passes
 * the SPEC §3 checks without errors as of `today`; it shows a few warnings on purpose (one C-OWNER,
 * occasionally a V-FOLLOWUP). The records give the figures of samplePlan.ts, which the sample's Kpi
 * rows (src/core/kpi/sample.ts) read through their pre-fill formulas.
 *
 * KpiParams and the Kpi* tables are not here: the KPI module provides their rows.
 */
export function sampleData(today: number, seed = 1): Record<string, CellInput[][]> {
  const day = Math.floor(today);
  const rng = createRng(seed);
  const staff = sampleStaff(day);
  const customers = sampleCustomers(rng, day);
  const drawn = sampleVisits(rng, day, staff, customers);
  // In date order (a stable sort keeps each day's order), as a visit log is kept.
  const visits = [...drawn, ...topUpFollowed(drawn, day, staff, customers)].sort((a, b) => a.date - b.date);
  const gifts = sampleGifts(rng, day, customers);
  const receptions = sampleReceptions(rng, day, customers);
  // Its own stream, so that the older tables' demo rows stay as they were.
  const ledgers = sampleLedgers(createRng(seed + 1000), day, customers);
  return {
    Staff: toRows(STAFF, staff.map(staffRecord)),
    Customers: toRows(CUSTOMERS, customers.map((c) => c.record)),
    StageLog: toRows(STAGE_LOG, ledgers.stageLog),
    Revenue: toRows(REVENUE, ledgers.revenue),
    Receivables: toRows(RECEIVABLES, ledgers.receivables),
    Contacts: toRows(CONTACTS, customers.flatMap((c) => c.contacts.map((x) => x.record))),
    Competitors: toRows(COMPETITORS, sampleCompetitors(rng, customers)),
    CustomerValue: toRows(CUSTOMER_VALUE, sampleCustomerValue(day, customers)),
    FollowUps: toRows(FOLLOW_UPS, [...sampleFollowUps(rng, day, customers), ...followUpsAfterVisits(visits, day)]),
    Visits: toRows(VISITS, visits.map((v) => v.record)),
    VisitDaily: toRows(VISIT_DAILY, sampleVisitDaily(visits, staff)),
    RelationPlan: toRows(RELATION_PLAN, sampleRelationPlan(rng, day, customers)),
    GiftPlans: toRows(GIFT_PLANS, gifts.plans),
    GiftRequests: toRows(GIFT_REQUESTS, gifts.requests),
    ReceptionRequests: toRows(RECEPTION_REQUESTS, receptions.requests),
    ReceptionReports: toRows(RECEPTION_REPORTS, receptions.reports),
  };
}

import { HANDLED, NEEDS, OPEN, PROBLEMS, TOPICS } from './catalogue';
import { workdayOnOrBefore } from './calendar';
import type { Rng } from './random';
import type { SampleRecord } from './rows';
import type { SampleCustomer } from './sampleCustomers';
import { VISIT_WINDOW_DAYS } from './sampleVisits';

/** About forty 持续支持跟进 entries, mostly on key accounts, by the customer's owner, in date order. */
export function sampleFollowUps(rng: Rng, today: number, customers: readonly SampleCustomer[]): SampleRecord[] {
  const rows: { date: number; record: SampleRecord }[] = [];
  for (const c of customers) {
    const n = c.key ? rng.int(2, 3) : rng.int(0, 1);
    for (let i = 0; i < n; i++) {
      const earliest = Math.max(c.createdDate, today - VISIT_WINDOW_DAYS);
      const date = Math.max(earliest, workdayOnOrBefore(today - rng.int(0, today - earliest)));
      const problem = rng.chance(0.5);
      rows.push({
        date,
        record: {
          customerId: c.customerId,
          date,
          progress: problem
            ? `${rng.pick(PROBLEMS)}:客户反馈后已立项跟进`
            : `${rng.pick(TOPICS)}推进中,客户关注${rng.pick(NEEDS)}`,
          handling: problem ? (rng.chance(0.6) ? rng.pick(HANDLED) : rng.pick(OPEN)) : '按计划推进,下次拜访确认进度',
          follower: c.seed.owner,
        },
      });
    }
  }
  return rows.sort((a, b) => a.date - b.date).map((r) => r.record);
}

/**
 * A phone follow-up two days after each visit whose outcome is A or E (B and C get a revisit), so
 * that V-FOLLOWUP (every outcome but D 无希望 needs a visit or follow-up within 7 days) holds on the
 * demo data. One per customer and day; none after today.
 */
export function followUpsAfterVisits(
  visits: readonly { date: number; reporter: string; customer: SampleCustomer; result: string }[],
  today: number,
): SampleRecord[] {
  const seen = new Set<string>();
  const out: SampleRecord[] = [];
  for (const v of visits) {
    if (!v.result.startsWith('A') && !v.result.startsWith('E')) continue;
    const date = v.date + 2;
    const k = `${v.customer.customerId}|${date}`;
    if (date > today || seen.has(k)) continue;
    seen.add(k);
    out.push({ customerId: v.customer.customerId, date, progress: '电话回访:确认拜访纪要与下一步安排', handling: null, follower: v.reporter });
  }
  return out;
}

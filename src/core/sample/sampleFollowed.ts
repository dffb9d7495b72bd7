/**
 * 有效跟进客户数 (L1, L3) counts the distinct customers a member visited in the month (SPEC §4). The
 * demo's random visits may fall short of a member's 岗位跟进标准, and the first scored month is only
 * partly inside the random log's window; this adds, in each scored month, visits of further
 * customers until every member with a standard has visited at least that many, so that the demo's
 * 客户过程管理 is full and its grades are the plan's (samplePlan.ts). Each added visit is a 建立关系
 * call with an outcome of E 继续观察, which followUpsAfterVisits follows up by phone (V-FOLLOWUP).
 */
import { defaultParamMap, followStandard } from '../kpi/params';
import { monthKeyOf, periodEndOf, periodOfSerial, periodStartOf } from '../kpi/period';
import { isWorkday } from './calendar';
import { ACTIVITIES, DIRECTOR, TOPICS } from './catalogue';
import type { SampleCustomer } from './sampleCustomers';
import type { SampleStaff } from './sampleStaff';
import type { SampleVisit } from './sampleVisits';

export function topUpFollowed(visits: readonly SampleVisit[], today: number, staff: readonly SampleStaff[], customers: readonly SampleCustomer[]): SampleVisit[] {
  const params = defaultParamMap();
  const current = monthKeyOf(periodOfSerial(today)) as number;
  const added: SampleVisit[] = [];
  for (let key = current - 3; key < current; key++) {
    const first = periodStartOf(key);
    const last = periodEndOf(key);
    for (const s of staff) {
      const standard = followStandard(params, s.seed.position);
      if (standard <= 0 || s.hireDate > last) continue;
      const seen = new Set(visits.filter((v) => v.reporter === s.seed.name && v.date >= first && v.date <= last).map((v) => v.customer.customerId));
      const days: number[] = [];
      for (let d = Math.max(first, s.hireDate); d <= Math.min(last, today); d++) if (isWorkday(d)) days.push(d);
      // Own customers first, then key accounts, then the rest; only files that exist by the day.
      const order = [...customers].sort((a, b) => rank(a, s) - rank(b, s));
      let n = 0;
      for (const c of order) {
        if (seen.size >= standard) break;
        if (seen.has(c.customerId) || c.contacts.length === 0) continue;
        const day = days.find((d, i) => i >= (n * 3) % Math.max(1, days.length) && d >= c.createdDate) ?? days.find((d) => d >= c.createdDate);
        if (day === undefined) continue;
        seen.add(c.customerId);
        n++;
        added.push(visitOf(day, s, c, n));
      }
    }
  }
  return added;
}

function rank(c: SampleCustomer, s: SampleStaff): number {
  return c.seed.owner === s.seed.name ? 0 : c.key ? 1 : 2;
}

function visitOf(day: number, s: SampleStaff, c: SampleCustomer, n: number): SampleVisit {
  const interviewee = c.contacts[0]!.name;
  const plan = 'c 建立关系';
  const result = 'E 继续观察';
  return {
    date: day,
    reporter: s.seed.name,
    customer: c,
    interviewee,
    plan,
    result,
    record: {
      date: day,
      reporter: s.seed.name,
      supervisor: s.seed.manager,
      director: s.seed.name === DIRECTOR ? null : DIRECTOR,
      customer: c.seed.name,
      interviewee,
      plan,
      summary: `${ACTIVITIES[n % ACTIVITIES.length]},沟通${TOPICS[n % TOPICS.length]}`,
      result,
      problemStatus: null,
      companions: null,
      expenseItem: null,
      amount: null,
      remark: null,
    },
  };
}

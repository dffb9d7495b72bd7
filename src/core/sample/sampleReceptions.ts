import { CITIES, STAFF_SEEDS } from './catalogue';
import { workdayOnOrBefore } from './calendar';
import type { Rng } from './random';
import type { SampleRecord } from './rows';
import type { SampleCustomer } from './sampleCustomers';

const PURPOSES = ['客户来访时的招待', '招待新的合作客户', '庆祝新客户合作关系的建立', '重要的节日或庆典', '达到各种目的后的致谢'];
const VENUES = ['国际酒店中餐厅', '本帮菜馆', '公司商务室', '会议中心'];
const NOTES = ['客户不饮酒,注意安排', '对方副总时间紧,控制在两小时内', '避免谈及竞品价格', '准备好运营月报'];
const INFO = ['明年仓储需求量', '招标时间与评分标准', '现有供应商的服务问题', '决策链变化'];
const EFFECT = ['气氛融洽,客户同意启动试点', '客户认可服务改进,答应扩大份额', '初步建立高层联系', '确认续签意向'];
const FUTURE = ['作为年框谈判的基础', '据此准备试点方案', '安排技术团队跟进对接', '纳入季度关系强化计划'];

const cost = (rng: Rng, p: number, min: number, max: number): number | null => (rng.chance(p) ? rng.int(min, max) * 10 : null);
const share = (rng: Rng, x: number | null): number => (x === null ? 0 : Math.floor(x * (0.8 + rng.next() * 0.2)));
const orNull = (x: number): number | null => (x > 0 ? x : null);

/**
 * Seven approved reception requests on key accounts. Those whose date has passed each have a report
 * (R-REPORT) whose costs are taken from the request's, at 80–100 %, so that its 合计 never exceeds
 * the request's (R-OVERSPEND); the last request lies ahead and has no report yet.
 */
export function sampleReceptions(rng: Rng, today: number, customers: readonly SampleCustomer[]): { requests: SampleRecord[]; reports: SampleRecord[] } {
  const requests: SampleRecord[] = [];
  const reports: SampleRecord[] = [];
  const keys = customers.filter((c) => c.key).slice(0, 7);
  keys.forEach((c, i) => {
    const future = i === keys.length - 1;
    const date = future ? today + rng.int(6, 20) : workdayOnOrBefore(today - rng.int(6, 85));
    const applyDate = workdayOnOrBefore(Math.min(today - 1, date - rng.int(3, 10)));
    const purpose = rng.pick(PURPOSES);
    const costs = {
      hospitality: rng.int(150, 450) * 10,
      meeting: cost(rng, 0.4, 80, 200),
      ceremony: purpose === '重要的节日或庆典' ? rng.int(200, 400) * 10 : null,
      gifts: cost(rng, 0.5, 30, 120),
      other: cost(rng, 0.5, 20, 60),
    };
    const applicant = STAFF_SEEDS.find((s) => s.name === c.seed.owner)!;
    const requestId = `JD-${String(i + 1).padStart(3, '0')}`;
    requests.push({
      requestId,
      customer: c.seed.name,
      receptionDate: date,
      execution: future ? null : rng.chance(0.7) ? '全部执行' : '部分执行',
      costType: '公司承担',
      ...costs,
      purpose,
      grade: costs.hospitality > 3500 ? '高档' : '中档',
      applicant: applicant.name,
      applyDate,
      directorReview: '同意',
      financeReview: '同意',
    });
    if (future) return;
    // Lodging and transport come out of the request's ceremony and other costs.
    const rest = share(rng, (costs.other ?? 0) + (costs.ceremony ?? 0));
    const lodging = Math.floor(rest * 0.6);
    const contacts = c.contacts.slice(0, 3).map((x) => x.name);
    reports.push({
      reportId: `BG-${String(reports.length + 1).padStart(3, '0')}`,
      requestId,
      customer: c.seed.name,
      receptionDate: date,
      reporter: applicant.name,
      purpose,
      place: `${CITIES[c.seed.city]!.city.replace('市', '')}${rng.pick(VENUES)}`,
      reportDate: Math.min(today, date + rng.int(1, 3)),
      meeting: orNull(share(rng, costs.meeting)),
      meals: orNull(share(rng, costs.hospitality)),
      lodging: orNull(lodging),
      gifts: orNull(share(rng, costs.gifts)),
      transport: orNull(rest - lodging),
      customerAttendees: contacts.join('、'),
      ourAttendees: [...new Set([applicant.name, applicant.manager ?? applicant.name])].join('、'),
      notes: rng.pick(NOTES),
      infoWanted: rng.pick(INFO),
      effect: rng.pick(EFFECT),
      futureUse: rng.pick(FUTURE),
      directorReview: '同意',
      // One report is still waiting for the general manager and finance.
      gmReview: i === keys.length - 2 ? '待审批' : '同意',
      financeReview: i === keys.length - 2 ? '待审批' : '同意',
    });
  });
  return { requests, reports };
}

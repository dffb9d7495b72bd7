import {
  CITIES,
  COMPETITORS,
  CONTACT_ROLES,
  CUSTOMER_SEEDS,
  GIVEN_NAMES,
  HOBBIES,
  KEY_ACCOUNT_COUNT,
  STAFF_SEEDS,
  SURNAMES,
} from './catalogue';
import type { CustomerSeed } from './catalogue';
import { serialOf, workdayOnOrBefore, yearOf } from './calendar';
import type { Rng } from './random';
import type { SampleRecord } from './rows';

export interface SampleContact {
  readonly customerId: string;
  readonly name: string;
  readonly role: string;
  readonly record: SampleRecord;
}

export interface SampleCustomer {
  readonly seed: CustomerSeed;
  readonly customerId: string;
  readonly createdDate: number;
  readonly key: boolean;
  readonly contacts: readonly SampleContact[];
  readonly record: SampleRecord;
}

const STAGE_SUCCESS: Readonly<Record<string, readonly [number, number]>> = {
  已成交: [90, 100],
  促成成交: [60, 85],
  建立关系: [30, 60],
  价值评估: [20, 40],
  信息搜集: [10, 30],
  确定对象: [5, 20],
  暂缓: [5, 10],
};

const FEASIBILITY = ['现有仓网可覆盖,需增配旺季临时仓', '运作能力满足,需新增两条干线班车', '需与客户WMS对接,周期约四周', '冷链车辆需补充两台'];
const TECH_RISK = ['低:标准接口', '中:客户系统老旧,需定制对接', '中:温控数据需全程留存', '低:沿用现有方案'];
const FOLLOWER = ['建议推进年框报价', '建议先做区域试点', '客户关注价格,需控制毛利底线', '维护现有合作,争取增量'];
const DIRECTOR = ['同意推进', '同意,注意回款周期', '优先资源支持', '暂缓投入,保持联系'];
const TECH_LEADS = ['孙伟', '周婷', '马俊'];

/** Every third-party organisation shows up once as 所涉及单位 (SPEC: 所属单位 may differ from the customer). */
const THIRD_PARTY = { unit: '中衡物流咨询有限公司', title: '项目顾问', level: '管理层', role: '影响者' } as const;

/** Distinct person names for contacts, never clashing with staff names. */
function nameFactory(rng: Rng): () => string {
  const used = new Set<string>(STAFF_SEEDS.map((s) => s.name));
  return () => {
    for (;;) {
      const n = rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
}

const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');

function mobile(rng: Rng): string {
  return `1${rng.pick(['38', '39', '36', '58', '86', '89', '77'])} ${digits(rng, 4)} ${digits(rng, 4)}`;
}

function landline(rng: Rng, areaCode: string): string {
  const n = `${rng.int(5, 8)}${digits(rng, 3)} ${digits(rng, 4)}`;
  return rng.chance(0.5) ? `+86 ${areaCode} ${n}` : `0${areaCode}-${n}`;
}

function contactsOf(rng: Rng, customerId: string, unit: string, key: boolean, withThirdParty: boolean, nextName: () => string, today: number): SampleContact[] {
  const count = key ? rng.int(3, 5) : rng.int(2, 4);
  // Key accounts have two insiders among the non-deciders; others at most one, by chance.
  const insiders = new Set<number>(key ? [1, 2] : rng.chance(0.4) ? [rng.int(1, count - 1)] : []);
  const out: SampleContact[] = [];
  const roles = CONTACT_ROLES.slice(0, count).map((r) => ({ ...r, unit }));
  if (withThirdParty) roles.push({ ...THIRD_PARTY });
  roles.forEach((r, i) => {
    const name = nextName();
    const insider = insiders.has(i);
    const birthday = rng.chance(0.6) ? serialOf(yearOf(today) - rng.int(30, 56), rng.int(1, 12), rng.int(1, 28)) : null;
    out.push({
      customerId,
      name,
      role: r.role,
      record: {
        customerId,
        unit: r.unit,
        name,
        title: r.title,
        phone: mobile(rng),
        level: r.level,
        role: r.role,
        insider: insider ? '是' : '否',
        closeness: insider ? rng.int(4, 5) : key ? rng.int(2, 4) : rng.int(1, 4),
        expertise: rng.int(2, 5),
        support: insider ? rng.int(4, 5) : key ? rng.int(2, 4) : rng.int(1, 4),
        birthday,
        hobbies: rng.chance(0.5) ? rng.pick(HOBBIES) : null,
      },
    });
  });
  return out;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Customers with their contacts; the first contact is the customer's 常用联系人. */
export function sampleCustomers(rng: Rng, today: number): SampleCustomer[] {
  const nextName = nameFactory(rng);
  return CUSTOMER_SEEDS.map((seed, i) => {
    const key = i < KEY_ACCOUNT_COUNT;
    const customerId = `KH-${String(i + 1).padStart(4, '0')}`;
    const createdDate = workdayOnOrBefore(today - seed.createdDaysAgo);
    const contacts = contactsOf(rng, customerId, seed.name, key, i === 2 || i === 9, nextName, today);
    const city = CITIES[seed.city]!;
    const [lo, hi] = STAGE_SUCCESS[seed.stage] ?? [10, 50];
    const hasBudget = key || rng.chance(0.3);
    const budget = hasBudget ? round1((seed.volume ?? rng.int(5, 15)) * 12 * (0.8 + rng.next() * 0.4)) : null;
    const hasPlan = key || rng.chance(0.25);
    const owner = STAFF_SEEDS.find((s) => s.name === seed.owner)!;
    const record: SampleRecord = {
      customerId,
      createdDate,
      name: seed.name,
      enterpriseType: seed.type,
      industry: seed.industry,
      mainBusiness: seed.business,
      industryPosition: seed.standing,
      foundedYear: seed.founded,
      address: `${city.city}${rng.pick(city.districts)}${rng.pick(city.roads)}${rng.int(1, 999)}号`,
      phone: landline(rng, city.areaCode),
      mainContact: contacts[0]!.name,
      projects: seed.projects || null,
      customerClass: seed.cls,
      monthlyVolume: seed.volume,
      owner: seed.owner,
      hasBudget: hasBudget ? '是' : '否',
      budgetCategory: hasBudget ? rng.pick(['年度物流预算', '专项采购预算', '供应链降本项目']) : null,
      budgetAmount: budget,
      hasPlan: hasPlan ? '是' : '否',
      planDate: hasPlan ? today + rng.int(-60, 120) : null,
      projectGoal: key ? `${seed.projects}:物流成本降低${rng.int(5, 15)}%` : null,
      expectedDate: key ? today + rng.int(30, 240) : null,
      successRate: rng.int(lo, hi),
      expectedFunds: budget,
      needTrial: rng.chance(0.3) ? '是' : '否',
      tender: seed.type === '国企' || rng.chance(0.3) ? '是' : '否',
      creditLevel: key ? rng.pick(['很好', '好']) : rng.pick(['好', '一般', '一般']),
      payAttitude: key ? rng.pick(['爽快', '一般']) : rng.pick(['一般', '迟缓']),
      projectManager: owner.scheme === 'S1' ? null : seed.owner,
      accountManager: owner.scheme === 'S1' ? seed.owner : null,
      techLead: key ? rng.pick(TECH_LEADS) : null,
      specialist: owner.scheme === 'S1' ? '赵磊' : null,
      complaintHandler: key ? '客服中心 吴敏' : null,
      feasibility: key || rng.chance(0.3) ? rng.pick(FEASIBILITY) : null,
      techRisk: key ? rng.pick(TECH_RISK) : null,
      followerOpinion: rng.pick(FOLLOWER),
      directorOpinion: key ? rng.pick(DIRECTOR) : null,
      gmOpinion: key && seed.volume !== null && seed.volume > 50 ? '同意,列入重点客户' : null,
    };
    return { seed, customerId, createdDate, key, contacts, record };
  });
}

/** One or two competitors for most customers. */
export function sampleCompetitors(rng: Rng, customers: readonly SampleCustomer[]): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const c of customers) {
    if (!c.key && rng.chance(0.4)) continue;
    for (const comp of rng.shuffle(COMPETITORS).slice(0, rng.int(1, 2))) {
      out.push({ customerId: c.customerId, company: comp.company, products: comp.products, closeness: rng.int(1, 5) });
    }
  }
  return out;
}

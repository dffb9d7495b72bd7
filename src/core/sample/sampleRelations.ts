import type { Rng } from './random';
import type { SampleRecord } from './rows';
import type { SampleCustomer } from './sampleCustomers';

const LEVELS = ['总经理', '副总经理', '部门经理', '部门主管'];
const RELATION = ['密切', '良好', '一般', '初步建立'];
const INFLUENCE = ['争取其在年框招标中支持我司', '推动将我司列入合格供应商名录', '提升我司在物流部的口碑', '了解预算与决策时间表'];
const VERSUS = ['与顺捷供应链往来较多', '无明显倾向', '曾与华运通有合作,评价一般', '对冷云冷链报价较认可'];
const MEASURES = ['季度高层互访', '邀请参观新仓与运控中心', '节日问候与礼品', '联合举办技术交流会', '每月运营报告当面汇报'];

/** 客户关系强化 rows for the first eight key accounts, one to three levels each. */
export function sampleRelationPlan(rng: Rng, today: number, customers: readonly SampleCustomer[]): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const c of customers.filter((x) => x.key).slice(0, 8)) {
    for (const level of LEVELS.slice(0, rng.int(1, 3))) {
      out.push({
        customer: c.seed.name,
        level,
        relation: rng.pick(RELATION),
        influence: rng.pick(INFLUENCE),
        competitorRelation: rng.pick(VERSUS),
        owner: c.seed.owner,
        measures: rng.pick(MEASURES),
        schedule: today + rng.int(-20, 90),
        remark: rng.chance(0.3) ? '需总监陪同' : null,
      });
    }
  }
  return out;
}

import { readFileSync } from 'fs';
import { join } from 'path';
import type { Lang, TableSpec, WorkbookModel } from '../../src/core/model/types';
import { LANGS } from '../../src/core/model/types';
import { LISTS, listValues } from '../../src/core/model/lists';
import { createFormulaContext, escapeHeader } from '../../src/core/model/formulaContext';
import { numberFormatOf } from '../../src/core/model/numberFormats';
import { STAFF } from '../../src/core/model/tables/staff';
import { KPI_PARAMS } from '../../src/core/model/tables/kpiParams';
import { CUSTOMERS } from '../../src/core/model/tables/customers';
import { CONTACTS } from '../../src/core/model/tables/contacts';
import { COMPETITORS } from '../../src/core/model/tables/competitors';
import { FOLLOW_UPS } from '../../src/core/model/tables/followUps';
import { VISITS } from '../../src/core/model/tables/visits';
import { VISIT_DAILY } from '../../src/core/model/tables/visitDaily';
import { RELATION_PLAN } from '../../src/core/model/tables/relationPlan';
import { GIFT_PLANS } from '../../src/core/model/tables/giftPlans';
import { GIFT_REQUESTS } from '../../src/core/model/tables/giftRequests';
import { RECEPTION_REQUESTS } from '../../src/core/model/tables/receptionRequests';
import { RECEPTION_REPORTS } from '../../src/core/model/tables/receptionReports';
import { STAGE_LOG } from '../../src/core/model/tables/stageLog';
import { REVENUE } from '../../src/core/model/tables/revenue';
import { RECEIVABLES } from '../../src/core/model/tables/receivables';
import { TARGETS } from '../../src/core/model/tables/targets';

/** The zh-CN headers of SPEC §2.1, in SPEC order: the contract. */
const SPEC_HEADERS: Record<string, string[]> = {
  Staff: ['工号', '姓名', '部门', '岗位', '职级', '直属上级', '入职日期', '转岗日期', '考核方案', '在职'],
  KpiParams: ['参数', '值', '说明'],
  Customers: [
    '档案编号', '建档日期', '客户名称', '企业性质', '所在行业', '主营业务范围', '行业地位', '成立年代', '地址', '电话',
    '常用联系人', '合作项目', '客户类别', '开发阶段', '成交日期', '月业务量(万元)', '负责人', '是否有项目预算', '预算资金类别',
    '预算金额(万元)', '是否有实施计划', '计划时间', '项目预期目标', '预期时间', '成功率', '预计项目资金(万元)',
    '是否需要试用', '是否招标', '信用等级', '付款态度', '项目经理', '客户经理', '技术/实施', '客户专员', '投诉受理人',
    '可行性评估', '技术风险评估', '跟进人员意见', '大客户总监意见', '总经理意见',
  ],
  Contacts: ['档案编号', '所属单位', '姓名', '职务', '联系电话', '层次', '决策角色', '是否内线', '亲密程度', '专业程度', '支持程度', '生日', '兴趣爱好'],
  Competitors: ['档案编号', '企业名称', '主要产品', '亲密程度'],
  FollowUps: ['档案编号', '跟进日期', '项目发展进度与存在的问题', '问题跟进人意见、处理方式', '跟进人'],
  Visits: ['日期', '星期', '填表人', '主管', '总监', '客户', '面谈者', '商谈计划', '面谈概要', '成果', '问题状态', '同行者', '费用项目', '金额(元)', '备注', '回访期限', '可报销'],
  VisitDaily: ['日期', '填表人', '本日拜访数目', '本日处理问题', '本日未处理问题', '本日费用合计'],
  RelationPlan: ['客户', '层级', '客户关系', '强化影响力', '同关键竞争对手关系', '本公司相关负责人员', '强化措施', '时间安排', '备注'],
  GiftPlans: ['计划编号', '客户名称', '从事行业', '负责人姓名', '合作现状', '馈赠目的', '礼品名称', '礼品数量', '预算价值(元)', '备注'],
  GiftRequests: [
    '申请编号', '关联计划编号', '礼品馈赠申请部门', '礼品管理部门', '馈赠日期', '馈赠对象', '礼品收受人员', '礼品名称', '数量',
    '价值(元)', '备注', '填表人', '部门主管审批', '礼品管理人员审批', '办公室主任审批', '副经理审批',
  ],
  ReceptionRequests: [
    '申请编号', '客户名', '接待时间', '执行情况', '费用类型', '招待费用', '会议费用', '典礼费用', '礼品费用', '其他费用', '合计',
    '招待目的', '客户接待档次', '申请人', '申请日期', '大客户总监审核', '财务部经理审核',
  ],
  ReceptionReports: [
    '报告编号', '关联申请编号', '客户名称', '招待日期', '报告人', '招待目的', '招待地点', '报告时间', '会议费', '用餐费', '住宿费',
    '礼品费', '交通费', '合计', '客户同席人员名单', '本公司同席人员名单', '注意事项', '想要搜集的信息', '接待效果',
    '如何用于今后的活动', '大客户总监审核', '总经理审核', '财务部审核',
  ],
  StageLog: ['客户', '日期', '阶段', '下一步', '下次拜访日期', '记录人', '备注'],
  Revenue: ['期间', '客户', '负责人', '营业额(万元)', '利润(万元)', '备注'],
  Receivables: ['单据编号', '客户', '负责人', '开票日期', '应收日期', '应收金额(万元)', '回款日期', '回款金额(万元)', '备注'],
  Targets: [
    '期间', '工号', '计划销售额(万元)', '计划新客户数', '营业额目标(万元)', '新增客户目标数', '部门目标(万元)', '部门营业额目标(万元)',
    '新增落地客户目标数', '设定人', '设定日期', '变更审批',
  ],
};

/** Technical helper columns after SPEC's: formulas, headers prefixed "_" (see docs/MODEL.md). */
const HELPER_HEADERS: Record<string, string[]> = {
  Visits: ['_月序', '_月键', '_首访'],
  Customers: ['_部门', '_末次'],
  Revenue: ['_月序', '_部门'],
  Receivables: ['_部门'],
  Targets: ['_键'],
};

/** Required (`*`) columns of SPEC §2.1, plus VisitDaily's 填表人 (its rows mean nothing without it). */
const SPEC_REQUIRED: Record<string, string[]> = {
  Staff: ['工号', '姓名', '岗位', '职级', '入职日期', '考核方案', '在职'],
  KpiParams: ['参数', '值'],
  Customers: ['档案编号', '建档日期', '客户名称', '负责人'],
  Contacts: ['档案编号', '姓名'],
  Competitors: ['档案编号', '企业名称'],
  FollowUps: ['档案编号', '跟进日期', '项目发展进度与存在的问题', '跟进人'],
  Visits: ['日期', '填表人', '客户', '面谈者', '商谈计划', '成果'],
  VisitDaily: ['日期', '填表人'],
  RelationPlan: ['客户', '层级'],
  GiftPlans: ['计划编号', '客户名称', '馈赠目的', '礼品名称', '礼品数量', '预算价值(元)'],
  GiftRequests: ['申请编号', '关联计划编号', '礼品馈赠申请部门', '馈赠日期', '馈赠对象', '礼品收受人员', '礼品名称', '数量', '价值(元)', '填表人'],
  ReceptionRequests: ['申请编号', '客户名', '接待时间', '招待目的', '客户接待档次', '申请人', '申请日期'],
  ReceptionReports: ['报告编号', '关联申请编号', '客户名称', '招待日期', '报告人', '报告时间'],
  StageLog: ['客户', '日期', '阶段', '记录人'],
  Revenue: ['期间', '客户', '负责人', '营业额(万元)'],
  Receivables: ['单据编号', '客户', '负责人', '开票日期', '应收日期', '应收金额(万元)'],
  Targets: ['期间', '工号', '设定人', '设定日期'],
};

const TABLES: TableSpec[] = [
  STAFF, KPI_PARAMS, CUSTOMERS, CONTACTS, COMPETITORS, FOLLOW_UPS, VISITS, VISIT_DAILY, RELATION_PLAN,
  GIFT_PLANS, GIFT_REQUESTS, RECEPTION_REQUESTS, RECEPTION_REPORTS, STAGE_LOG, REVENUE, RECEIVABLES, TARGETS,
];

// The KPI tables live in another module; these tables only refer to each other.
const MODEL: WorkbookModel = {
  version: 1,
  sheets: [{ key: 'all', name: { zh: '全部', en: 'All' }, tables: TABLES }],
  lists: LISTS,
};

const FORBIDDEN = [
  'FILTER', 'UNIQUE', 'SORT', 'SORTBY', 'SEQUENCE', 'RANDARRAY', 'LET', 'LAMBDA', 'XLOOKUP', 'XMATCH',
  'MAXIFS', 'MINIFS', 'IFS', 'SWITCH', 'TEXTJOIN', 'CONCAT', 'TEXT', 'TODAY', 'NOW', 'INDIRECT', 'OFFSET',
];

function renderAll(): { table: TableSpec; key: string; formula: string; lang: Lang }[] {
  const out: { table: TableSpec; key: string; formula: string; lang: Lang }[] = [];
  for (const table of TABLES) {
    for (const lang of LANGS) {
      const f = createFormulaContext(MODEL, table.name, lang);
      for (const c of table.columns) {
        if (c.type.kind === 'formula') out.push({ table, key: c.key, formula: c.type.formula(f), lang });
        if (c.prefill) out.push({ table, key: c.key, formula: c.prefill(f), lang });
      }
    }
  }
  return out;
}

describe('model tables', () => {
  it('has every non-KPI table of SPEC §2.1 with the exact zh-CN headers in SPEC order, helpers after', () => {
    expect(TABLES.map((t) => t.name).sort()).toEqual(Object.keys(SPEC_HEADERS).sort());
    for (const t of TABLES) {
      expect([t.name, t.columns.map((c) => c.header.zh)]).toEqual([t.name, [...SPEC_HEADERS[t.name]!, ...(HELPER_HEADERS[t.name] ?? [])]]);
      const helpers = t.columns.slice(SPEC_HEADERS[t.name]!.length);
      for (const c of helpers) expect([t.name, c.key, c.type.kind, c.header.en.startsWith('_')]).toEqual([t.name, c.key, 'formula', true]);
    }
  });

  it('marks exactly the SPEC required columns as required', () => {
    for (const t of TABLES) {
      expect([t.name, t.columns.filter((c) => c.required).map((c) => c.header.zh)]).toEqual([t.name, SPEC_REQUIRED[t.name]]);
    }
  });

  it('has ASCII table names and unique ASCII camelCase keys, and unique headers per language', () => {
    for (const t of TABLES) {
      expect(t.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      const keys = t.columns.map((c) => c.key);
      for (const k of keys) expect(k).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(t.columns.map((c) => c.header.zh)).size).toBe(keys.length);
      expect(new Set(t.columns.map((c) => c.header.en)).size).toBe(keys.length);
    }
  });

  it('writes headers with ASCII parentheses only, and non-empty English headers', () => {
    for (const t of TABLES) {
      for (const c of t.columns) {
        expect(c.header.zh).not.toMatch(/[\uff08\uff09]/);
        expect(c.header.en).not.toMatch(/[\uff08\uff09]/);
        expect(c.header.en.trim()).not.toBe('');
      }
    }
  });

  it('keeps the keys that FormulaContext.param() reads', () => {
    expect(KPI_PARAMS.columns.map((c) => c.key)).toEqual(['id', 'value', 'note']);
  });

  it('points every reference at an existing table and column', () => {
    for (const t of TABLES) {
      for (const c of t.columns) {
        if (c.type.kind !== 'ref') continue;
        const target = TABLES.find((x) => x.name === (c.type as { table: string }).table);
        expect(target).toBeDefined();
        expect(target!.columns.map((x) => x.key)).toContain(c.type.column);
      }
    }
  });

  it('uses only list ids that exist, and every list has unique values', () => {
    const ids = new Set(LISTS.map((l) => l.id));
    expect(ids.size).toBe(LISTS.length);
    for (const t of TABLES) for (const c of t.columns) if (c.type.kind === 'enum') expect(ids).toContain(c.type.list);
    for (const l of LISTS) {
      expect(l.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(new Set(l.values).size).toBe(l.values.length);
    }
  });

  it('has the SPEC values in the lists that formulas and rules compare with', () => {
    expect(listValues('yesno')).toEqual(['是', '否']);
    expect(listValues('scheme')).toEqual(['S1', 'L1', 'L3', 'L4']);
    expect(listValues('visitPlan')).toEqual(['a 初次拜访', 'b 处理问题', 'c 建立关系']);
    expect(listValues('visitResult')).toEqual(['A 商谈成功', 'B 有希望', 'C 再度访问', 'D 无希望', 'E 继续观察']);
    expect(listValues('approval')).toEqual(['待审批', '同意', '不同意']);
    expect(listValues('kpiStatus')).toEqual(['免考', '待录入', '输入有误', '正常']);
    expect(listValues('valueClass')).toEqual(['A 全力以赴', 'B 控制投入', 'C 关注变化', 'D 暂缓观察']);
    expect(listValues('grade')).toEqual(['A', 'B', 'C', 'D']);
    expect(listValues('industry')).toContain('医(药)疗');
    expect(() => listValues('nope')).toThrow();
  });

  it('marks 生日 and 兴趣爱好 personal, and nothing else', () => {
    const personal = TABLES.flatMap((t) => t.columns.filter((c) => c.personal).map((c) => `${t.name}.${c.header.zh}`));
    expect(personal).toEqual(['Contacts.生日', 'Contacts.兴趣爱好']);
  });

  it('renders every formula and prefill in both languages without forbidden functions', () => {
    const all = renderAll();
    expect(all.length).toBeGreaterThan(0);
    for (const { formula } of all) {
      expect(formula.startsWith('=')).toBe(true);
      const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
      for (const fn of FORBIDDEN) expect([formula, new RegExp(`(?<![A-Z.])${fn}\\s*\\(`).test(code)]).toEqual([formula, false]);
      // Balanced parentheses and brackets outside string literals.
      let depth = 0;
      for (const ch of code) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });

  it('never refers to its own column, and to other columns of its table only through [#This Row] (helpers excepted)', () => {
    for (const { table, key, formula, lang } of renderAll()) {
      const column = table.columns.find((c) => c.key === key)!;
      const own = `${table.name}[${escapeHeader(lang === 'zh-CN' ? column.header.zh : column.header.en)}]`;
      expect([formula, formula.includes(own)]).toEqual([formula, false]);
      // A "_" helper may read whole columns of its own table (Visits' _首访 reads _月序 and _月键).
      if (column.header.zh.startsWith('_')) continue;
      const whole = new RegExp(`${table.name}\\[(?!\\[#This Row\\])`);
      expect([formula, whole.test(formula)]).toEqual([formula, false]);
    }
  });

  it('renders the Visits formulas as SPEC describes', () => {
    const f = createFormulaContext(MODEL, 'Visits', 'zh-CN');
    const formula = (key: string): string => {
      const c = VISITS.columns.find((x) => x.key === key)!;
      if (c.type.kind !== 'formula') throw new Error(key);
      return c.type.formula(f);
    };
    expect(formula('weekday')).toBe(
      '=IF(ISNUMBER(Visits[[#This Row],[日期]]),CHOOSE(WEEKDAY(Visits[[#This Row],[日期]]),"日","一","二","三","四","五","六"),"")',
    );
    expect(formula('revisitBy')).toBe('=IF(ISNUMBER(Visits[[#This Row],[日期]]),Visits[[#This Row],[日期]]+7,"")');
    expect(formula('reimbursable')).toContain('TRIM(Visits[[#This Row],[面谈概要]])');
    // The weekday names are data: the same in an English workbook.
    expect(
      (VISITS.columns[1]!.type as { formula: (x: unknown) => string }).formula(createFormulaContext(MODEL, 'Visits', 'en-US')),
    ).toContain('"日","一"');
  });

  it('counts VisitDaily problems with the exact list values', () => {
    const f = createFormulaContext(MODEL, 'VisitDaily', 'en-US');
    const c = VISIT_DAILY.columns.find((x) => x.key === 'problemsOpen')!;
    if (c.type.kind !== 'formula') throw new Error('not a formula');
    const rendered = c.type.formula(f);
    expect(rendered).toContain(`"${listValues('visitPlan')[1]}"`);
    expect(rendered).toContain(`"${listValues('problemStatus')[1]}"`);
    // Date and reporter criteria over the month's rows of Visits (the whole log without Visits_InOrder).
    expect(rendered).toContain('COUNTIFS(INDEX(Visits[Date],');
    expect(rendered).toContain('ROWS(Visits[Date]))),VisitDaily[[#This Row],[Date]],INDEX(Visits[Reporter],');
    expect(rendered).toContain('ROWS(Visits[Reporter]))),VisitDaily[[#This Row],[Reporter]],INDEX(Visits[Plan],');
  });

  it('sums the money columns of the reception tables', () => {
    const f = createFormulaContext(MODEL, 'ReceptionRequests', 'zh-CN');
    const total = RECEPTION_REQUESTS.columns.find((x) => x.key === 'total')!;
    if (total.type.kind !== 'formula') throw new Error('not a formula');
    expect(total.type.formula(f)).toBe(
      '=SUM(ReceptionRequests[[#This Row],[招待费用]],ReceptionRequests[[#This Row],[会议费用]],ReceptionRequests[[#This Row],[典礼费用]],ReceptionRequests[[#This Row],[礼品费用]],ReceptionRequests[[#This Row],[其他费用]])',
    );
  });

  it('gives every column a readable width', () => {
    for (const t of TABLES) for (const c of t.columns) expect(c.width ?? 0).toBeGreaterThanOrEqual(8);
  });
});

describe('numberFormatOf', () => {
  const byKey = (t: TableSpec, key: string) => t.columns.find((c) => c.key === key)!;

  it('derives formats from types', () => {
    expect(numberFormatOf(byKey(VISITS, 'date'))).toBe('yyyy-mm-dd');
    expect(numberFormatOf(byKey(VISITS, 'amount'))).toBe('#,##0.00');
    expect(numberFormatOf(byKey(CONTACTS, 'closeness'))).toBe('0');
    expect(numberFormatOf(byKey(CUSTOMERS, 'successRate'))).toBe('0');
    expect(numberFormatOf(byKey(CONTACTS, 'phone'))).toBe('@');
    expect(numberFormatOf(byKey(STAFF, 'staffId'))).toBe('@');
    expect(numberFormatOf(byKey(VISITS, 'plan'))).toBe('@');
    expect(numberFormatOf(byKey(VISITS, 'revisitBy'))).toBe('yyyy-mm-dd');
  });

  it('never gives a formula or prefilled column the text format, which would stop it computing', () => {
    for (const t of TABLES) {
      for (const c of t.columns) {
        if (c.type.kind === 'formula' || c.prefill) expect([t.name, c.key, numberFormatOf(c)]).not.toEqual([t.name, c.key, '@']);
      }
    }
  });

  it('lets Column.numberFormat override the type', () => {
    expect(numberFormatOf(byKey(VISIT_DAILY, 'visits'))).toBe('0');
    expect(numberFormatOf(byKey(RECEPTION_REPORTS, 'total'))).toBe('#,##0.00');
    expect(numberFormatOf(byKey(KPI_PARAMS, 'value'))).toBe('General');
  });
});

describe('docs/MODEL.md', () => {
  const doc = readFileSync(join(__dirname, '../../docs/MODEL.md'), 'utf8');

  it('documents every column of these tables as the model has it', () => {
    for (const t of TABLES) {
      const section = doc.split(`#### ${t.name}\n`)[1]?.split(/\n##+ /)[0] ?? '';
      expect([t.name, section.length > 0]).toEqual([t.name, true]);
      const rows = section.split('\n').filter((l) => l.startsWith('| `'));
      expect(rows.map((l) => l.split(' | ').slice(0, 3).join(' | '))).toEqual(
        t.columns.map((c) => `| \`${c.key}\` | ${c.header.zh} | ${c.header.en}`),
      );
      for (const [i, c] of t.columns.entries()) {
        expect([c.key, rows[i]!.split(' | ')[5]]).toEqual([c.key, `\`${numberFormatOf(c) ?? 'General'}\``]);
        if (c.required) expect(rows[i]!.split(' | ')[4]).toBe('*');
      }
    }
  });

  it('quotes every formula and prefill as the zh-CN template renders it', () => {
    for (const t of TABLES) {
      const f = createFormulaContext(MODEL, t.name, 'zh-CN');
      for (const c of t.columns) {
        if (c.type.kind === 'formula') expect(doc).toContain(`- Formula of \`${c.key}\`: \`${c.type.formula(f)}\``);
        if (c.prefill) expect(doc).toContain(`- Prefill of \`${c.key}\`: \`${c.prefill(f)}\``);
      }
    }
  });

  it('lists every enumeration with its values', () => {
    for (const l of LISTS) expect(doc).toContain(`| \`${l.id}\` | ${l.header.zh} | ${l.header.en} | ${l.values.join(' · ')} |`);
  });
});

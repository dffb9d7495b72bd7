import { KPI_TABLES, kpiTableOf } from '../../src/core/kpi/tables';
import { SCHEMES } from '../../src/core/kpi/schemes';
import { CUSTOMER_VALUE } from '../../src/core/kpi/customerValueTable';
import { VALUE_CLASSES } from '../../src/core/kpi/customerValue';
import { DEFAULT_PARAMS } from '../../src/core/kpi/params';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { LANGS } from '../../src/core/model/types';
import type { TableSpec } from '../../src/core/model/types';
import { headerOf } from '../../src/core/model/lookup';
import { escapeHeader } from '../../src/core/model/formulaContext';
import { formulaOf, prefillOf } from '../../src/core/plan/columnFormat';
import { listValues } from '../../src/core/model/lists';

/** SPEC §4 "Every Kpi table": the input headers, in order. */
const SPEC_INPUTS: Record<string, string> = {
  S1: '计划销售额(万元) · 实际销售额(万元) · 上期销售额(万元) · 计划新客户数 · 实际新客户数 · 市场信息收集 · 团队协作 · 专业知识 · 分析判断能力 · 沟通能力 · 实际出勤天数 · 迟到次数 · 未报到直接下市场次数 · 未报到扣分 · 违反制度次数 · 责任感 · 客户投诉次数',
  L1: '营业额目标(万元) · 实际营业额(万元) · 新增客户目标数 · 实际新增客户数 · 应收账款总额(万元) · 逾期应收账款(万元) · 有效跟进客户数',
  L3: '营业额目标(万元) · 实际营业额(万元) · 部门目标(万元) · 部门实际(万元) · 新增客户目标数 · 实际新增客户数 · 应收账款总额(万元) · 逾期应收账款(万元) · 有效跟进客户数',
  L4: '部门营业额目标(万元) · 部门实际营业额(万元) · 应收回款额(万元) · 实际回款额(万元) · 新增落地客户目标数 · 实际新增落地客户数 · 利润额(万元) · 人员重大流失或项目无报备流失',
};

const zh = (t: TableSpec) => t.columns.map((c) => c.header.zh);

describe('Kpi tables', () => {
  it('come in sheet order', () => {
    expect(KPI_TABLES.map((t) => t.name)).toEqual(['KpiS1', 'KpiL1', 'KpiL3', 'KpiL4', 'KpiSummary']);
  });

  it.each(SCHEMES.map((s) => [s.id, s] as const))('%s has the SPEC columns in SPEC order', (id, scheme) => {
    const h = zh(kpiTableOf(id));
    const inputs = SPEC_INPUTS[id].split(' · ');
    const scores = scheme.items.map((i) => `${i.name.zh}得分`);
    expect(h).toEqual([
      '期间', '工号', '姓名', ...inputs, ...scores, '总分', '等级', '连续D次数', '处理建议', '考核状态',
      '初评人', '初评日期', '复评人', '复评日期', '_月序', '_期末', '_员工行', '_检查', '_键', '_D段',
    ]);
    expect(scheme.items.reduce((s, i) => s + i.max, 0)).toBe(100);
  });

  it('has unique, ASCII-parenthesised headers and ASCII keys in both languages', () => {
    for (const t of [...KPI_TABLES, CUSTOMER_VALUE]) {
      for (const lang of LANGS) {
        const hs = t.columns.map((c) => headerOf(c, lang));
        expect(new Set(hs).size).toBe(hs.length);
        for (const h of hs) expect(h).not.toMatch(/[（）]/);
      }
      for (const c of t.columns) expect(c.key).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    }
  });

  it('KpiSummary has the SPEC columns', () => {
    expect(zh(KPI_TABLES[4])).toEqual(['期间', '工号', '姓名', '岗位', '方案', '总分', '等级', '连续D次数', '处理建议', '考核状态', '_行']);
  });

  it('CustomerValue has the SPEC columns and the valueClass labels', () => {
    expect(zh(CUSTOMER_VALUE)).toEqual([
      '档案编号', '评估日期', 'A 成交后份额', 'B 时间精力费用投入', 'C 成交风险', 'D 对我司经营价值', 'E 客户付款风险',
      'F 我方供应与服务能力', 'G 技术与管理难度', '价值得分', '客户分级',
    ]);
    expect(VALUE_CLASSES).toEqual(listValues('valueClass'));
  });
});

/** Excel 2016 lacks these, or they depend on the locale. */
const BANNED = /\b(LET|LAMBDA|XLOOKUP|XMATCH|MAXIFS|MINIFS|IFS|SWITCH|TEXTJOIN|CONCAT|TEXT|FILTER|UNIQUE|SORT|SEQUENCE|IFNA|AGGREGATE|CEILING\.MATH|FLOOR\.MATH)\(/;

describe('compiled formulas', () => {
  const all = [...KPI_TABLES, CUSTOMER_VALUE].flatMap((t) =>
    LANGS.flatMap((lang) =>
      t.columns.flatMap((c) => {
        const f = formulaOf(WORKBOOK_MODEL, t.name, c, lang) ?? prefillOf(WORKBOOK_MODEL, t.name, c, lang);
        return f ? [{ t, c, lang, f }] : [];
      }),
    ),
  );

  it('render in both languages, start with =, and stay far below 8,192 characters', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const { f } of all) {
      expect(f.startsWith('=')).toBe(true);
      expect(f.length).toBeLessThan(6000);
    }
  });

  it('use only Excel 2016 functions', () => {
    for (const { t, c, f } of all) expect(`${t.name}.${c.key}: ${f}`).not.toMatch(BANNED);
  });

  it('never reference their own column (Excel would report a circular reference)', () => {
    for (const { t, c, lang, f } of all) {
      if (c.type.kind !== 'formula') continue;
      const h = escapeHeader(headerOf(c, lang));
      expect(f).not.toContain(`${t.name}[${h}]`);
      expect(f).not.toContain(`${t.name}[[#This Row],[${h}]]`);
    }
  });

  it('balance their parentheses and quotes', () => {
    for (const { f } of all) {
      const text = f.replace(/"[^"]*"/g, '""');
      expect((f.match(/"/g) ?? []).length % 2).toBe(0);
      let depth = 0;
      for (const ch of text) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });

  it('read only parameters that KpiParams starts with', () => {
    const ids = new Set(DEFAULT_PARAMS.map((p) => p.id));
    for (const { f } of all) {
      for (const m of f.matchAll(/MATCH\("([^"]+)",KpiParams/g)) expect(ids).toContain(m[1]);
    }
  });
});

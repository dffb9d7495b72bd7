/**
 * KPI inputs for the new period, typed into the preview's memory workbook through its test hook
 * (window.__kaPreview.port): in Excel the director types them into the 绩效考核 sheet's grid, which
 * the preview does not have, and the task pane offers no input form.
 *
 * Values per scheme table, by zh-CN header (SPEC §4), chosen to land in a known grade with the
 * default parameters (the same levels as the sample data, src/core/kpi/sample.ts). Every input is
 * given, including those that the workbook would prefill by formula.
 */
import type { Page } from 'playwright-core';

export type InputValues = Readonly<Record<string, number | string>>;

/** S1 → A (93), L1 → D, L3 → B (86), L4 → C (61). */
export const NOVEMBER_INPUTS: Readonly<Record<string, InputValues>> = {
  KpiS1: {
    '计划销售额(万元)': 100,
    '实际销售额(万元)': 112,
    '上期销售额(万元)': 90,
    计划新客户数: 2,
    实际新客户数: 3,
    市场信息收集: 9,
    团队协作: 9,
    专业知识: 10,
    分析判断能力: 4,
    沟通能力: 6,
    // November has 30 days: required attendance is 30 − 4.
    实际出勤天数: 26,
    迟到次数: 0,
    未报到直接下市场次数: 2,
    未报到扣分: 0,
    违反制度次数: 0,
    责任感: 5,
    客户投诉次数: 0,
  },
  KpiL1: {
    '营业额目标(万元)': 500,
    '实际营业额(万元)': 300,
    新增客户目标数: 5,
    实际新增客户数: 2,
    '应收账款总额(万元)': 100,
    '逾期应收账款(万元)': 40,
    有效跟进客户数: 3,
  },
  KpiL3: {
    '营业额目标(万元)': 300,
    '实际营业额(万元)': 290,
    '部门目标(万元)': 2000,
    '部门实际(万元)': 1400,
    新增客户目标数: 10,
    实际新增客户数: 8,
    '应收账款总额(万元)': 400,
    '逾期应收账款(万元)': 68,
    有效跟进客户数: 8,
  },
  KpiL4: {
    '部门营业额目标(万元)': 3000,
    '部门实际营业额(万元)': 2550,
    '应收回款额(万元)': 800,
    '实际回款额(万元)': 560,
    新增落地客户目标数: 6,
    实际新增落地客户数: 4,
    '利润额(万元)': 300,
    人员重大流失或项目无报备流失: '否',
  },
};

/** Writes the inputs into every row of `period` in each table; returns how many rows got them. */
export async function enterKpiInputs(page: Page, period: string, inputs: Readonly<Record<string, InputValues>>): Promise<number> {
  return page.evaluate(
    async ({ period, inputs }) => {
      type Cell = { row: number; header: string; value: number | string };
      type Port = {
        readTables(names: string[]): Promise<{ name: string; headerRow: number; headers: string[]; rows: unknown[][] }[]>;
        apply(ops: { op: 'setCells'; table: string; cells: Cell[] }[]): Promise<void>;
      };
      const hook = (window as unknown as { __kaPreview?: { port: Port } }).__kaPreview;
      if (!hook) throw new Error('window.__kaPreview is missing: is this the preview build?');
      const tables = await hook.port.readTables(Object.keys(inputs));
      const ops: { op: 'setCells'; table: string; cells: Cell[] }[] = [];
      let rows = 0;
      for (const t of tables) {
        const iPeriod = t.headers.indexOf('期间');
        if (iPeriod < 0) throw new Error(`${t.name} has no 期间 column: ${t.headers.join(', ')}`);
        const values = inputs[t.name] ?? {};
        const missing = Object.keys(values).filter((h) => !t.headers.includes(h));
        if (missing.length > 0) throw new Error(`${t.name} lacks the input columns ${missing.join(', ')}`);
        const cells: Cell[] = [];
        t.rows.forEach((r, i) => {
          if (r[iPeriod] !== period) return;
          rows++;
          for (const [header, value] of Object.entries(values)) cells.push({ row: t.headerRow + 1 + i, header, value });
        });
        if (cells.length > 0) ops.push({ op: 'setCells', table: t.name, cells });
      }
      await hook.port.apply(ops);
      return rows;
    },
    { period, inputs },
  );
}

/**
 * The dashboard planner: one plan with the period, the grade table, the score grid, the chart's
 * copy of it and two charts, all within columns A..AB (which a rewrite clears), with the formulas
 * naming KpiSummary's columns in its header language. Formula results are checked in LibreOffice
 * (dashboard.engine.test.ts).
 */
import type { CellInput, WriteOp } from '../../src/core/port/types';
import { planDashboard } from '../../src/core/dashboard/planDashboard';
import type { DashboardPlanRequest } from '../../src/core/dashboard/planDashboard';
import { periodsEndingAt } from '../../src/core/dashboard/periods';
import { DASHBOARD_LAYOUT as L } from '../../src/core/dashboard/layout';
import { PIPELINE_LAYOUT } from '../../src/core/dashboard/pipelineBlock';
import { chartPointFormula, gradeCountFormula, scoreFormula, summaryRefs } from '../../src/core/dashboard/formulas';

type Write = Extract<WriteOp, { op: 'writeCells' }>;
type Chart = Extract<WriteOp, { op: 'addChart' }>;

const STAFF = [
  { id: 'E001', name: '王建国', label: '王建国' },
  { id: 1002, name: '李思远', label: '李思远' },
  { id: 'E003', name: '', label: 'E003' },
];

function request(over: Partial<DashboardPlanRequest> = {}): DashboardPlanRequest {
  return { period: '2026-03', lang: 'zh-CN', summaryLang: 'zh-CN', sheet: { name: '仪表板', exists: true, lastRow: 0 }, staff: STAFF, ...over };
}

/** Every cell the plan writes, by A1 address. */
function cells(ops: readonly WriteOp[]): Map<string, CellInput> {
  const out = new Map<string, CellInput>();
  const letters = (c: number): string => (c > 26 ? letters(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));
  for (const op of ops.filter((o): o is Write => o.op === 'writeCells')) {
    op.values.forEach((row, i) => row.forEach((v, j) => out.set(`${letters(op.col + j)}${op.row + i}`, v)));
  }
  return out;
}

const formula = (v: CellInput | undefined): string | undefined => (v !== null && typeof v === 'object' ? v.formula : undefined);

describe('periodsEndingAt', () => {
  it('gives the 12 periods ending with the period, oldest first, across a year boundary', () => {
    expect(periodsEndingAt('2026-03', 12)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
    expect(periodsEndingAt('2026-3', 12)).toBeNull();
    expect(periodsEndingAt('2026-13', 12)).toBeNull();
  });
});

describe('planDashboard', () => {
  it('writes the title, the period as text in B2, and the labels in the workbook language', () => {
    const zh = cells(planDashboard(request()).ops);
    expect([zh.get('A1'), zh.get('A2'), zh.get('B2'), zh.get('A4'), zh.get('B4'), zh.get('A21'), zh.get('B21')]).toEqual(['绩效仪表板', '期间', '2026-03', '等级', '人数', '工号', '姓名']);
    const en = cells(planDashboard(request({ lang: 'en-US' })).ops);
    expect([en.get('A1'), en.get('A2'), en.get('A4'), en.get('B4'), en.get('A21')]).toEqual(['KPI dashboard', 'Period', 'Grade', 'Staff', 'Staff ID']);
  });

  it('counts A, B, C, D and 免考 of the period in B2 with live SUMPRODUCT counts over KpiSummary', () => {
    const c = cells(planDashboard(request()).ops);
    expect(['A5', 'A6', 'A7', 'A8', 'A9'].map((a) => c.get(a))).toEqual(['A', 'B', 'C', 'D', '免考']);
    expect(formula(c.get('B5'))).toBe('=SUMPRODUCT((KpiSummary[期间]=$B$2)*(KpiSummary[等级]="A"))');
    expect(formula(c.get('B8'))).toBe('=SUMPRODUCT((KpiSummary[期间]=$B$2)*(KpiSummary[等级]="D"))');
    expect(formula(c.get('B9'))).toBe('=SUMPRODUCT((KpiSummary[期间]=$B$2)*(KpiSummary[考核状态]="免考"))');
  });

  it("names KpiSummary's columns in its own header language, whatever the label language", () => {
    const c = cells(planDashboard(request({ lang: 'zh-CN', summaryLang: 'en-US' })).ops);
    expect(formula(c.get('B5'))).toBe('=SUMPRODUCT((KpiSummary[Period]=$B$2)*(KpiSummary[Grade]="A"))');
    expect(formula(c.get('C22'))).toContain('(KpiSummary[Staff ID]=$A22)');
    expect(c.get('A4')).toBe('等级');
  });

  it('lays out one row per staff member with a score formula per period header', () => {
    const plan = planDashboard(request());
    const c = cells(plan.ops);
    expect(plan.periods).toEqual(periodsEndingAt('2026-03', 12));
    expect(['C21', 'N21'].map((a) => c.get(a))).toEqual(['2025-04', '2026-03']);
    expect(['A22', 'B22', 'A23', 'A24', 'B24'].map((a) => c.get(a))).toEqual(['E001', '王建国', 1002, 'E003', '']);
    const refs = summaryRefs('zh-CN');
    expect(formula(c.get('C22'))).toBe(scoreFormula(refs, 'C$21', '$A22'));
    expect(formula(c.get('N24'))).toBe(scoreFormula(refs, 'N$21', '$A24'));
    expect(formula(c.get('N24'))).toBe(
      '=IF(SUMPRODUCT((KpiSummary[期间]=N$21)*(KpiSummary[工号]=$A24)*ISNUMBER(KpiSummary[总分]))=0,"",' +
        'SUMPRODUCT((KpiSummary[期间]=N$21)*(KpiSummary[工号]=$A24)*ISNUMBER(KpiSummary[总分]),KpiSummary[总分])' +
        '/SUMPRODUCT((KpiSummary[期间]=N$21)*(KpiSummary[工号]=$A24)*ISNUMBER(KpiSummary[总分])))',
    );
    expect(c.has('A25')).toBe(false);
    expect(plan.lastRow).toBe(24);
    const grid = plan.ops.find((o): o is Write => o.op === 'writeCells' && o.row === 22 && o.col === 3)!;
    expect(grid.numberFormat).toBe('0.0');
  });

  it("feeds the line chart from a copy with #N/A for blanks, labels as series names and an empty corner", () => {
    const plan = planDashboard(request());
    const c = cells(plan.ops);
    expect(c.get('P21')).toBeNull();
    expect(['Q21', 'AB21'].map((a) => c.get(a))).toEqual(['2025-04', '2026-03']);
    expect(['P22', 'P23', 'P24'].map((a) => c.get(a))).toEqual(['王建国', '李思远', 'E003']);
    expect(formula(c.get('Q22'))).toBe(chartPointFormula('C22'));
    expect(formula(c.get('AB24'))).toBe('=IF(N24="",NA(),N24)');
    const charts = plan.ops.filter((o): o is Chart => o.op === 'addChart' && o.name.startsWith('KaDashboard'));
    expect(charts).toEqual([
      expect.objectContaining({ name: 'KaDashboardGrades', type: 'columnClustered', source: 'A4:B9', seriesBy: 'columns', title: '2026-03 等级分布' }),
      expect.objectContaining({ name: 'KaDashboardScores', type: 'line', source: 'P21:AB24', seriesBy: 'rows', title: '总分趋势 2025-04 至 2026-03' }),
    ]);
    expect(gradeCountFormula(summaryRefs('zh-CN'), '$B$2', 'A')).toBe(formula(c.get('B5')));
  });

  it('keeps every cell of the KPI block in columns A..AB, and the charts clear of the tables it writes', () => {
    const plan = planDashboard(request({ staff: Array.from({ length: 40 }, (_, i) => ({ id: `E${i}`, name: `n${i}`, label: `n${i}` })) }));
    for (const op of plan.ops.filter((o): o is Write => o.op === 'writeCells' && o.col < PIPELINE_LAYOUT.firstCol)) {
      const width = Math.max(...op.values.map((r) => r.length));
      expect(op.col + width - 1).toBeLessThanOrEqual(L.lastCol);
    }
    for (const chart of plan.ops.filter((o): o is Chart => o.op === 'addChart' && o.name.startsWith('KaDashboard'))) {
      const a = chart.anchor;
      // Right of the grade table (A:B) and above the score section.
      expect(a.col).toBeGreaterThan(2);
      expect(a.row + a.heightRows - 1).toBeLessThan(L.scoreTitleRow);
    }
    const [g, s] = plan.ops.filter((o): o is Chart => o.op === 'addChart').map((o) => o.anchor);
    expect(g.col + g.widthCols).toBeLessThanOrEqual(s.col);
    expect(plan.ops.find((o): o is Chart => o.op === 'addChart' && o.type === 'line')!.source).toBe('P21:AB61');
  });

  it('adds the pipeline view right of the KPI block: stages now, landings per month, conversion, each with its chart', () => {
    const plan = planDashboard(request({}));
    const writes = plan.ops.filter((o): o is Write => o.op === 'writeCells' && o.col >= PIPELINE_LAYOUT.firstCol);
    for (const op of writes) expect(op.col + Math.max(...op.values.map((r) => r.length)) - 1).toBeLessThanOrEqual(PIPELINE_LAYOUT.lastCol);
    const cells = writes.flatMap((o) => o.values.flat()).map((v) => (v !== null && typeof v === 'object' ? v.formula : v));
    expect(cells).toContain('=COUNTIF(Customers[开发阶段],"已成交")');
    expect(cells.some((v) => typeof v === 'string' && v.startsWith('=COUNTIFS(Customers[成交日期],">="&DATE(2026,3,1)'))).toBe(true);
    expect(cells.some((v) => typeof v === 'string' && v.startsWith('=SUMPRODUCT(--(COUNTIFS(StageLog[客户],Customers[客户名称],StageLog[阶段],"确定对象"'))).toBe(true);
    const charts = plan.ops.filter((o): o is Chart => o.op === 'addChart' && o.name.startsWith('KaPipeline'));
    expect(charts.map((c) => [c.name, c.source])).toEqual([
      ['KaPipelineStages', 'AD3:AE12'],
      ['KaPipelineLanded', 'AD15:AE27'],
      ['KaPipelineConversion', 'AH30:AI35'],
    ]);
  });

  it('adds the sheet when it is missing, and clears the old block (down to the last used row) when rewriting', () => {
    const fresh = planDashboard(request({ sheet: { name: 'Dashboard', exists: false, lastRow: 0 }, tabColor: '7030A0' })).ops;
    expect(fresh[0]).toEqual({ op: 'addSheet', name: 'Dashboard', visibility: 'visible', tabColor: '7030A0' });
    expect(fresh.some((o) => o.op === 'clearRange')).toBe(false);
    const empty = planDashboard(request()).ops;
    expect(empty.some((o) => o.op === 'clearRange' || o.op === 'addSheet')).toBe(false);
    const longer = planDashboard(request({ sheet: { name: '仪表板', exists: true, lastRow: 60 } })).ops;
    expect(longer[0]).toEqual({ op: 'clearRange', sheet: '仪表板', address: 'A1:AV60' });
    const shorter = planDashboard(request({ sheet: { name: '仪表板', exists: true, lastRow: 5 } })).ops;
    expect(shorter[0]).toEqual({ op: 'clearRange', sheet: '仪表板', address: 'A1:AV24' });
  });

  it('ends by activating the dashboard, and writes everything on that one sheet', () => {
    const ops = planDashboard(request()).ops;
    expect(ops[ops.length - 1]).toEqual({ op: 'activate', sheet: '仪表板' });
    expect(ops.every((o) => !('sheet' in o) || o.sheet === '仪表板')).toBe(true);
  });
});

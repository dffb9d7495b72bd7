/**
 * The sample workbook tells one story (issue #11): its Kpi rows are new-period rows whose pre-filled
 * inputs are left to their formulas, and its records (StageLog, Revenue, Receivables, Targets,
 * Visits) give, through the TypeScript reference of those formulas, exactly the figures of the plan
 * (src/core/sample/samplePlan.ts), computed here from the plan on its own. And the story's elements:
 * landings in the scored months, revenue and invoices for those customers, a target for every staff
 * member and scored month, one late unapproved target change (T-CHANGE), one overdue invoice.
 */
import type { CellInput, TableData } from '../../src/core/port/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { initialRows } from '../../src/core/services/initialRows';
import { withFormulas } from '../../src/core/plan/generate';
import { prefillOf } from '../../src/core/plan/columnFormat';
import { SCHEMES } from '../../src/core/kpi/schemes';
import { KPI_SCHEME_TABLES } from '../../src/core/kpi/tables';
import type { KpiInput } from '../../src/core/kpi/types';
import { derivePrefill } from '../../src/core/kpi/ledgers';
import { defaultParamMap, followStandard } from '../../src/core/kpi/params';
import { monthKeyOf, periodEndOf, periodOfSerial, periodStartOf } from '../../src/core/kpi/period';
import { serialOf } from '../../src/core/kpi/dates';
import { ledgersOf } from '../../src/core/scoring/ledgerTables';
import { recordsOf } from '../../src/core/scoring/tableView';
import { scoreTables } from '../../src/core/scoring/scoreTables';
import { validateWorkbook } from '../../src/core/validate/engine';
import { STAFF } from '../../src/core/model/tables/staff';
import { STAGE_LOG } from '../../src/core/model/tables/stageLog';
import { REVENUE } from '../../src/core/model/tables/revenue';
import { RECEIVABLES } from '../../src/core/model/tables/receivables';
import { TARGETS } from '../../src/core/model/tables/targets';
import { CUSTOMER_SEEDS, STAFF_SEEDS } from '../../src/core/sample/catalogue';
import { DEPT_PROFIT, LANDINGS, STAFF_PLAN, UNPAID_OVERDUE } from '../../src/core/sample/samplePlan';
import { sampleTables } from './sampleTables';

/** 2026-11-10 (the e2e's today), 2026-11-30 (a month's last day), 2027-01-01 (across a year end), 2026-03-16. */
const TODAYS = [serialOf(2026, 11, 10), serialOf(2026, 11, 30), serialOf(2027, 1, 1), serialOf(2026, 3, 16)];

const staffOf = (id: string) => STAFF_SEEDS.find((s) => s.staffId === id)!;
const sum = (xs: readonly number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

/** What the plan says a pre-filled input of staff `id` in scored month k (0 … 2) must be; null = at least the standard. */
function planned(input: KpiInput, id: string, k: number): number | null {
  const plan = STAFF_PLAN[id]!;
  const me = staffOf(id);
  const dept = STAFF_SEEDS.filter((s) => s.dept === me.dept).map((s) => s.staffId);
  const landedBy = (ids: readonly string[]) =>
    Object.entries(LANDINGS).filter(([name, m]) => m === k && ids.some((x) => CUSTOMER_SEEDS.find((c) => c.name === name)?.owner === staffOf(x).name)).length;
  const overdue = (x: string) => STAFF_PLAN[x]!.overdue?.[k] ?? 0;
  switch (input.prefill) {
    case 'target':
      return plan.targets[k]![input.key as keyof (typeof plan.targets)[0]] ?? null;
    case 'revenue':
      return plan.revenue[k + 1]!;
    case 'prevRevenue':
      return plan.revenue[k]!;
    case 'deptRevenue':
      return sum(dept.map((x) => STAFF_PLAN[x]!.revenue[k + 1]!));
    case 'deptProfit':
      return DEPT_PROFIT[me.dept]![k + 1]!;
    case 'newCustomers':
      return landedBy([id]);
    case 'deptLanded':
      return landedBy(dept);
    case 'receivables':
      return sum([plan.revenue[k + 1]!, overdue(id)]);
    case 'overdue':
      return overdue(id);
    case 'collectionDue':
      return sum([...dept.map((x) => STAFF_PLAN[x]!.revenue[k]!), ...dept.map(overdue)]);
    case 'collected':
      return sum(dept.map((x) => STAFF_PLAN[x]!.revenue[k]!));
    default:
      return null;
  }
}

const byName = (tables: readonly TableData[]) => new Map(tables.map((t) => [t.name, t]));
const table = (tables: readonly TableData[], name: string): TableData => tables.find((t) => t.name === name)!;

describe.each(TODAYS)('the sample as of %i', (today) => {
  const tables = sampleTables(today);
  const current = monthKeyOf(periodOfSerial(today))!;
  const ledgers = ledgersOf(byName(tables));
  const staff = recordsOf(STAFF, table(tables, 'Staff'));
  const kpiRows = SCHEMES.flatMap((scheme, i) =>
    recordsOf(KPI_SCHEME_TABLES[i]!, table(tables, scheme.table)).map((rec) => ({ scheme, rec })),
  );

  it('leaves every pre-filled input of its Kpi rows to the formula a new period writes', () => {
    const rows = initialRows('zh-CN', today);
    let checked = 0;
    SCHEMES.forEach((scheme, i) => {
      const spec = KPI_SCHEME_TABLES[i]!;
      const written = withFormulas(WORKBOOK_MODEL, spec, 'zh-CN', rows[spec.name] ?? []);
      expect(written.length).toBeGreaterThan(0);
      for (const row of written) {
        spec.columns.forEach((c, j) => {
          if (!scheme.inputs.some((x) => x.key === c.key && x.prefill)) return;
          const cell: CellInput = row[j] ?? null;
          expect(cell).toEqual({ formula: prefillOf(WORKBOOK_MODEL, spec.name, c, 'zh-CN') });
          checked++;
        });
      }
    });
    expect(checked).toBeGreaterThan(60);
  });

  it('gives, for every Kpi row and pre-filled input, the plan’s figure through the reference', () => {
    const params = defaultParamMap();
    const out: string[] = [];
    let checked = 0;
    for (const { scheme, rec } of kpiRows) {
      const id = String(rec.staffId);
      const member = staff.find((s) => s.staffId === id)!;
      const k = monthKeyOf(rec.period)! - (current - 3);
      expect(k).toBeGreaterThanOrEqual(0);
      const subject = { period: rec.period ?? null, staffId: id, name: String(member.name), dept: String(member.dept) };
      for (const input of scheme.inputs.filter((x) => x.prefill)) {
        const got = derivePrefill(input, subject, ledgers).value;
        const want = planned(input, id, k);
        checked++;
        if (want === null && input.prefill === 'followedCustomers') {
          if (!(typeof got === 'number' && got >= followStandard(params, String(member.position)))) out.push(`${rec.period} ${id} ${input.key}: ${String(got)}`);
        } else if (got !== want) out.push(`${rec.period} ${id} ${input.key}: reference ${JSON.stringify(got)}, plan ${want}`);
      }
    }
    expect(out).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('scores as the plan says: grades spread over A–D, the new hire exempt, a run of two D', () => {
    const got = scoreTables(tables).rows.map((r) => `${r.name} ${r.scored.grade ?? r.scored.status} ${r.scored.total ?? ''}`.trim());
    const want = [
      ['刘芳', 'B 80.5', 'A 92', 'C 79.5'],
      ['张晓梅', 'C 74', 'D 39', 'D 33'],
      ['陈浩', 'C 76', 'A 100', 'B 83'],
      ['李思远', 'A 100', 'B 80', 'A 99'],
      ['王建国', 'B 88', 'A 99', 'D 43'],
    ];
    for (const [name, ...months] of want) expect(got.filter((g) => g.startsWith(`${name} `))).toEqual(months.map((m) => `${name} ${m}`));
    const zhao = got.filter((g) => g.startsWith('赵磊 '));
    expect(zhao.length).toBeGreaterThanOrEqual(1);
    for (const z of zhao) expect(z).toBe('赵磊 免考');
  });

  it('lands customers (已成交) within the scored months, and books revenue and invoices for them', () => {
    const log = recordsOf(STAGE_LOG, table(tables, 'StageLog'));
    const revenue = recordsOf(REVENUE, table(tables, 'Revenue'));
    const invoices = recordsOf(RECEIVABLES, table(tables, 'Receivables'));
    expect(Object.keys(LANDINGS).length).toBeGreaterThanOrEqual(4);
    for (const [name, k] of Object.entries(LANDINGS)) {
      const key = current - 3 + k;
      const stages = log.filter((r) => r.customer === name);
      const landed = stages.filter((r) => r.stage === '已成交').map((r) => r.date as number);
      expect(landed).toHaveLength(1);
      expect(landed[0]).toBeGreaterThanOrEqual(periodStartOf(key));
      expect(landed[0]).toBeLessThanOrEqual(periodEndOf(key));
      // The earlier stages come first, in order.
      expect(stages.map((r) => r.date as number)).toEqual([...stages.map((r) => r.date as number)].sort((a, b) => a - b));
      for (let m = key; m < current; m++) {
        const rows = revenue.filter((r) => r.customer === name && monthKeyOf(r.period) === m);
        expect(rows).toHaveLength(1);
        expect(invoices.some((r) => r.customer === name && r.amount === rows[0]!.revenue && monthKeyOf(periodOfSerial(r.invoiceDate as number)) === m)).toBe(true);
      }
      expect(revenue.some((r) => r.customer === name && monthKeyOf(r.period)! < key)).toBe(false);
    }
  });

  it('has a target for every staff member and scored month, each Kpi row’s own', () => {
    const targets = recordsOf(TARGETS, table(tables, 'Targets'));
    for (const { rec } of kpiRows) expect(targets.filter((t) => t.period === rec.period && t.staffId === rec.staffId)).toHaveLength(1);
    for (let key = current - 3; key < current; key++) {
      const period = periodOfSerial(periodStartOf(key));
      for (const s of staff.filter((x) => (x.hireDate as number) <= periodEndOf(key))) {
        expect(targets.some((t) => t.period === period && t.staffId === s.staffId)).toBe(true);
      }
    }
  });

  it('shows exactly one late target change without approval (T-CHANGE), no S-ORDER or A-COLLECT error, and one overdue invoice counted as overdue', () => {
    const problems = validateWorkbook(WORKBOOK_MODEL, tables, { lang: 'zh-CN', today });
    const change = problems.filter((p) => p.rule === 'T-CHANGE');
    expect(change).toHaveLength(1);
    const targets = recordsOf(TARGETS, table(tables, 'Targets'));
    const late = targets[change[0]!.row - 2]!;
    expect(late.period).toBe(periodOfSerial(periodStartOf(current - 1)));
    expect(late.changeApproval).toBe('待审批');
    expect(problems.filter((p) => p.rule === 'S-ORDER' || p.rule === 'A-COLLECT')).toEqual([]);

    const invoices = recordsOf(RECEIVABLES, table(tables, 'Receivables'));
    const overdue = invoices.filter((r) => r.collectedDate === null && (r.dueDate as number) < today);
    expect(overdue).toHaveLength(1);
    const owner = staffOf(UNPAID_OVERDUE);
    expect(overdue[0]!.owner).toBe(owner.name);
    // It is part of its owner's 逾期应收账款 in the latest scored month.
    const scheme = SCHEMES.find((s) => s.id === owner.scheme)!;
    const input = scheme.inputs.find((x) => x.prefill === 'overdue')!;
    const subject = { period: periodOfSerial(periodStartOf(current - 1)), staffId: owner.staffId, name: owner.name, dept: owner.dept };
    const d = derivePrefill(input, subject, ledgers);
    expect(d.value as number).toBeGreaterThanOrEqual(overdue[0]!.amount as number);
    expect(d.rows).toBeGreaterThanOrEqual(1);
    // And one invoice collected in part.
    expect(invoices.filter((r) => typeof r.collected === 'number' && (r.collected as number) < (r.amount as number))).toHaveLength(1);
  });
});


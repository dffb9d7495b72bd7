/**
 * Issue #8's quality bar: with the strict fake, generate with sample data, new period, save inputs,
 * sign-off and the dashboard all work with both AutoCorrect options on and off, on a workbook with
 * and without totals rows that the user turned on. (On the adapter before #8, generate with sample
 * data already stopped at its first formula that named a table not yet created.)
 */
import { PERIOD, TODAY, book, dashboard, generate, liuRow, newPeriod, saveInputs, signFirst } from './flows';
import { periodSummary } from '../../src/core/services/periodSummary';
import { startPeriod } from '../../src/core/services/startPeriod';
import { NEW_PERIOD_TABLES } from '../../src/core/kpi/newPeriod';
import { planDashboard } from '../../src/core/dashboard/planDashboard';

/** The charts the dashboard planner adds on a full generated workbook (KPI and pipeline blocks). */
const DASHBOARD_CHARTS = planDashboard({
  period: PERIOD,
  lang: 'zh-CN',
  summaryLang: 'zh-CN',
  sheet: { name: '仪表板', exists: true, lastRow: 0 },
  staff: [{ id: 'E1', name: '甲', label: '甲' }],
}).ops.filter((op) => op.op === 'addChart').length;

const CASES = [true, false].flatMap((includeNewRows) =>
  [true, false].flatMap((fillFormulas) => [false, true].map((totals) => ({ includeNewRows, fillFormulas, totals }))),
);

describe.each(CASES)('the director’s month (include new rows $includeNewRows, fill formulas $fillFormulas, totals rows $totals)', ({ includeNewRows, fillFormulas, totals }) => {
  it('generates, starts a period, saves inputs, signs off and writes the dashboard; a second new period is refused', async () => {
    const b = book({ autoCorrect: { includeNewRows, fillFormulas } });
    await generate(b);
    if (totals) for (const t of [...NEW_PERIOD_TABLES, 'Staff']) b.fake.seed.totals(t);
    const before = new Map(NEW_PERIOD_TABLES.map((t) => [t, b.fake.table(t)!.rowCount]));

    await newPeriod(b);
    const summary = await periodSummary(b.port, { period: PERIOD, today: TODAY });
    expect(summary.rows.length).toBeGreaterThan(0);
    // Every new row is inside its table (above the totals row), and the totals rows are kept.
    const added = summary.rows.length;
    expect(b.fake.table('KpiSummary')!.rowCount).toBe(before.get('KpiSummary')! + added);
    for (const t of NEW_PERIOD_TABLES) expect(b.fake.table(t)!.showTotals).toBe(totals);
    if (totals) {
      const s = b.fake.table('KpiSummary')!;
      const [, col, last] = /^([A-Z]+)\d+:[A-Z]+(\d+)$/.exec(s.range) ?? [];
      expect(b.fake.cell(s.sheet, `${col}${last}`)?.value).toBe('Total');
    }

    await saveInputs(b);
    await signFirst(b);
    const at = await liuRow(b);
    const liu = (await b.port.readTables([at.table]))[0];
    const row = liu.rows[at.row - liu.headerRow - 1];
    expect(row).toContain('王经理');
    expect(row).toContain(112);

    await dashboard(b);
    expect(DASHBOARD_CHARTS).toBe(5);
    expect(b.fake.snapshot().sheets.some((s) => s.charts.length === DASHBOARD_CHARTS)).toBe(true);

    const again = await startPeriod(b.port, { period: PERIOD, lang: 'zh-CN' });
    expect(again.error).toMatch(/已存在/);
    expect(b.fake.table('KpiSummary')!.rowCount).toBe(before.get('KpiSummary')! + added);
  });
});

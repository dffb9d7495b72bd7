/**
 * The writeDashboard service over the two hosts that draw (or record) charts: the memory port (the
 * preview) and the Office adapter over the strict fake, on a generated workbook with the demo
 * data. It reads once and writes one plan, so its round trips do not grow with the staff; a
 * rewrite replaces the charts and clears what the old block left; bad input gets a message.
 */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { OfficePort } from '../../src/adapters/office/officePort';
import type { Lang } from '../../src/core/model/types';
import type { CellInput, WorkbookPort } from '../../src/core/port/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { STAFF } from '../../src/core/model/tables/staff';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { writeDashboard } from '../../src/core/services/writeDashboard';
import { DASHBOARD_LAYOUT as L } from '../../src/core/dashboard/layout';
import { PIPELINE_LAYOUT } from '../../src/core/dashboard/pipelineBlock';
import { createFakeExcel } from '../fake-excel';

/** 2026-11-22: the demo data scores 2026-08 … 2026-10 for six staff. */
const TODAY = 46348;

async function generated<P extends WorkbookPort>(port: P, lang: Lang = 'zh-CN'): Promise<P> {
  const plan = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang, validationFor: excelValidationFor, sampleAsOf: TODAY });
  expect(plan.conflicts).toEqual([]);
  return port;
}

function office(apiVersion?: string) {
  const fake = createFakeExcel(apiVersion ? { apiVersion } : {});
  const port = new OfficePort(fake.run, { isSetSupported: fake.isSetSupported });
  return { fake, port };
}

/** Staff rows for appendRows, in the model's column order (the generated table has it). */
function staffRows(n: number): CellInput[][] {
  const at = (key: string) => STAFF.columns.findIndex((c) => c.key === key);
  return Array.from({ length: n }, (_, i) => {
    const row: CellInput[] = STAFF.columns.map(() => null);
    row[at('staffId')] = `X${i}`;
    row[at('name')] = `员工${i}`;
    row[at('active')] = '是';
    return row;
  });
}

describe('writeDashboard on the memory port (preview)', () => {
  it('writes the block and records both charts on 仪表板, and says what it wrote', async () => {
    const port = await generated(new MemoryPort());
    const result = await writeDashboard(port, { period: '2026-10', lang: 'zh-CN' });
    expect(result).toEqual({ written: true, message: '已在「仪表板」工作表写入 2026-10 的仪表板:等级分布,以及 6 名员工近 12 期的总分。' });
    expect(port.charts.filter((c) => c.name.startsWith('KaDashboard')).map((c) => [c.sheet, c.name, c.type, c.source, c.seriesBy])).toEqual([
      ['仪表板', 'KaDashboardGrades', 'columnClustered', 'A4:B9', 'columns'],
      ['仪表板', 'KaDashboardScores', 'line', 'P21:AB27', 'rows'],
    ]);
    expect(port.formulaAt('仪表板', 5, 2)).toBe('=SUMPRODUCT((KpiSummary[期间]=$B$2)*(KpiSummary[等级]="A"))');
    expect(port.activeSheet).toBe('仪表板');
  });

  it('rewrites in place: same two charts, new period, and rows of a longer old block cleared', async () => {
    const port = await generated(new MemoryPort());
    await port.apply([{ op: 'appendRows', table: STAFF.name, rows: staffRows(3) }]);
    await writeDashboard(port, { period: '2026-10', lang: 'zh-CN' });
    expect(port.formulaAt('仪表板', L.scoreHeaderRow + 9, 3)).toBeDefined();
    // The three extra staff leave (在职 = 否): the next dashboard is three rows shorter.
    const staff = (await port.readStructure()).tables.find((t) => t.name === STAFF.name)!;
    const activeHeader = staff.headers[STAFF.columns.findIndex((c) => c.key === 'active')];
    await port.apply([
      { op: 'setCells', table: STAFF.name, cells: [7, 8, 9].map((i) => ({ row: staff.headerRow + i, header: activeHeader, value: '否' })) },
    ]);
    const result = await writeDashboard(port, { period: '2026-09', lang: 'en-US' });
    expect(result.message).toBe('Wrote the dashboard for 2026-09 on sheet "仪表板": the grade distribution and the total scores of 6 staff over the last 12 periods.');
    expect(port.charts.map((c) => c.name)).toEqual(['KaDashboardGrades', 'KaDashboardScores', 'KaPipelineStages', 'KaPipelineLanded', 'KaPipelineConversion']);
    expect(port.charts[0].title).toBe('2026-09 等级分布');
    expect(port.formulaAt('仪表板', L.scoreHeaderRow + 7, 3)).toBeUndefined();
    expect(port.formulaAt('仪表板', L.scoreHeaderRow + 9, 3)).toBeUndefined();
    const sheet = (await port.readStructure()).sheets.find((s) => s.name === '仪表板')!;
    // The pipeline view (issue #11) ends lower than a 6-staff grid.
    expect(sheet.lastRow).toBe(Math.max(L.scoreHeaderRow + 6, PIPELINE_LAYOUT.conversionHeaderRow + 5));
  });

  it('labels an en-US workbook in English on its Dashboard sheet, with English column names in the formulas', async () => {
    const port = await generated(new MemoryPort(), 'en-US');
    const result = await writeDashboard(port, { period: '2026-10', lang: 'zh-CN' });
    expect(result.written).toBe(true);
    expect(port.charts[0]).toMatchObject({ sheet: 'Dashboard', title: 'Grade distribution, 2026-10' });
    expect(port.formulaAt('Dashboard', 9, 2)).toBe('=SUMPRODUCT((KpiSummary[Period]=$B$2)*(KpiSummary[Status]="免考"))');
  });

  it('adds the dashboard sheet when the workbook has none', async () => {
    const port = new MemoryPort();
    const model = { ...WORKBOOK_MODEL, sheets: WORKBOOK_MODEL.sheets.filter((s) => s.key !== 'dashboard') };
    await generateWorkbook(port, { model, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: TODAY });
    expect((await port.readStructure()).sheets.map((s) => s.name)).not.toContain('仪表板');
    expect((await writeDashboard(port, { period: '2026-10', lang: 'zh-CN' })).written).toBe(true);
    expect((await port.readStructure()).sheets.map((s) => s.name)).toContain('仪表板');
  });

  it('refuses with a message, writing nothing, when the period, the tables or the staff are wrong', async () => {
    const empty = new MemoryPort();
    expect(await writeDashboard(empty, { period: '2026-10', lang: 'zh-CN' })).toEqual({
      written: false,
      message: '工作簿中没有表 Staff。请先在「表单」页生成/升级工作簿,再写入仪表板。',
    });
    const port = await generated(new MemoryPort());
    const before = (await port.readStructure()).sheets;
    expect(await writeDashboard(port, { period: '2026/10', lang: 'en-US' })).toEqual({
      written: false,
      message: 'Period "2026/10" is not valid: enter YYYY-MM, e.g. 2026-10 (year 1900 or later, month 01–12). The dashboard was not written.',
    });
    expect((await port.readStructure()).sheets).toEqual(before);
    expect(port.charts).toEqual([]);

    const bare = new MemoryPort();
    await bare.apply([
      { op: 'addSheet', name: 'S', visibility: 'visible' },
      { op: 'createTable', sheet: 'S', name: 'Staff', row: 1, col: 1, columns: [{ header: '工号' }, { header: '在职' }], rows: [], style: 'TableStyleMedium2' },
      { op: 'createTable', sheet: 'S', name: 'KpiSummary', row: 1, col: 4, columns: [{ header: '期间' }, { header: '工号' }, { header: '总分' }], rows: [], style: 'TableStyleMedium2' },
    ]);
    expect((await writeDashboard(bare, { period: '2026-10', lang: 'zh-CN' })).message).toBe(
      '表 KpiSummary 缺少列「等级」「考核状态」。请把列名改回原样,或在「表单」页生成/升级工作簿。仪表板未写入。',
    );
    await bare.apply([{ op: 'addColumns', table: 'KpiSummary', columns: [{ header: '等级' }, { header: '考核状态' }] }]);
    expect(await writeDashboard(bare, { period: '2026-10', lang: 'zh-CN' })).toMatchObject({ written: false, message: expect.stringContaining('没有填写工号的在职员工') });
  });
});

describe('writeDashboard through the Office adapter (fake Excel)', () => {
  it('draws both charts on 仪表板 with the titles, sources and positions of the plan', async () => {
    const { fake, port } = office();
    await generated(port);
    await writeDashboard(port, { period: '2026-10', lang: 'zh-CN' });
    const sheet = fake.snapshot().sheets.find((s) => s.name === '仪表板')!;
    expect(sheet.charts.filter((c) => c.name.startsWith('KaDashboard'))).toEqual([
      { name: 'KaDashboardGrades', type: 'ColumnClustered', source: "'仪表板'!A4:B9", seriesBy: 'Columns', title: '2026-10 等级分布', position: 'D3:J17' },
      { name: 'KaDashboardScores', type: 'LineMarkers', source: "'仪表板'!P21:AB27", seriesBy: 'Rows', title: '总分趋势 2025-11 至 2026-10', position: 'L3:U17' },
    ]);
    expect(fake.cell('仪表板', 'B2')).toMatchObject({ value: '2026-10' });
    expect(fake.cell('仪表板', 'C22')?.formula).toMatch(/^=IF\(SUMPRODUCT\(\(KpiSummary\[期间\]=C\$21\)\*/);
    expect(fake.cell('仪表板', 'C22')?.numberFormat).toBe('0.0');
    expect(fake.snapshot().activeSheet).toBe('仪表板');
  });

  it('costs the same round trips for 6 staff as for 306, and a rewrite replaces the two charts', async () => {
    const counts: number[] = [];
    for (const extra of [0, 300]) {
      const { fake, port } = office();
      await generated(port);
      if (extra > 0) await port.apply([{ op: 'appendRows', table: STAFF.name, rows: staffRows(extra) }]);
      await writeDashboard(port, { period: '2026-10', lang: 'zh-CN' });
      fake.resetCounters();
      await writeDashboard(port, { period: '2026-09', lang: 'zh-CN' });
      counts.push(fake.syncCount());
      const charts = fake.snapshot().sheets.find((s) => s.name === '仪表板')!.charts.filter((c) => c.name.startsWith('KaDashboard'));
      expect(charts.map((c) => [c.name, c.title.slice(0, 7)])).toEqual([
        ['KaDashboardGrades', '2026-09'],
        ['KaDashboardScores', '总分趋势 20'],
      ]);
      expect(charts[1].source).toBe(`'仪表板'!P21:AB${L.scoreHeaderRow + 6 + extra}`);
    }
    expect(counts[1]).toBe(counts[0]);
    // Structure (2); Staff and KpiSummary (their layout, then one chunk of rows: 3); the plan
    // (collections, table details with chart names, the write: 3).
    expect(counts[0]).toBeLessThanOrEqual(8);
  });

  it('needs only ExcelApi 1.4, the adapter\'s floor', async () => {
    const { fake, port } = office('1.4');
    await port.apply([
      { op: 'addSheet', name: '员工与参数', visibility: 'visible' },
      { op: 'createTable', sheet: '员工与参数', name: 'Staff', row: 1, col: 1, columns: [{ header: '工号' }, { header: '姓名' }, { header: '在职' }], rows: [['E1', '甲', '是']], style: 'TableStyleMedium2' },
      {
        op: 'createTable',
        sheet: '员工与参数',
        name: 'KpiSummary',
        row: 1,
        col: 5,
        columns: ['期间', '工号', '总分', '等级', '考核状态'].map((header) => ({ header })),
        rows: [['2026-10', 'E1', 91, 'A', '正常']],
        style: 'TableStyleMedium2',
      },
    ]);
    // No Customers / StageLog tables: the pipeline block (and its three charts) is left out, with a
    // notice, rather than writing formulas that name missing tables.
    const result = await writeDashboard(port, { period: '2026-10', lang: 'zh-CN' });
    expect(result).toMatchObject({ written: true });
    expect(result.message).toMatch(/Customers、StageLog/);
    expect(fake.snapshot().sheets.find((s) => s.name === '仪表板')!.charts).toHaveLength(2);
  });
});

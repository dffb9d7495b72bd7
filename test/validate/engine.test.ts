import { validateWorkbook } from '../../src/core/validate';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { textIn } from '../../src/core/model/types';
import type { CellValue, TableData } from '../../src/core/port/types';
import { STAFF_ROWS, TODAY, customer, d, tableData, visit, where } from './helpers';
import { s1Row } from './rules/kpi.fixtures';
import { assessment, contact } from './rules/customer.fixtures';

type Row = Readonly<Record<string, CellValue | undefined>>;

/** Every model table, empty unless rows are given, on sheets named as the model names them. */
function workbook(rows: Record<string, Row[]>, lang: 'zh-CN' | 'en-US' = 'zh-CN', omit: string[] = []): TableData[] {
  const out: TableData[] = [];
  for (const s of WORKBOOK_MODEL.sheets) {
    for (const t of s.tables) {
      if (omit.includes(t.name)) continue;
      out.push(tableData(t, rows[t.name] ?? [], { lang, sheet: textIn(s.name, lang) }));
    }
  }
  return out;
}

const validRows = (): Record<string, Row[]> => ({
  Staff: STAFF_ROWS,
  Customers: [customer({ monthlyVolume: 10 })],
  Contacts: [contact('KH-0001', '周总', { role: '决策者', insider: '是', phone: '+86 138 0013 8000' })],
  CustomerValue: [assessment('KH-0001', 3)],
  Visits: [visit({ interviewee: '周总', amount: 50 })],
  KpiS1: [s1Row({ firstReviewer: '王建国', firstReviewDate: d(2026, 10, 5) })],
});

const run = (tables: TableData[], lang: 'zh-CN' | 'en-US' = 'zh-CN') => validateWorkbook(WORKBOOK_MODEL, tables, { lang, today: TODAY });

describe('validateWorkbook', () => {
  it('finds nothing in a consistent workbook', () => {
    expect(run(workbook(validRows()))).toEqual([]);
  });

  it('reports a missing table and a missing column as STRUCTURE and checks the rest', () => {
    const tables = workbook({ ...validRows(), Visits: [visit({ amount: 'abc' })] }, 'zh-CN', ['GiftPlans']).map((t) =>
      t.name === 'Visits' ? { ...t, headers: t.headers.filter((h) => h !== '备注'), rows: t.rows.map((r) => r.filter((_, i) => t.headers[i] !== '备注')) } : t,
    );
    const ps = run(tables);
    expect(where(ps)).toEqual(['STRUCTURE@Visits!1:备注', 'TYPE@Visits!2:金额(元)', 'STRUCTURE@GiftPlans!0:']);
    expect(ps[2]!.message).toContain('GiftPlans');
    expect(ps[0]!.message).toContain('备注');
  });

  it('sorts by sheet order, then row, then column, whatever order the rules found them in', () => {
    const rows = validRows();
    rows.Visits = [visit({ date: TODAY + 3, amount: 5, summary: null }), visit({ reporter: '无名' })];
    rows.Customers = [customer({ monthlyVolume: 60, phone: 'abc' })];
    const ps = run(workbook(rows));
    expect(where(ps)).toEqual([
      'PHONE@Customers!2:电话',
      'C-OWNER@Customers!2:负责人',
      'V-FUTURE@Visits!2:日期',
      'V-SUMMARY@Visits!2:面谈概要',
      'REF@Visits!3:填表人',
    ]);
  });

  it('reports an out-of-range KPI input as K-INPUT, a non-number as TYPE', () => {
    const rows = validRows();
    rows.KpiS1 = [s1Row({ judgement: 3.2, firstReviewer: '王建国', firstReviewDate: d(2026, 10, 5) }), s1Row({ staffId: 'E003', period: '2026-08', judgement: 'abc', firstReviewer: '李思远', firstReviewDate: d(2026, 9, 1) })];
    const ps = run(workbook(rows));
    expect(where(ps)).toEqual(['K-INPUT@KpiS1!2:分析判断能力', 'TYPE@KpiS1!3:分析判断能力']);
    expect(ps[0]!.message).toContain('2.5 / 3 / 3.5 / 4');
  });

  it('uses the workbook language for messages and headers', () => {
    const rows = validRows();
    rows.Visits = [visit({ amount: -1 })];
    const ps = run(workbook(rows, 'en-US'), 'en-US');
    expect(ps).toEqual([
      {
        table: 'Visits',
        row: 2,
        column: 'Amount (CNY)',
        rule: 'RANGE',
        severity: 'error',
        message: 'Visit log (Visits) row 2, Amount (CNY): -1 is below the minimum 0; correct it.',
      },
    ]);
  });

  it('never throws on garbage: every kind of value in every input cell', () => {
    const garbage: CellValue[] = [null, '', '   ', '#REF!', '#N/A', true, false, -1e308, 1e308, Number.NaN, 0.1, '１２３', '=cmd|x', 'x'.repeat(40000), '2026/13/45', '\u0000', '😀'];
    const tables: TableData[] = [];
    for (const s of WORKBOOK_MODEL.sheets) {
      for (const t of s.tables) {
        const width = t.columns.length;
        const rows = garbage.map((_, i) => Array.from({ length: width }, (_, j) => garbage[(i + j) % garbage.length]!));
        tables.push({ name: t.name, sheet: t.name, headerRow: 1, firstCol: 1, headers: t.columns.map((c) => c.header.zh), rowCount: rows.length, rows });
      }
    }
    const ps = run(tables);
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps) expect(p.message.length).toBeGreaterThan(0);
  });

  it('treats table names case-insensitively and ignores extra user columns', () => {
    const tables = workbook(validRows()).map((t) =>
      t.name === 'Visits' ? { ...t, name: 'visits', headers: [...t.headers, '我的列'], rows: t.rows.map((r) => [...r, '=whatever']) } : t,
    );
    expect(run(tables)).toEqual([]);
  });
});

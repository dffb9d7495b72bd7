import { planNewPeriod } from '../../src/core/kpi/newPeriod';
import { KPI_TABLES } from '../../src/core/kpi/tables';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { STAFF } from '../../src/core/model/tables/staff';
import type { Lang, TableSpec } from '../../src/core/model/types';
import { headerOf } from '../../src/core/model/lookup';
import type { CellInput, CellValue, TableData, WriteOp } from '../../src/core/port/types';
import { serialOf } from '../../src/core/kpi/dates';

const old = serialOf(2020, 3, 1);

function tableData(spec: TableSpec, lang: Lang, records: Record<string, CellValue>[], headers?: string[]): TableData {
  const hs = headers ?? spec.columns.map((c) => headerOf(c, lang));
  const keyOf = (h: string) => spec.columns.find((c) => headerOf(c, lang) === h)?.key;
  const rows = records.map((r) => hs.map((h) => r[keyOf(h) ?? ''] ?? null));
  return { name: spec.name, sheet: 'S', headerRow: 1, firstCol: 1, headers: hs, rowCount: rows.length, rows };
}

const staffRecords: Record<string, CellValue>[] = [
  { staffId: 'E1', name: '甲', position: '大客户经理', rank: '员工级', hireDate: old, scheme: 'S1', active: '是' },
  { staffId: 'E2', name: '乙', position: '项目营销经理', rank: '副经理及以上', hireDate: old, scheme: 'L1', active: '是' },
  { staffId: 'E3', name: '丙', position: '项目部负责人', rank: '副经理及以上', hireDate: serialOf(2026, 10, 31), scheme: 'L4', active: '是' },
  { staffId: 'E4', name: '丁', position: '大客户专员', rank: '员工级', hireDate: serialOf(2026, 11, 1), scheme: 'S1', active: '是' },
  { staffId: 'E5', name: '戊', position: '大客户专员', rank: '员工级', hireDate: old, scheme: 'S1', active: '否' },
  { staffId: 'e1', name: '重复', position: '大客户专员', rank: '员工级', hireDate: old, scheme: 'S1', active: '是' },
  { staffId: null, name: '无号', position: '大客户专员', rank: '员工级', hireDate: old, scheme: 'S1', active: '是' },
  { staffId: 'E8', name: '无方案', position: '大客户专员', rank: '员工级', hireDate: old, scheme: 'X9', active: '是' },
  { staffId: 'E9', name: '无日期', position: '大客户专员', rank: '员工级', hireDate: null, scheme: 'S1', active: '是' },
  {},
];

function request(lang: Lang, period: string, kpiRecords: Record<string, Record<string, CellValue>[]> = {}, headers: Record<string, string[]> = {}) {
  return {
    model: WORKBOOK_MODEL,
    staff: tableData(STAFF, lang, staffRecords),
    kpiTables: KPI_TABLES.map((t) => tableData(t, lang, kpiRecords[t.name] ?? [], headers[t.name])),
    period,
    lang,
  };
}

const appendOf = (ops: WriteOp[], table: string) => {
  const op = ops.find((o) => o.op === 'appendRows' && o.table === table);
  return op && op.op === 'appendRows' ? op.rows : undefined;
};
const isFormula = (v: CellInput): v is { formula: string } => typeof v === 'object' && v !== null;

describe('planNewPeriod', () => {
  it('adds one row per active staff member to the scheme table and KpiSummary', () => {
    const plan = planNewPeriod(request('zh-CN', '2026-10'));
    expect(plan.error).toBeUndefined();
    expect(plan.added).toBe(3);
    expect(plan.byTable).toEqual({ KpiS1: 1, KpiL1: 1, KpiL3: 0, KpiL4: 1 });
    expect(plan.ops.map((o) => (o.op === 'appendRows' ? o.table : o.op))).toEqual(['KpiS1', 'KpiL1', 'KpiL4', 'KpiSummary']);
    expect(plan.skipped.map((s) => [s.row, s.reason])).toEqual([
      [5, 'notYetHired'], [6, 'inactive'], [7, 'duplicateId'], [8, 'noStaffId'], [9, 'noScheme'], [10, 'noHireDate'],
    ]);
    for (const s of plan.skipped) expect(s.message).toContain(`第 ${s.row} 行`);
  });

  it('writes values, every formula and the prefill formulas, and leaves other inputs empty', () => {
    const plan = planNewPeriod(request('zh-CN', '2026-10'));
    const s1 = KPI_TABLES[0];
    const [row] = appendOf(plan.ops, 'KpiS1') ?? [];
    s1.columns.forEach((c, i) => {
      const v = row[i];
      if (c.key === 'period') expect(v).toBe('2026-10');
      else if (c.key === 'staffId') expect(v).toBe('E1');
      else if (c.type.kind === 'formula' || c.prefill) {
        expect(isFormula(v)).toBe(true);
        if (isFormula(v)) expect(v.formula.startsWith('=')).toBe(true);
      } else expect(v).toBeNull();
    });
    const summary = appendOf(plan.ops, 'KpiSummary') ?? [];
    expect(summary.map((r) => r.slice(0, 2).concat(r[4]))).toEqual([
      ['2026-10', 'E1', 'S1'], ['2026-10', 'E2', 'L1'], ['2026-10', 'E3', 'L4'],
    ]);
    const l1 = KPI_TABLES[1];
    const followed = (appendOf(plan.ops, 'KpiL1') ?? [])[0][l1.columns.findIndex((c) => c.key === 'followed')];
    expect(isFormula(followed) && followed.formula).toContain('Visits[_首访]');
  });

  it('follows the table’s own column order and language', () => {
    const l1 = KPI_TABLES[1];
    const headers = l1.columns.map((c) => headerOf(c, 'en-US')).reverse();
    const plan = planNewPeriod(request('en-US', '2026-10', {}, { KpiL1: [...headers, 'My notes'] }));
    const [row] = appendOf(plan.ops, 'KpiL1') ?? [];
    expect(row).toHaveLength(headers.length + 1);
    expect(row[headers.indexOf('Staff ID')]).toBe('E2');
    expect(row[headers.length]).toBeNull();
    const status = row[headers.indexOf('Status')];
    expect(isFormula(status) && status.formula).toContain('KpiL1[[#This Row],[_Check]]');
  });

  it('refuses a period that any Kpi table already holds, and a malformed period', () => {
    const taken = planNewPeriod(request('zh-CN', '2026-10', { KpiL3: [{ period: '2026-10', staffId: 'X' }] }));
    expect(taken.ops).toEqual([]);
    expect(taken.error).toMatch(/2026-10.*KpiL3/);
    for (const p of ['2026-1', '2026-13', 'oct']) {
      const bad = planNewPeriod(request('en-US', p));
      expect(bad.ops).toEqual([]);
      expect(bad.error).toMatch(/YYYY-MM/);
    }
  });

  it('refuses when a Kpi table or a needed column is missing', () => {
    const req = request('zh-CN', '2026-10');
    expect(planNewPeriod({ ...req, kpiTables: req.kpiTables.slice(1) }).error).toMatch(/KpiS1/);
    const noPeriod = { ...req.kpiTables[2], headers: req.kpiTables[2].headers.map((h) => (h === '期间' ? '月份' : h)) };
    expect(planNewPeriod({ ...req, kpiTables: [req.kpiTables[0], req.kpiTables[1], noPeriod, ...req.kpiTables.slice(3)] }).error).toMatch(/期间/);
  });

  it('answers in the message language when it differs from the workbook’s', () => {
    const plan = planNewPeriod({ ...request('zh-CN', '2026-10'), messageLang: 'en-US' });
    expect(plan.skipped[0].message).toMatch(/^Staff row 5/);
  });
});

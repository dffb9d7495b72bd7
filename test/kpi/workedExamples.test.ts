import { WORKED_EXAMPLES } from '../../src/core/kpi/workedExamples';
import { scoreRow } from '../../src/core/kpi/score';
import { schemeById } from '../../src/core/kpi/schemes';
import { defaultParamMap } from '../../src/core/kpi/params';
import { sampleKpiRows } from '../../src/core/kpi/sample';
import { STAFF } from '../../src/core/model/tables/staff';
import { KPI_TABLES } from '../../src/core/kpi/tables';
import { serialOf } from '../../src/core/kpi/dates';
import type { CellInput } from '../../src/core/port/types';
import { scoreTables } from '../../src/core/scoring/scoreTables';
import { sampleTables } from '../sample/sampleTables';

const params = defaultParamMap();
const longAgo = serialOf(2020, 1, 1);

describe('worked examples', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.scheme, e] as const))('%s scores as the README says', (_id, ex) => {
    const scheme = schemeById(ex.scheme);
    const r = scoreRow(
      scheme,
      { period: ex.period, staffId: 'E1', inputs: ex.inputs },
      { position: ex.position, rank: ex.rank, hireDate: longAgo, transferDate: null },
      params,
    );
    expect(r.status).toBe('正常');
    expect(r.items).toEqual(ex.expected.items);
    expect(r.total).toBe(ex.expected.total);
    expect(r.grade).toBe(ex.expected.grade);
    expect(ex.why).toHaveLength(scheme.items.length);
    expect(ex.expected.items.reduce((a, b) => a + b, 0)).toBeCloseTo(ex.expected.total, 9);
  });
});

describe('sampleKpiRows', () => {
  const staffRow = (rec: Record<string, CellInput>): CellInput[] => STAFF.columns.map((c) => rec[c.key] ?? null);
  const staff = [
    staffRow({ staffId: 'E001', name: '王总', position: '项目部负责人', rank: '副经理及以上', hireDate: longAgo, scheme: 'L4', active: '是' }),
    staffRow({ staffId: 'E002', name: '李经理', position: '大客户经理', rank: '员工级', manager: '王总', hireDate: longAgo, scheme: 'S1', active: '是' }),
    staffRow({ staffId: 'E003', name: '张专员', position: '大客户专员', rank: '员工级', manager: '李经理', hireDate: longAgo, scheme: 'S1', active: '是' }),
    staffRow({ staffId: 'E004', name: '新人', position: '大客户专员', rank: '员工级', manager: '李经理', hireDate: serialOf(2026, 10, 20), scheme: 'S1', active: '是' }),
    staffRow({ staffId: 'E005', name: '离职', position: '大客户专员', rank: '员工级', hireDate: longAgo, scheme: 'S1', active: '否' }),
  ];
  const today = serialOf(2026, 11, 22);
  const rows = sampleKpiRows(staff, today);

  it('gives three months to staff hired in time, none to inactive staff', () => {
    const s1 = KPI_TABLES[0];
    const period = s1.columns.findIndex((c) => c.key === 'period');
    const id = s1.columns.findIndex((c) => c.key === 'staffId');
    const got = rows.KpiS1.map((r) => `${r[period]} ${r[id]}`);
    expect(got).toEqual(['2026-08 E002', '2026-08 E003', '2026-09 E002', '2026-09 E003', '2026-10 E002', '2026-10 E003', '2026-10 E004']);
    expect(rows.KpiL4).toHaveLength(3);
    expect(rows.KpiSummary).toHaveLength(10);
  });

  it('leaves formula columns empty and fills reviewers from 直属上级', () => {
    const s1 = KPI_TABLES[0];
    const row = rows.KpiS1[0];
    s1.columns.forEach((c, i) => {
      if (c.type.kind === 'formula') expect(row[i]).toBeNull();
    });
    expect(row[s1.columns.findIndex((c) => c.key === 'firstReviewer')]).toBe('王总');
  });
});

describe('the demo workbook', () => {
  it('holds each worked example, scoring as stated, in its latest month (pre-filled inputs from its records)', () => {
    const scored = scoreTables(sampleTables(serialOf(2026, 11, 22))).rows.filter((r) => r.period === '2026-10' && r.scored.status === '正常');
    for (const ex of WORKED_EXAMPLES) {
      const mine = scored.filter((r) => r.scheme === ex.scheme && r.position === ex.position);
      expect(mine.some((s) => JSON.stringify(s.scored.items) === JSON.stringify(ex.expected.items) && s.scored.total === ex.expected.total)).toBe(true);
    }
  });
});

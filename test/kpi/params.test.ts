import { DEFAULT_PARAMS, defaultParamMap, followStandard, paramMapFrom } from '../../src/core/kpi/params';
import { SCHEMES } from '../../src/core/kpi/schemes';
import type { ItemRule } from '../../src/core/kpi/types';
import { listValues } from '../../src/core/model/lists';

describe('KPI params', () => {
  it('have unique ids and the SPEC defaults', () => {
    const ids = DEFAULT_PARAMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const m = defaultParamMap();
    expect(['grade.A', 'grade.B', 'grade.C'].map((id) => m.get(id))).toEqual([90, 80, 60]);
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((x) => m.get(`cv.weight.${x}`))).toEqual([20, 10, 15, 20, 15, 10, 10]);
    expect(['A', 'B', 'C'].map((x) => m.get(`cv.band.${x}`))).toEqual([80, 60, 40]);
    expect([m.get('s1.growthStep'), m.get('exempt.newHireMonths'), m.get('exempt.transferMonths'), m.get('s1.attendance.offDays')]).toEqual([10, 3, 2, 4]);
    for (const p of DEFAULT_PARAMS) expect(p.note.zh && p.note.en).toBeTruthy();
  });

  it('cover every param a scheme names', () => {
    const ids = new Set(DEFAULT_PARAMS.map((p) => p.id));
    for (const s of SCHEMES) {
      for (const item of s.items) {
        for (const [k, v] of Object.entries(item.rule as ItemRule)) if (k.endsWith('Param')) expect(ids).toContain(v);
      }
      for (const i of s.inputs) if (i.optional) expect(ids).toContain(i.optional.requiredWhenAbove.limitParam);
    }
  });

  it('have follow-up standards only for real positions', () => {
    const positions = listValues('position');
    for (const p of DEFAULT_PARAMS.filter((x) => x.id.startsWith('follow.'))) expect(positions).toContain(p.id.slice(7));
    expect(followStandard(defaultParamMap(), '大客户经理')).toBe(0);
    expect(followStandard(defaultParamMap(), null)).toBe(0);
  });

  it('read from a workbook like MATCH: first row wins, case-insensitive, missing reported', () => {
    const rows = DEFAULT_PARAMS.filter((p) => p.id !== 'grade.C').map((p) => ({ id: p.id, value: p.value as unknown }));
    rows.unshift({ id: 'GRADE.A', value: 95 });
    rows.push({ id: 's1.growthStep', value: 99 });
    rows.push({ id: 'follow.大客户专员', value: 3 });
    const { params, missing } = paramMapFrom([...rows, { id: 'grade.B', value: 'x' }]);
    expect(missing).toEqual(['grade.C']);
    expect(params.get('grade.A')).toBe(95);
    expect(params.get('s1.growthStep')).toBe(10);
    expect(followStandard(params, '大客户专员')).toBe(3);
  });
});

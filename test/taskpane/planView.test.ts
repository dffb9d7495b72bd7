import { canGenerate, planOutline } from '../../src/taskpane/model/planView';
import type { GeneratePlan } from '../../src/core/plan/generate';

const plan = (over: Partial<GeneratePlan>): GeneratePlan => ({ ops: [], conflicts: [], notices: [], changes: [], lang: 'zh-CN', ...over });

describe('the Forms page preview', () => {
  it('outlines new sheets with their new tables and columns, then the other changes', () => {
    const p = plan({
      ops: [
        {
          op: 'createTable',
          sheet: '客户档案',
          name: 'Customers',
          row: 1,
          col: 1,
          columns: [{ header: '档案编号' }, { header: '客户名称' }],
          rows: [],
          style: 'TableStyleMedium2',
        },
      ],
      changes: [
        { kind: 'addSheet', sheet: '客户档案' },
        { kind: 'addTable', sheet: '客户档案', table: 'Customers', rows: 0 },
        { kind: 'addColumns', table: 'Visits', columns: ['备注'] },
        { kind: 'addTable', sheet: '员工与参数', table: 'KpiParams', rows: 51 },
        { kind: 'setVersion', from: null, to: 1 },
      ],
    });
    expect(planOutline(p)).toEqual([
      { kind: 'sheet', sheet: '客户档案', isNew: true, tables: [{ table: 'Customers', rows: 0, columns: ['档案编号', '客户名称'] }] },
      { kind: 'sheet', sheet: '员工与参数', isNew: false, tables: [{ table: 'KpiParams', rows: 51, columns: [] }] },
      { kind: 'addColumns', table: 'Visits', columns: ['备注'] },
      { kind: 'setVersion', from: null, to: 1 },
    ]);
  });

  it('allows generating only when there is a change and no conflict', () => {
    const change = { kind: 'addSheet', sheet: 'x' } as const;
    expect(canGenerate(undefined)).toBe(false);
    expect(canGenerate(plan({}))).toBe(false);
    expect(canGenerate(plan({ changes: [change] }))).toBe(true);
    expect(canGenerate(plan({ changes: [change], conflicts: [{ code: 'foreignTable', message: 'm' }] }))).toBe(false);
  });
});

import { planGenerate } from '../../src/core/plan/generate';
import type { TableInfo, WorkbookStructure } from '../../src/core/port/types';
import { MINI_MODEL, noValidation } from './miniModel';

const EMPTY: WorkbookStructure = { sheets: [], tables: [], names: [], meta: { modelVersion: null, lang: null } };

function table(name: string, sheet: string, headers: string[], firstCol = 1): TableInfo {
  return { name, sheet, headerRow: 1, firstCol, headers, rowCount: 3 };
}

describe('planGenerate', () => {
  it('creates every sheet and table of an empty workbook, side by side with a gap', () => {
    const plan = planGenerate(MINI_MODEL, EMPTY, 'zh-CN', { validationFor: noValidation });
    expect(plan.conflicts).toEqual([]);
    const creates = plan.ops.filter((o) => o.op === 'createTable');
    expect(creates.map((o) => o.op === 'createTable' && [o.name, o.sheet, o.col])).toEqual([
      ['KpiParams', '员工与参数', 1],
      ['Visits', '拜访日报', 1],
      ['VisitDaily', '拜访日报', 7],
    ]);
    const visits = creates[1]!;
    expect(visits.op === 'createTable' && visits.columns.map((c) => c.header)).toEqual(['日期', '金额(元)', '已付', '双倍']);
    expect(visits.op === 'createTable' && visits.columns[3]!.formula).toBe('=Visits[[#This Row],[金额(元)]]*2');
    expect(plan.ops.some((o) => o.op === 'addSheet' && o.name === 'Lists' && o.visibility === 'veryHidden')).toBe(true);
    expect(plan.ops.some((o) => o.op === 'defineName' && o.name === 'List_yesno' && o.ref === "'Lists'!$D$2:$D$3")).toBe(true);
  });

  it('renders headers and sheet names in English for an en-US workbook', () => {
    const plan = planGenerate(MINI_MODEL, EMPTY, 'en-US', { validationFor: noValidation });
    const visits = plan.ops.find((o) => o.op === 'createTable' && o.name === 'Visits');
    expect(visits?.op === 'createTable' && [visits.sheet, visits.columns[3]!.formula]).toEqual([
      'Visit log',
      '=Visits[[#This Row],[Amount (yuan)]]*2',
    ]);
  });

  it('puts formulas into initial rows and keeps text as text', () => {
    const plan = planGenerate(MINI_MODEL, EMPTY, 'zh-CN', {
      validationFor: noValidation,
      initialRows: { Visits: [[46000, 10, '=1+1', 999]] },
    });
    const visits = plan.ops.find((o) => o.op === 'createTable' && o.name === 'Visits');
    expect(visits?.op === 'createTable' && visits.rows).toEqual([
      [46000, 10, '=1+1', { formula: '=Visits[[#This Row],[金额(元)]]*2' }],
    ]);
  });

  it('is a no-op for tables on a workbook that already has the current model', () => {
    const structure: WorkbookStructure = {
      sheets: ['员工与参数', '拜访日报', 'Lists'].map((name) => ({ name, visibility: 'visible', lastRow: 10, lastCol: 10 })),
      tables: [
        table('KpiParams', '员工与参数', ['参数', '值', '说明']),
        table('Visits', '拜访日报', ['日期', '金额(元)', '已付', '双倍']),
        table('VisitDaily', '拜访日报', ['日期'], 7),
      ],
      names: ['List_yesno'],
      meta: { modelVersion: 2, lang: 'zh-CN' },
    };
    const plan = planGenerate(MINI_MODEL, structure, 'zh-CN', { validationFor: noValidation });
    expect(plan.ops).toEqual([]);
    expect(plan.changes).toEqual([]);
  });

  it('adds a column that a newer model brings, keeping user columns, and records the version', () => {
    const structure: WorkbookStructure = {
      sheets: [{ name: '拜访日报', visibility: 'visible', lastRow: 10000, lastCol: 5 }],
      tables: [table('Visits', '拜访日报', ['日期', '金额(元)', '我的备注', '双倍'])],
      names: [],
      meta: { modelVersion: 1, lang: 'zh-CN' },
    };
    const plan = planGenerate(MINI_MODEL, structure, 'en-US', { validationFor: noValidation });
    expect(plan.lang).toBe('zh-CN');
    const add = plan.ops.find((o) => o.op === 'addColumns');
    expect(add?.op === 'addColumns' && add.columns.map((c) => c.header)).toEqual(['已付']);
    expect(plan.ops.some((o) => o.op === 'createTable' && o.name === 'Visits')).toBe(false);
    // VisitDaily goes to the right of the existing content, never over it.
    const daily = plan.ops.find((o) => o.op === 'createTable' && o.name === 'VisitDaily');
    expect(daily?.op === 'createTable' && daily.col).toBe(7);
    expect(plan.changes).toContainEqual({ kind: 'setVersion', from: 1, to: 2 });
  });

  it('follows a sheet the user renamed instead of adding a duplicate', () => {
    const structure: WorkbookStructure = {
      sheets: [{ name: '我的拜访', visibility: 'visible', lastRow: 3, lastCol: 4 }],
      tables: [table('Visits', '我的拜访', ['日期', '金额(元)', '已付', '双倍'])],
      names: [],
      meta: { modelVersion: 2, lang: 'zh-CN' },
    };
    const plan = planGenerate(MINI_MODEL, structure, 'zh-CN', { validationFor: noValidation });
    expect(plan.ops.some((o) => o.op === 'addSheet' && o.name === '拜访日报')).toBe(false);
    expect(plan.notices.map((n) => n.code)).toContain('sheetRenamed');
    const daily = plan.ops.find((o) => o.op === 'createTable' && o.name === 'VisitDaily');
    expect(daily?.op === 'createTable' && daily.sheet).toBe('我的拜访');
  });

  it("reports a user's own table called Visits as a conflict and leaves it alone", () => {
    const structure: WorkbookStructure = {
      sheets: [{ name: 'Sheet1', visibility: 'visible', lastRow: 3, lastCol: 2 }],
      tables: [table('Visits', 'Sheet1', ['Name', 'Phone'])],
      names: [],
      meta: { modelVersion: null, lang: null },
    };
    const plan = planGenerate(MINI_MODEL, structure, 'zh-CN', { validationFor: noValidation });
    expect(plan.conflicts.map((c) => c.code)).toEqual(['foreignTable']);
    expect(plan.conflicts[0]!.message).toContain('Visits');
    expect(plan.ops.some((o) => (o.op === 'addColumns' || o.op === 'appendRows') && o.table === 'Visits')).toBe(false);
  });

  it('refuses a workbook from a newer model', () => {
    const plan = planGenerate(MINI_MODEL, { ...EMPTY, meta: { modelVersion: 9, lang: 'zh-CN' } }, 'zh-CN', {
      validationFor: noValidation,
    });
    expect(plan.ops).toEqual([]);
    expect(plan.conflicts[0]!.code).toBe('newerModel');
  });

  it('reports no room when another table sits right of a table that needs columns', () => {
    const structure: WorkbookStructure = {
      sheets: [{ name: '拜访日报', visibility: 'visible', lastRow: 3, lastCol: 9 }],
      tables: [table('Visits', '拜访日报', ['日期', '金额(元)', '双倍']), table('VisitDaily', '拜访日报', ['日期'], 4)],
      names: [],
      meta: { modelVersion: 1, lang: 'zh-CN' },
    };
    const plan = planGenerate(MINI_MODEL, structure, 'zh-CN', { validationFor: noValidation });
    expect(plan.conflicts.map((c) => c.code)).toEqual(['noRoomForColumns']);
  });
});

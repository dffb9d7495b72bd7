import {
  checkParamGroups,
  checkParamText,
  paramSaveOp,
  paramSheetOf,
  parseParamText,
  rangeOf,
} from '../../src/taskpane/model/kpiParams';
import type { TableData } from '../../src/core/port/types';

const table = (headers: string[], rows: (string | number | null)[][]): TableData => ({
  name: 'KpiParams',
  sheet: '员工与参数',
  headerRow: 1,
  firstCol: 14,
  headers,
  rowCount: rows.length,
  rows,
});

describe('KPI parameters on the Settings page', () => {
  it('reads id, value, note and the worksheet row; skips blank rows', () => {
    const sheet = paramSheetOf(
      table(['参数', '值', '说明'], [
        ['grade.A', 90, '等级 A 的最低总分'],
        [null, null, null],
        ['grade.B', 80, null],
      ]),
    );
    expect(sheet?.valueHeader).toBe('值');
    expect(sheet?.rows).toEqual([
      { id: 'grade.A', value: 90, note: '等级 A 的最低总分', row: 2 },
      { id: 'grade.B', value: 80, note: '', row: 4 },
    ]);
  });

  it('reads an en-US workbook and a reordered table', () => {
    const sheet = paramSheetOf(table(['Note', 'Value', 'Parameter'], [['Lowest total for grade A', 90, 'grade.A']]));
    expect(sheet?.valueHeader).toBe('Value');
    expect(sheet?.rows[0]).toMatchObject({ id: 'grade.A', value: 90, note: 'Lowest total for grade A' });
  });

  it('refuses a table without its value column', () => {
    expect(paramSheetOf(table(['参数', '说明'], [['grade.A', 'x']]))).toBeUndefined();
  });

  it('accepts plain numbers only, including full-width digits from an IME', () => {
    expect(parseParamText('85')).toBe(85);
    expect(parseParamText(' 0.5 ')).toBe(0.5);
    expect(parseParamText('８５')).toBe(85);
    for (const bad of ['85%', '1e3', '八十', '=90', '9 0', '0x10', 'Infinity']) expect(parseParamText(bad)).toBeUndefined();
  });

  it('says what is wrong with a value', () => {
    expect(checkParamText('grade.A', '')).toEqual({ issue: { kind: 'empty' } });
    expect(checkParamText('grade.A', 'abc')).toEqual({ issue: { kind: 'notNumber' } });
    expect(checkParamText('grade.A', '101')).toEqual({ issue: { kind: 'above', max: 100 } });
    expect(checkParamText('grade.A', '-1')).toEqual({ issue: { kind: 'below', min: 0 } });
    expect(checkParamText('s1.sales.step', '0')).toEqual({ issue: { kind: 'positive' } });
    expect(checkParamText('s1.growthStep', '0')).toEqual({ issue: { kind: 'positive' } });
    expect(checkParamText('exempt.newHireMonths', '2.5')).toEqual({ issue: { kind: 'integer' } });
    expect(checkParamText('follow.项目营销经理', '10')).toEqual({ value: 10 });
    expect(checkParamText('my.own.param', '12345')).toEqual({ value: 12345 });
  });

  it('gives ranges by the kind of parameter', () => {
    expect(rangeOf('cv.weight.A')).toMatchObject({ min: 0, max: 100 });
    expect(rangeOf('l3.overdue.target')).toMatchObject({ min: 0, max: 200 });
    expect(rangeOf('s1.attendance.offDays')).toMatchObject({ integer: true });
  });

  it('checks weights and band order only when one of them was edited', () => {
    const values = new Map([
      ['cv.weight.A', 30],
      ['cv.weight.B', 10],
      ['grade.A', 80],
      ['grade.B', 80],
      ['grade.C', 60],
    ]);
    expect(checkParamGroups(values, new Set(['s1.sales.step']))).toEqual([]);
    expect(checkParamGroups(values, new Set(['cv.weight.A']))).toEqual([{ kind: 'weightsSum', sum: 40 }]);
    expect(checkParamGroups(values, new Set(['grade.B']))).toEqual([{ kind: 'bandsOrder', group: 'grade' }]);
  });

  it('saves edits with one setCells on the workbook value column', () => {
    const sheet = { table: 'KpiParams', valueHeader: 'Value', rows: [] };
    expect(paramSaveOp(sheet, new Map([[2, 85]]))).toEqual({
      op: 'setCells',
      table: 'KpiParams',
      cells: [{ row: 2, header: 'Value', value: 85 }],
    });
  });
});

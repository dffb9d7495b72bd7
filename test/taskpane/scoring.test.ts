import { dGradeRows, rowOf, signOffBlock, totalText } from '../../src/taskpane/model/scoring';
import type { SummaryRow } from '../../src/taskpane/services';

const row = (over: Partial<SummaryRow>): SummaryRow => ({
  period: '2026-02',
  staffId: 'E001',
  name: '张三',
  position: '大客户经理',
  scheme: 'S1',
  total: 55,
  grade: 'D',
  runOfD: 1,
  suggestion: '',
  status: '正常',
  table: 'KpiS1',
  sheet: '绩效考核',
  address: 'A5',
  row: 5,
  ...over,
});

describe('Scoring page helpers', () => {
  it('finds the worksheet row from row or from the address', () => {
    expect(rowOf({ row: 9, address: 'A5' })).toBe(9);
    expect(rowOf({ address: 'C12' })).toBe(12);
    expect(rowOf({ address: '$C$12:$Z$12' })).toBe(12);
    expect(rowOf({ address: "'绩效考核'!B7" })).toBe(7);
    expect(rowOf({ address: '' })).toBeUndefined();
  });

  it('allows a first review only with a reviewer and complete inputs; the second only after the first', () => {
    expect(signOffBlock(row({}), 'first', '')).toBe('needReviewer');
    expect(signOffBlock(row({}), 'first', '李四')).toBeUndefined();
    expect(signOffBlock(row({ status: '待录入' }), 'first', '李四')).toBe('needInputs');
    expect(signOffBlock(row({ status: '输入有误' }), 'first', '李四')).toBe('needInputs');
    expect(signOffBlock(row({ status: '免考', grade: null }), 'first', '李四')).toBeUndefined();
    expect(signOffBlock(row({}), 'second', '王五')).toBe('needFirst');
    expect(signOffBlock(row({ firstReviewer: '李四' }), 'first', '李四')).toBe('signed');
    expect(signOffBlock(row({ firstReviewer: '李四' }), 'second', '王五')).toBeUndefined();
  });

  it('lists D grades, longest run first', () => {
    const rows = [row({ staffId: 'E1', runOfD: 1 }), row({ staffId: 'E2', grade: 'B', runOfD: 0 }), row({ staffId: 'E3', runOfD: 3 })];
    expect(dGradeRows(rows).map((r) => r.staffId)).toEqual(['E3', 'E1']);
  });

  it('shows totals with one decimal', () => {
    expect(totalText(85)).toBe('85.0');
    expect(totalText(72.25)).toBe('72.3');
    expect(totalText(null)).toBe('—');
  });
});

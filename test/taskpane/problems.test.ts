import { groupProblems } from '../../src/taskpane/model/problems';
import type { LocatedProblem } from '../../src/taskpane/services';

const p = (sheet: string | undefined, severity: 'error' | 'warning', row: number, table = 'Visits'): LocatedProblem => ({
  table,
  row,
  column: '日期',
  rule: 'REQUIRED',
  severity,
  message: `${severity} at ${row}`,
  ...(sheet ? { sheet, address: `A${row}` } : {}),
});

describe('grouping check problems for the Check page', () => {
  const problems = [
    p('拜访日报', 'warning', 3),
    p('客户档案', 'error', 5, 'Customers'),
    p('拜访日报', 'error', 7),
    p('拜访日报', 'error', 2),
    p(undefined, 'error', 0, 'GiftPlans'),
  ];

  it('groups by sheet in reported order, errors before warnings, with counts', () => {
    const view = groupProblems(problems, { errorsOnly: false, limit: 100 });
    expect(view.errors).toBe(4);
    expect(view.warnings).toBe(1);
    expect(view.groups.map((g) => g.sheet)).toEqual(['拜访日报', '客户档案', 'GiftPlans']);
    const visits = view.groups[0]!;
    expect([visits.errors, visits.warnings]).toEqual([2, 1]);
    expect(visits.bySeverity.map((s) => s.severity)).toEqual(['error', 'warning']);
    // The check's own order is kept within a group.
    expect(visits.bySeverity[0]!.problems.map((x) => x.row)).toEqual([7, 2]);
  });

  it('uses the table name when the table (and so its sheet) is missing', () => {
    const view = groupProblems(problems, { errorsOnly: false, limit: 100 });
    expect(view.groups[2]!.bySeverity[0]!.problems[0]!.table).toBe('GiftPlans');
  });

  it('filters to errors only, keeping the total counts', () => {
    const view = groupProblems(problems, { errorsOnly: true, limit: 100 });
    expect(view.errors).toBe(4);
    expect(view.warnings).toBe(1);
    expect(view.shown).toBe(4);
    expect(view.groups.flatMap((g) => g.bySeverity.map((s) => s.severity))).not.toContain('warning');
  });

  it('cuts warnings before errors at the limit and says how many are hidden', () => {
    const view = groupProblems(problems, { errorsOnly: false, limit: 4 });
    expect(view.shown).toBe(4);
    expect(view.hiddenByLimit).toBe(1);
    expect(view.groups.flatMap((g) => g.bySeverity.flatMap((s) => s.problems)).every((x) => x.severity === 'error')).toBe(true);
    // The sheet's counts still cover the hidden warning.
    expect(view.groups[0]!.warnings).toBe(1);
  });

  it('is empty for a clean workbook', () => {
    expect(groupProblems([], { errorsOnly: false, limit: 10 })).toEqual({ errors: 0, warnings: 0, groups: [], shown: 0, hiddenByLimit: 0 });
  });
});

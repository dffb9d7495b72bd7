/** Who the dashboard shows: Staff rows with a 工号, active or scored within the 12 periods. */
import type { CellValue, TableData } from '../../src/core/port/types';
import { dashboardStaff } from '../../src/core/dashboard/staffList';

function table(name: string, headers: string[], rows: CellValue[][]): TableData {
  return { name, sheet: 's', headerRow: 1, firstCol: 1, headers, rowCount: rows.length, rows };
}

// Staff columns as the workbook has them (a subset, in another order, is fine).
const staff = (rows: CellValue[][], en = false) =>
  table('Staff', en ? ['Active', 'Staff ID', 'Name'] : ['在职', '工号', '姓名'], rows);
const summary = (rows: CellValue[][]) => table('KpiSummary', ['期间', '工号', '姓名'], rows);
const WINDOW = ['2026-09', '2026-10'];

describe('dashboardStaff', () => {
  it('keeps active staff in Staff order, with the 工号 exactly as Staff holds it', () => {
    const s = staff([
      ['是', 'E002', '李四'],
      ['是', 1001, '张三'],
      ['否', 'E003', '王五'],
    ]);
    expect(dashboardStaff(s, undefined, WINDOW)).toEqual([
      { id: 'E002', name: '李四', label: '李四' },
      { id: 1001, name: '张三', label: '张三' },
    ]);
  });

  it('keeps someone who left when KpiSummary scores them within the periods, not before', () => {
    const s = staff([
      ['否', 'E003', '王五'],
      ['否', 'E004', '赵六'],
    ]);
    const rows = summary([
      ['2026-10', 'e003', null],
      ['2025-01', 'E004', null],
    ]);
    expect(dashboardStaff(s, rows, WINDOW).map((x) => x.id)).toEqual(['E003']);
  });

  it('skips rows without a 工号 and repeats of one, and reads en-US headers', () => {
    const s = staff(
      [
        ['是', null, '无号'],
        ['是', '  ', '空白'],
        ['是', 'E1', '甲'],
        ['是', 'e1', '甲二'],
        [null, null, null],
      ],
      true,
    );
    expect(dashboardStaff(s, undefined, WINDOW).map((x) => x.name)).toEqual(['甲']);
  });

  it('labels repeated names with their 工号, and a nameless member by the 工号', () => {
    const s = staff([
      ['是', 'E1', '王芳'],
      ['是', 'E2', '王芳'],
      ['是', 'E3', ''],
    ]);
    expect(dashboardStaff(s, undefined, WINDOW).map((x) => x.label)).toEqual(['王芳 (E1)', '王芳 (E2)', 'E3']);
  });
});

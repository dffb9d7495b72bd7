/**
 * The sample workbook's tables as a reader sees them before any engine has calculated (formula cells
 * empty), straight from the rows generate writes (initialRows): what the reference scorer and the
 * pre-fill reference read from a fresh `generate --sample` file.
 */
import type { CellInput, CellValue, TableData } from '../../src/core/port/types';
import { SHEETS } from '../../src/core/model/workbook';
import { initialRows } from '../../src/core/services/initialRows';

const value = (c: CellInput | undefined): CellValue => (c === undefined || (c !== null && typeof c === 'object') ? null : c);

export function sampleTables(today: number): TableData[] {
  const rows = initialRows('zh-CN', today);
  return SHEETS.flatMap((sheet) =>
    sheet.tables.map((spec) => {
      const data = (rows[spec.name] ?? []).map((r) => spec.columns.map((c, i) => (c.type.kind === 'formula' ? null : value(r[i]))));
      return { name: spec.name, sheet: sheet.name.zh, headerRow: 1, firstCol: 0, headers: spec.columns.map((c) => c.header.zh), rowCount: data.length, rows: data };
    }),
  );
}

/** Read-back check of an archive: the moved rows must be the archive's last rows, cell by cell. */
import type { CellValue, TableData } from '../port/types';
import type { MovedTable } from './planArchive';

const same = (a: CellValue | undefined, b: CellValue | undefined): boolean => (a ?? null) === (b ?? null) || ((a ?? '') === '' && (b ?? '') === '');

/** The first difference between the moved rows and the archive's last rows of that table, or null. */
export function compareArchived(moved: readonly MovedTable[], before: readonly TableData[], after: readonly TableData[]): string | null {
  for (const m of moved) {
    const t = after.find((x) => x.name === m.table);
    if (!t) return m.table;
    const had = before.find((x) => x.name === m.table);
    // An appended table: the old rows (an empty table's blank row does not count) come first.
    const oldCount = had ? had.rows.filter((r) => r.some((v) => v !== null && v !== '')).length : 0;
    const rows = t.rows.filter((r) => r.some((v) => v !== null && v !== '')).slice(oldCount);
    if (rows.length !== m.rows.length) return `${m.table}: ${rows.length} ≠ ${m.rows.length}`;
    for (let i = 0; i < rows.length; i++) {
      for (const [j, h] of m.headers.entries()) {
        const k = t.headers.findIndex((x) => x.trim() === h.trim());
        if (k < 0 || !same(rows[i]?.[k], m.rows[i]?.[j])) return `${m.table} row ${i + 1} ${h}`;
      }
    }
  }
  return null;
}

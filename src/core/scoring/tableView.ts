import type { CellValue, TableData } from '../port/types';
import type { TableSpec } from '../model/types';
import { columnByHeader } from '../model/lookup';

/** Rows of a table as records by column key, whatever order or language the workbook's headers have. */
export function recordsOf(spec: TableSpec, data: TableData | undefined): Record<string, CellValue>[] {
  if (!data) return [];
  const keys = data.headers.map((h) => columnByHeader(spec, h)?.key ?? null);
  return data.rows.map((row) => {
    const rec: Record<string, CellValue> = {};
    keys.forEach((k, i) => {
      if (k !== null && !(k in rec)) rec[k] = row[i] ?? null;
    });
    return rec;
  });
}

/** A row with nothing typed in (Excel keeps a blank row in an empty table). */
export function isBlankRecord(rec: Record<string, CellValue>, inputKeys: readonly string[]): boolean {
  return inputKeys.every((k) => {
    const v = rec[k];
    return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  });
}

import type { CellInput } from '../port/types';
import type { TableSpec } from '../model/types';

/** A demo record by column key; missing keys are empty cells. */
export type SampleRecord = Readonly<Record<string, CellInput | undefined>>;

/**
 * Turns records into rows in the table's column order. Formula columns are left null (the writer
 * puts the formulas in). An unknown key or a value in a formula column is a bug in the demo data,
 * so it throws rather than silently dropping the value.
 */
export function toRows(spec: TableSpec, records: readonly SampleRecord[]): CellInput[][] {
  const keys = new Set(spec.columns.map((c) => c.key));
  return records.map((r) => {
    for (const k of Object.keys(r)) {
      if (!keys.has(k)) throw new Error(`sample data: ${spec.name} has no column ${k}`);
    }
    return spec.columns.map((c) => {
      const v = r[c.key];
      if (c.type.kind === 'formula' && v !== undefined && v !== null) {
        throw new Error(`sample data: ${spec.name}.${c.key} is a formula column`);
      }
      return v ?? null;
    });
  });
}

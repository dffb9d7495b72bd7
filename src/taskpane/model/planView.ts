/**
 * What the Forms page lists before generating: the plan's changes as an outline, one entry per sheet
 * with its new tables (and their columns, from the createTable operations), then the other changes.
 */
import type { GeneratePlan, PlanChange } from '../../core/plan/generate';

export interface TableEntry {
  readonly table: string;
  readonly rows: number;
  readonly columns: readonly string[];
}

export type PlanEntry =
  | { readonly kind: 'sheet'; readonly sheet: string; readonly isNew: boolean; readonly tables: readonly TableEntry[] }
  | Exclude<PlanChange, { kind: 'addSheet' } | { kind: 'addTable' }>;

export function planOutline(plan: GeneratePlan): PlanEntry[] {
  const columnsOf = new Map<string, readonly string[]>();
  for (const op of plan.ops) {
    if (op.op === 'createTable') columnsOf.set(op.name, op.columns.map((c) => c.header));
  }
  const sheets = new Map<string, { sheet: string; isNew: boolean; tables: TableEntry[] }>();
  const sheetEntry = (sheet: string, isNew: boolean) => {
    const found = sheets.get(sheet);
    if (found) return found;
    const entry = { sheet, isNew, tables: [] as TableEntry[] };
    sheets.set(sheet, entry);
    return entry;
  };
  const others: PlanEntry[] = [];
  for (const c of plan.changes) {
    if (c.kind === 'addSheet') sheetEntry(c.sheet, true);
    else if (c.kind === 'addTable') sheetEntry(c.sheet, false).tables.push({ table: c.table, rows: c.rows, columns: columnsOf.get(c.table) ?? [] });
    else others.push(c);
  }
  return [...[...sheets.values()].map((s) => ({ kind: 'sheet' as const, ...s })), ...others];
}

/** Something to write, and nothing that blocks it (with a conflict the service writes nothing). */
export function canGenerate(plan: GeneratePlan | undefined): boolean {
  return plan !== undefined && plan.conflicts.length === 0 && plan.changes.length > 0;
}

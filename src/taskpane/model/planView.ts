/**
 * What the Forms page lists before generating: the plan's changes, with the columns of each new
 * table taken from its createTable operation.
 */
import type { GeneratePlan, PlanChange } from '../../core/plan/generate';

export type PlanItem =
  | Exclude<PlanChange, { kind: 'addTable' }>
  | (Extract<PlanChange, { kind: 'addTable' }> & { readonly columns: readonly string[] });

export function planItems(plan: GeneratePlan): PlanItem[] {
  const columnsOf = new Map<string, readonly string[]>();
  for (const op of plan.ops) {
    if (op.op === 'createTable') columnsOf.set(op.name, op.columns.map((c) => c.header));
  }
  return plan.changes.map((c) => (c.kind === 'addTable' ? { ...c, columns: columnsOf.get(c.table) ?? [] } : c));
}

/** Something to write, and nothing that blocks it (with a conflict the service writes nothing). */
export function canGenerate(plan: GeneratePlan | undefined): boolean {
  return plan !== undefined && plan.conflicts.length === 0 && plan.changes.length > 0;
}

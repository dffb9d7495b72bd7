import type { Lang, WorkbookModel } from '../model/types';
import type { CellInput, ProgressReporter, WorkbookPort } from '../port/types';
import { planGenerate } from '../plan/generate';
import type { GeneratePlan } from '../plan/generate';
import type { ValidationFor } from '../plan/columnFormat';
import { initialRows } from './initialRows';
import { needsStageMigration } from '../plan/stageMigration';

export interface GenerateRequest {
  readonly model: WorkbookModel;
  readonly lang: Lang;
  readonly validationFor: ValidationFor;
  /** Fill the new tables with demo data, as of this date (Excel serial). */
  readonly sampleAsOf?: number;
}

/** Reads the structure and plans, without writing: what the Forms page shows before anything is written. */
export async function previewGenerate(port: WorkbookPort, req: GenerateRequest): Promise<GeneratePlan> {
  const structure = await port.readStructure();
  // An upgrade to model version 2 moves typed 开发阶段 values into StageLog: it needs those rows.
  const migrate = needsStageMigration(structure) ? await port.readTables(['Customers']) : [];
  const customers = migrate.find((t) => t.name.toLowerCase() === 'customers');
  return planGenerate(req.model, structure, req.lang, {
    validationFor: req.validationFor,
    initialRows: initialRows(structure.meta.lang ?? req.lang, req.sampleAsOf),
    ...(customers ? { migrationRows: { Customers: customers } } : {}),
  });
}

/**
 * Generates or upgrades the workbook. With any conflict nothing is written at all: a half-upgraded
 * book (say, formulas pointing at a user's own table of the same name) would be worse than none.
 */
export async function generateWorkbook(
  port: WorkbookPort,
  req: GenerateRequest,
  progress?: ProgressReporter,
): Promise<GeneratePlan> {
  const plan = await previewGenerate(port, req);
  if (plan.conflicts.length === 0 && plan.ops.length > 0) await port.apply(plan.ops, progress);
  return plan;
}

export type Rows = Record<string, readonly (readonly CellInput[])[]>;

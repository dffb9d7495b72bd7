/**
 * Model version 2 turns Customers.开发阶段 from a typed column into a formula over StageLog (SPEC
 * §2.1). Before the column becomes a formula, every typed stage moves into a StageLog row (日期 =
 * 建档日期, 记录人 = 负责人, 备注 = 由客户档案迁移), so that no typed stage is lost; the formula then
 * shows the same stage. This needs the Customers rows, which the service reads only when the
 * workbook is older than version 2 (the planner itself never reads rows).
 */
import type { CellInput, CellValue, TableData, WorkbookStructure, WriteOp } from '../port/types';
import type { Lang, WorkbookModel } from '../model/types';
import { findTable } from '../model/lookup';
import { MIGRATED_REMARK, STAGE_LOG } from '../model/tables/stageLog';
import { columnFormatOf } from './columnFormat';
import type { ValidationFor } from './columnFormat';

/** The first model version in which 开发阶段 is a formula. */
export const STAGE_FORMULA_VERSION = 2;

export interface StageMigration {
  /** StageLog rows in model column order, one per typed stage. */
  readonly rows: CellInput[][];
  /** Turns 开发阶段 into its formula; goes after StageLog and Customers' new columns exist. */
  readonly op: WriteOp;
}

/** Whether an upgrade must migrate typed stages: a book older than version 2 with a 开发阶段 column. */
export function needsStageMigration(structure: WorkbookStructure): boolean {
  const found = structure.meta.modelVersion;
  if (found === null || found >= STAGE_FORMULA_VERSION) return false;
  const customers = structure.tables.find((t) => t.name.toLowerCase() === 'customers');
  return customers !== undefined && customers.headers.some((h) => h.trim() === '开发阶段' || h.trim() === 'Stage');
}

const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function planStageMigration(
  model: WorkbookModel,
  structure: WorkbookStructure,
  customers: TableData | undefined,
  lang: Lang,
  validationFor: ValidationFor,
): StageMigration | null {
  if (!needsStageMigration(structure)) return null;
  const spec = findTable(model, 'Customers');
  const info = structure.tables.find((t) => t.name.toLowerCase() === 'customers');
  if (!spec || !info) return null;
  const column = spec.columns.find((c) => c.key === 'devStage');
  if (!column) return null;
  const at = (key: string): number => {
    const c = spec.columns.find((x) => x.key === key);
    return c ? info.headers.findIndex((h) => h.trim() === c.header.zh || h.trim() === c.header.en) : -1;
  };
  const [iStage, iName, iCreated, iOwner] = ['devStage', 'name', 'createdDate', 'owner'].map(at) as [number, number, number, number];
  const order = STAGE_LOG.columns.map((c) => c.key);
  const rows: CellInput[][] = [];
  for (const r of customers?.rows ?? []) {
    const stage = r[iStage];
    if (blank(stage)) continue;
    const rec: Record<string, CellInput> = {
      customer: iName >= 0 ? (r[iName] ?? null) : null,
      date: iCreated >= 0 ? (r[iCreated] ?? null) : null,
      stage: typeof stage === 'string' ? stage.trim() : (stage ?? null),
      recorder: iOwner >= 0 ? (r[iOwner] ?? null) : null,
      remark: MIGRATED_REMARK,
    };
    rows.push(order.map((k) => rec[k] ?? null));
  }
  const format = columnFormatOf(model, spec.name, column, lang, validationFor);
  const header = info.headers.find((h) => h.trim() === column.header.zh || h.trim() === column.header.en) ?? format.header;
  return { rows, op: { op: 'setColumnFormula', table: info.name, column: { ...format, header, formula: format.formula ?? '' } } };
}

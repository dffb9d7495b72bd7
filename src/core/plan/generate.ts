/**
 * Plans generating or upgrading the workbook: compares the model with what the workbook holds
 * (structure only, never row data) and returns the write operations that add what is missing.
 * It never removes or rewrites a user's rows, columns or formatting; anything it cannot add
 * without damage becomes a conflict with a message, and that part is left alone.
 */
import type { CellInput, ColumnFormat, SheetInfo, TableData, TableInfo, WorkbookStructure, WriteOp } from '../port/types';
import type { Lang, SheetSpec, TableSpec, WorkbookModel } from '../model/types';
import { textIn } from '../model/types';
import { headerOf } from '../model/lookup';
import { LISTS_SHEET, listName } from '../model/formulaContext';
import { columnFormatOf, formulaOf, prefillOf } from './columnFormat';
import type { ValidationFor } from './columnFormat';
import { PLAN_MESSAGES as M } from './messages';
import { listsSheetOps } from './listsSheet';
import { TABLE_GAP, TABLE_STYLE } from './layout';
import { needsStageMigration, planStageMigration } from './stageMigration';
import { planPrint } from '../print/planPrint';
import type { PlacedSheet } from '../print/planPrint';
import { rewrittenColumns } from './rewrittenFormulas';
import { columnLetters } from './listsSheet';

export interface PlanConflict {
  readonly code: 'newerModel' | 'foreignTable' | 'foreignLists' | 'noRoomForColumns' | 'needsRows';
  readonly table?: string;
  readonly message: string;
}

export interface PlanNotice {
  readonly code: 'sheetRenamed' | 'sheetHasData';
  readonly table?: string;
  readonly message: string;
}

export type PlanChange =
  | { readonly kind: 'addSheet'; readonly sheet: string }
  | { readonly kind: 'addTable'; readonly sheet: string; readonly table: string; readonly rows: number }
  | { readonly kind: 'addColumns'; readonly table: string; readonly columns: readonly string[] }
  | { readonly kind: 'addRows'; readonly table: string; readonly rows: number }
  | { readonly kind: 'setVersion'; readonly from: number | null; readonly to: number }
  /** Typed 开发阶段 values moved into StageLog before the column became its formula (model version 2). */
  | { readonly kind: 'migrateStages'; readonly table: string; readonly moved: number };

export interface GeneratePlan {
  readonly ops: readonly WriteOp[];
  readonly conflicts: readonly PlanConflict[];
  readonly notices: readonly PlanNotice[];
  readonly changes: readonly PlanChange[];
  /** The language the workbook is (or will be) written in: an existing book keeps its own. */
  readonly lang: Lang;
}

export interface GenerateOptions {
  /** Rows for tables created by this plan (sample data, default parameters), in model column order. */
  readonly initialRows?: Readonly<Record<string, readonly (readonly CellInput[])[]>>;
  /** Rows to append to tables that already exist, e.g. parameters a newer model adds. */
  readonly appendRows?: Readonly<Record<string, readonly (readonly CellInput[])[]>>;
  readonly validationFor: ValidationFor;
  /**
   * Rows an upgrade needs to migrate values before a column becomes a formula: Customers, when the
   * workbook is older than model version 2 (see stageMigration.ts). Without them such an upgrade is
   * a conflict, never a silent loss of typed stages.
   */
  readonly migrationRows?: Readonly<Record<string, TableData>>;
}

export function planGenerate(
  model: WorkbookModel,
  structure: WorkbookStructure,
  requestedLang: Lang,
  options: GenerateOptions,
): GeneratePlan {
  const lang = structure.meta.lang ?? requestedLang;
  const found = structure.meta.modelVersion;
  if (found !== null && found > model.version) {
    return empty(lang, [{ code: 'newerModel', message: M.newerModel[lang](found, model.version) }]);
  }
  const listsSheet = structure.sheets.find((s) => s.name === LISTS_SHEET);
  if (listsSheet && found === null && listsSheet.lastRow > 0) {
    return empty(lang, [{ code: 'foreignLists', message: M.foreignLists[lang]() }]);
  }

  const ops: WriteOp[] = [];
  const conflicts: PlanConflict[] = [];
  const notices: PlanNotice[] = [];
  const changes: PlanChange[] = [];
  // Ops on existing tables whose formulas refer to a table this plan creates: queued after it.
  const late: WriteOp[] = [];
  const customers = options.migrationRows?.Customers;
  const stageModel = model.sheets.some((s) => s.tables.some((t) => t.name === 'StageLog'));
  if (stageModel && needsStageMigration(structure) && !customers) {
    return empty(lang, [{ code: 'needsRows', table: 'Customers', message: M.needsRows[lang]('Customers') }]);
  }
  const migration = stageModel ? planStageMigration(model, structure, customers, lang, options.validationFor) : null;
  const sheets = new Map<string, SheetInfo>(structure.sheets.map((s) => [s.name, s]));
  const tables = new Map<string, TableInfo>(structure.tables.map((t) => [t.name, t]));
  const placed: PlacedSheet[] = [];
  const createdTables = new Set<string>();

  for (const sheetSpec of model.sheets) {
    const sheetName = resolveSheetName(sheetSpec, tables, lang);
    let col = 1;
    let created = false;
    if (!sheets.has(sheetName)) {
      ops.push({ op: 'addSheet', name: sheetName, visibility: sheetSpec.visibility ?? 'visible', ...tab(sheetSpec) });
      ops.push({ op: 'freezeRows', sheet: sheetName, rows: 1 });
      changes.push({ kind: 'addSheet', sheet: sheetName });
      created = true;
    }
    placed.push({ spec: sheetSpec, name: sheetName, created });
    for (const tableSpec of sheetSpec.tables) {
      const existing = tables.get(tableSpec.name);
      if (existing) {
        upgradeTable(model, tableSpec, existing, sheetSpec, structure.tables, lang, options, { ops, conflicts, notices, changes, late }, found);
        if (found !== model.version) late.push(...revalidate(model, tableSpec, existing, lang, options.validationFor));
        col = Math.max(col, existing.firstCol + existing.headers.length + TABLE_GAP);
        continue;
      }
      const sheet = sheets.get(sheetName);
      if (!created && sheet && sheet.lastCol > 0 && col <= sheet.lastCol) {
        col = sheet.lastCol + 1 + TABLE_GAP;
        notices.push({ code: 'sheetHasData', table: tableSpec.name, message: M.sheetHasData[lang](sheetName, tableSpec.name) });
      }
      // An upgrade's StageLog starts with the migrated stages (demo rows would name demo customers).
      const given = migration && tableSpec.name === 'StageLog' ? migration.rows : (options.initialRows?.[tableSpec.name] ?? []);
      const rows = withFormulas(model, tableSpec, lang, given);
      ops.push({
        op: 'createTable',
        sheet: sheetName,
        name: tableSpec.name,
        row: 1,
        col,
        // Only a table we create has the model's column order, which custom validation formulas rely on.
        columns: tableSpec.columns.map((c) =>
          columnFormatOf(model, tableSpec.name, c, lang, options.validationFor, { table: tableSpec, row: 2, col }),
        ),
        rows,
        style: TABLE_STYLE,
      });
      changes.push({ kind: 'addTable', sheet: sheetName, table: tableSpec.name, rows: rows.length });
      createdTables.add(tableSpec.name);
      col += tableSpec.columns.length + TABLE_GAP;
    }
  }

  ops.push(...late);
  if (migration) {
    const stageLogExisted = tables.has('StageLog');
    if (stageLogExisted && migration.rows.length > 0) ops.push({ op: 'appendRows', table: 'StageLog', rows: migration.rows });
    if (conflicts.length === 0) {
      ops.push(migration.op);
      changes.push({ kind: 'migrateStages', table: 'StageLog', moved: migration.rows.length });
    }
  }

  // Page setup and print views after every table exists (their formulas name tables).
  if (conflicts.length === 0) {
    const printOps = planPrint(model, structure, lang, placed, createdTables, ops);
    for (const op of printOps) if (op.op === 'addSheet') changes.push({ kind: 'addSheet', sheet: op.name });
    ops.push(...printOps);
  }

  // Lists and meta last: a plan that fails part-way leaves the old version recorded. Lists change
  // only with the model version, so a current workbook with all its list names is left untouched.
  const names = new Set(structure.names);
  const listsCurrent = found === model.version && model.lists.every((l) => names.has(listName(l.id)));
  // Visits_InOrder needs the Visits table: there already, or created (not refused) by this plan.
  const withVisits = !conflicts.some((c) => c.table === 'Visits') && (tables.has('Visits') || ops.some((o) => o.op === 'createTable' && o.name === 'Visits'));
  if (!listsCurrent || ops.length > 0) ops.push(...listsSheetOps(model, lang, !sheets.has(LISTS_SHEET), withVisits));
  if (found !== model.version) changes.push({ kind: 'setVersion', from: found, to: model.version });
  return { ops, conflicts, notices, changes, lang };
}

/**
 * The data validation of a table this model created, set again while the workbook's version is not
 * current: the Office adapter queues validation after every table is created and the version marker
 * last, so a generate that Excel stopped part-way can leave tables without it, and the rerun (which
 * sees the tables) must complete them. Only for a table in the model's own column order, which
 * custom validation formulas rely on; nothing else of the table is touched.
 */
function revalidate(model: WorkbookModel, spec: TableSpec, existing: TableInfo, lang: Lang, validationFor: ValidationFor): WriteOp[] {
  const headers = existing.headers.map((h) => h.trim());
  const inOrder = headers.length === spec.columns.length && spec.columns.every((c, i) => headers[i] === c.header.zh || headers[i] === c.header.en);
  if (!inOrder || existing.rowCount < 1) return [];
  const first = existing.headerRow + 1;
  const last = existing.headerRow + existing.rowCount;
  const ops: WriteOp[] = [];
  spec.columns.forEach((c, i) => {
    const { validation } = columnFormatOf(model, spec.name, c, lang, validationFor, { table: spec, row: first, col: existing.firstCol });
    if (!validation) return;
    const col = columnLetters(existing.firstCol + i);
    ops.push({ op: 'setValidation', sheet: existing.sheet, address: `${col}${first}:${col}${last}`, validation });
  });
  return ops;
}

interface Sink {
  ops: WriteOp[];
  late: WriteOp[];
  conflicts: PlanConflict[];
  notices: PlanNotice[];
  changes: PlanChange[];
}

function upgradeTable(
  model: WorkbookModel,
  spec: TableSpec,
  existing: TableInfo,
  sheetSpec: SheetSpec,
  allTables: readonly TableInfo[],
  lang: Lang,
  options: GenerateOptions,
  sink: Sink,
  found: number | null,
): void {
  const present = new Set(existing.headers.map((h) => h.trim()));
  const ours = spec.columns.filter((c) => present.has(c.header.zh) || present.has(c.header.en));
  if (ours.length === 0) {
    sink.conflicts.push({ code: 'foreignTable', table: spec.name, message: M.foreignTable[lang](spec.name, existing.sheet) });
    return;
  }
  const expectedSheet = textIn(sheetSpec.name, lang);
  if (existing.sheet !== expectedSheet) {
    sink.notices.push({
      code: 'sheetRenamed',
      table: spec.name,
      message: M.sheetRenamed[lang](spec.name, expectedSheet, existing.sheet),
    });
  }
  const missing = spec.columns.filter((c) => !present.has(c.header.zh) && !present.has(c.header.en));
  if (missing.length > 0) {
    const lastCol = existing.firstCol + existing.headers.length - 1;
    const blocked = allTables.some(
      (t) => t.sheet === existing.sheet && t.name !== existing.name && t.firstCol > lastCol && t.firstCol <= lastCol + missing.length,
    );
    const names = missing.map((c) => headerOf(c, lang));
    if (blocked) {
      sink.conflicts.push({ code: 'noRoomForColumns', table: spec.name, message: M.noRoomForColumns[lang](spec.name, names.join('、')) });
    } else {
      const columns: ColumnFormat[] = missing.map((c) => columnFormatOf(model, spec.name, c, lang, options.validationFor));
      // A formula that names a table the plan has yet to create would not enter in Excel.
      const present = new Set(allTables.map((t) => t.name.toLowerCase()));
      const future = model.sheets.flatMap((s) => s.tables.map((t) => t.name)).filter((n) => !present.has(n.toLowerCase()));
      const waits = columns.some((c) => c.formula !== undefined && future.some((n) => c.formula!.includes(`${n}[`)));
      (waits ? sink.late : sink.ops).push({ op: 'addColumns', table: spec.name, columns });
      sink.changes.push({ kind: 'addColumns', table: spec.name, columns: names });
    }
  }
  // Formulas that changed since the workbook's version: rewritten in place, rows kept.
  for (const key of rewrittenColumns(spec.name, found, model.version)) {
    const c = spec.columns.find((x) => x.key === key);
    const header = c && existing.headers.find((h) => h.trim() === c.header.zh || h.trim() === c.header.en);
    const formula = c && formulaOf(model, spec.name, c, lang);
    if (c && header && formula) {
      const format = columnFormatOf(model, spec.name, c, lang, options.validationFor);
      sink.ops.push({ op: 'setColumnFormula', table: spec.name, column: { ...format, header, formula } });
    }
  }
  const extra = options.appendRows?.[spec.name];
  if (extra && extra.length > 0 && missing.length === 0) {
    // Rows follow the workbook's own column order, which may differ from the model's.
    const order = existing.headers.map((h) => spec.columns.findIndex((c) => c.header.zh === h.trim() || c.header.en === h.trim()));
    const rows = withFormulas(model, spec, lang, extra).map((r) => order.map((i) => (i < 0 ? null : (r[i] ?? null))));
    sink.ops.push({ op: 'appendRows', table: spec.name, rows });
    sink.changes.push({ kind: 'addRows', table: spec.name, rows: rows.length });
  }
}

/** Puts each formula column's formula, and each empty prefilled input's formula, into the rows. */
export function withFormulas(
  model: WorkbookModel,
  spec: TableSpec,
  lang: Lang,
  rows: readonly (readonly CellInput[])[],
): CellInput[][] {
  const fill = spec.columns.map((c) => formulaOf(model, spec.name, c, lang) ?? null);
  const prefill = spec.columns.map((c) => prefillOf(model, spec.name, c, lang) ?? null);
  return rows.map((row) =>
    spec.columns.map((_, i) => {
      const f = fill[i];
      if (f) return { formula: f };
      const v = row[i] ?? null;
      const p = prefill[i];
      return v === null && p ? { formula: p } : v;
    }),
  );
}

/** Our sheet may have been renamed by the user: follow its tables rather than adding a duplicate. */
function resolveSheetName(spec: SheetSpec, tables: Map<string, TableInfo>, lang: Lang): string {
  for (const t of spec.tables) {
    const found = tables.get(t.name);
    if (found) return found.sheet;
  }
  return textIn(spec.name, lang);
}

function tab(spec: SheetSpec): { tabColor?: string } {
  return spec.tabColor ? { tabColor: spec.tabColor } : {};
}

function empty(lang: Lang, conflicts: PlanConflict[]): GeneratePlan {
  return { ops: [], conflicts, notices: [], changes: [], lang };
}

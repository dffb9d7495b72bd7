/**
 * The print part of a generate plan (SPEC §2.2): page setup of every data sheet, and the print
 * views that are missing. Planned after every table operation, because the views' formulas and
 * key lists name tables, which Excel resolves only once the tables exist.
 *
 * A sheet created by this plan gets its page setup outright; a sheet of an older workbook gets it
 * with `keepExisting`, so a page setup the user made stays. A current workbook gets nothing again.
 * A view sheet that exists (in either language) is the user's: it is never rewritten.
 */
import type { Lang, SheetSpec, WorkbookModel } from '../model/types';
import { textIn } from '../model/types';
import { findTable } from '../model/lookup';
import { columnLetters } from '../model/a1';
import type { TableInfo, WorkbookStructure, WriteOp } from '../port/types';
import { dataSheetPageSetup } from './pageSetup';
import { planView } from './planView';
import { PRINT_VIEWS } from './views';
import type { ViewSpec } from './types';

export interface PlacedSheet {
  readonly spec: SheetSpec;
  /** The sheet's name in the workbook (the user may have renamed it). */
  readonly name: string;
  readonly created: boolean;
}

export function planPrint(
  model: WorkbookModel,
  structure: WorkbookStructure,
  lang: Lang,
  placed: readonly PlacedSheet[],
  createdTables: ReadonlySet<string>,
  ops0: readonly WriteOp[],
): WriteOp[] {
  const ops: WriteOp[] = [];
  const upgrading = structure.meta.modelVersion !== model.version;
  const areas = tableAreas(structure, ops0);
  for (const p of placed) {
    if (p.spec.tables.length === 0 || (!p.created && !upgrading)) continue;
    const setup = dataSheetPageSetup(p.spec, lang);
    // Tables side by side print one after another, each one page wide, not as one strip.
    const mine = areas.get(p.name) ?? [];
    const printArea = mine.length > 1 ? mine.join(',') : undefined;
    ops.push({ op: 'pageSetup', sheet: p.name, setup: printArea ? { ...setup, printArea } : setup, keepExisting: !p.created });
  }
  const taken = new Set(structure.sheets.map((s) => s.name.toLowerCase()));
  const existing = new Map(structure.tables.map((t) => [t.name, t]));
  for (const view of PRINT_VIEWS) {
    if (taken.has(view.sheet.zh.toLowerCase()) || taken.has(view.sheet.en.toLowerCase())) continue;
    if (!viewFits(model, view, lang, existing, createdTables)) continue;
    ops.push(...planView(model, view, lang, textIn(view.sheet, lang)));
  }
  return ops;
}

/** Whole-column ranges ($A:$J) of each sheet's tables once the plan has run, in column order. */
function tableAreas(structure: WorkbookStructure, plan: readonly WriteOp[]): Map<string, string[]> {
  const spans: { sheet: string; table: string; first: number; count: number }[] = structure.tables.map((t) => ({
    sheet: t.sheet,
    table: t.name,
    first: t.firstCol,
    count: t.headers.length,
  }));
  for (const op of plan) {
    if (op.op === 'createTable') spans.push({ sheet: op.sheet, table: op.name, first: op.col, count: op.columns.length });
    if (op.op === 'addColumns') {
      const t = spans.find((x) => x.table === op.table);
      if (t) t.count += op.columns.length;
    }
  }
  const out = new Map<string, string[]>();
  for (const t of [...spans].sort((a, b) => a.first - b.first)) {
    const list = out.get(t.sheet) ?? [];
    list.push(`$${columnLetters(t.first)}:$${columnLetters(t.first + t.count - 1)}`);
    out.set(t.sheet, list);
  }
  return out;
}

/**
 * Every table the view names exists (or is created now), and none has a model column under the
 * other language's header only: the view's formulas name headers in the workbook's language.
 */
function viewFits(
  model: WorkbookModel,
  view: ViewSpec,
  lang: Lang,
  existing: ReadonlyMap<string, TableInfo>,
  created: ReadonlySet<string>,
): boolean {
  return view.tables.every((name) => {
    if (created.has(name)) return true;
    const info = existing.get(name);
    const spec = findTable(model, name);
    if (!info || !spec) return false;
    const have = new Set(info.headers.map((h) => h.trim()));
    return spec.columns.every((c) => have.has(textIn(c.header, lang)) || !have.has(textIn(c.header, lang === 'zh-CN' ? 'en-US' : 'zh-CN')));
  });
}

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
): WriteOp[] {
  const ops: WriteOp[] = [];
  const upgrading = structure.meta.modelVersion !== model.version;
  for (const p of placed) {
    if (p.spec.tables.length === 0 || (!p.created && !upgrading)) continue;
    ops.push({ op: 'pageSetup', sheet: p.name, setup: dataSheetPageSetup(p.spec, lang), keepExisting: !p.created });
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

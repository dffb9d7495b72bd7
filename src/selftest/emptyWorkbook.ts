import type { WorkbookStructure } from '../core/port/types';
import { CONTRACT_SHEETS } from './fixtures';

/** Why a workbook is not empty enough for the self-test, or undefined when it is. */
export type NotEmptyReason =
  | { readonly kind: 'cells'; readonly sheet: string }
  | { readonly kind: 'tables'; readonly count: number }
  | { readonly kind: 'names'; readonly count: number }
  | { readonly kind: 'hiddenSheets'; readonly count: number }
  /** A sheet named like one the self-test makes: deleting it afterwards would delete the user's. */
  | { readonly kind: 'sheetName'; readonly sheet: string };

/**
 * The self-test writes sheets, tables and names of its own and deletes them afterwards, so it runs
 * only where it cannot touch anyone's data: no cell holds a value, there are no tables, no defined
 * names and no hidden sheets (a hidden sheet may hold what the used range does not show, and its
 * name could clash). A brand-new workbook (one empty Sheet1) passes.
 */
export function notEmptyReason(s: WorkbookStructure): NotEmptyReason | undefined {
  if (s.tables.length > 0) return { kind: 'tables', count: s.tables.length };
  const used = s.sheets.find((sh) => sh.lastRow > 0 || sh.lastCol > 0);
  if (used) return { kind: 'cells', sheet: used.name };
  if (s.names.length > 0) return { kind: 'names', count: s.names.length };
  const hidden = s.sheets.filter((sh) => sh.visibility !== 'visible').length;
  if (hidden > 0) return { kind: 'hiddenSheets', count: hidden };
  const clash = s.sheets.find((sh) => CONTRACT_SHEETS.includes(sh.name));
  if (clash) return { kind: 'sheetName', sheet: clash.name };
  return undefined;
}

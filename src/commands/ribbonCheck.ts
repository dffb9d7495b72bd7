/**
 * What the ribbon's 检查 (check) button does, over any port: check the workbook, select the first
 * error that sits on a visible sheet, and count. Selecting activates the sheet, and Excel refuses
 * to activate a hidden or very hidden sheet (Worksheet.activate: "the worksheet must be visible",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)),
 * so an error on a hidden sheet is counted but never selected; the check never fails because of it.
 */
import type { Lang } from '../core/model/types';
import type { WorkbookPort, WorkbookStructure } from '../core/port/types';
import { uiLangOf } from '../i18n/uiLang';
import type { LocatedProblem } from '../taskpane/services';
import { checkWorkbook } from '../taskpane/services';
import type { CheckResultQuery } from '../taskpane/views/checkResultQuery';

export interface RibbonCheckOptions {
  /** Office.context.displayLanguage: the messages' language when the workbook records none. */
  readonly displayLanguage: string;
  /** Today as an Excel serial date. */
  readonly today: number;
}

/** The first error on a visible sheet (with a cell to go to), if any. */
export function firstSelectableError(problems: readonly LocatedProblem[], structure: WorkbookStructure): LocatedProblem | undefined {
  const visible = new Set(structure.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name));
  return problems.find((p) => p.severity === 'error' && p.sheet !== undefined && p.address !== undefined && visible.has(p.sheet));
}

export async function ribbonCheck(port: WorkbookPort, options: RibbonCheckOptions): Promise<CheckResultQuery> {
  const structure = await port.readStructure();
  // Messages in the workbook's language (SPEC §3); a workbook without one gets the display language's.
  const lang: Lang = structure.meta.lang ?? uiLangOf(options.displayLanguage);
  const problems = await checkWorkbook(port, { lang, today: options.today });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const first = firstSelectableError(problems, structure);
  if (first?.sheet !== undefined && first.address !== undefined) await port.select(first.sheet, first.address);
  return { errors, warnings: problems.length - errors, selected: first !== undefined };
}

import type { Lang } from '../model/types';
import type { ProgressReporter, WorkbookPort } from '../port/types';
import { WORKBOOK_MODEL } from '../model/workbook';
import { allTables } from '../model/lookup';
import { locateProblem, validateWorkbook } from '../validate';
import type { Problem } from '../validate';

/** A problem with the place a click should take the user to (absent when its table is missing). */
export interface LocatedProblem extends Problem {
  readonly sheet?: string;
  readonly address?: string;
}

export interface CheckRequest {
  /** Language of the messages when the workbook records none. */
  readonly lang: Lang;
  /** Today as an Excel serial date. */
  readonly today: number;
}

/**
 * The whole check: one structure read, one (chunked) read of the model's tables, the pure engine.
 * Nothing is written; a check never changes a value or a format.
 */
export async function checkWorkbook(port: WorkbookPort, req: CheckRequest, progress?: ProgressReporter): Promise<LocatedProblem[]> {
  const structure = await port.readStructure();
  const names = allTables(WORKBOOK_MODEL).map((t) => t.name);
  const tables = await port.readTables(names, progress);
  const lang = structure.meta.lang ?? req.lang;
  const problems = validateWorkbook(WORKBOOK_MODEL, tables, { lang, today: req.today });
  return problems.map((p) => ({ ...p, ...locateProblem(p, tables) }));
}

/**
 * Groups check problems for the Check page: by sheet (in the order the check reported them), then
 * by severity (errors first), each with counts. Within a group the check's own order (table, row) is kept. Pure, so the grouping is tested without a DOM.
 */
import type { LocatedProblem, Severity } from '../services';

export interface SeverityGroup {
  readonly severity: Severity;
  readonly problems: readonly LocatedProblem[];
}

export interface SheetGroup {
  /** The sheet name, or the table name when the table (and so its sheet) is missing. */
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  readonly bySeverity: readonly SeverityGroup[];
}

export interface ProblemView {
  readonly errors: number;
  readonly warnings: number;
  readonly groups: readonly SheetGroup[];
  /** How many problems the groups hold, and how many the filter or the limit left out. */
  readonly shown: number;
  readonly hiddenByLimit: number;
}

export interface ProblemViewOptions {
  readonly errorsOnly: boolean;
  /** Rendering thousands of rows would make the pane sluggish; the counts still cover all. */
  readonly limit: number;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning'];

export function groupProblems(problems: readonly LocatedProblem[], options: ProblemViewOptions): ProblemView {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const visible = options.errorsOnly ? problems.filter((p) => p.severity === 'error') : problems;

  // Errors come first overall, so a limit cuts warnings before errors.
  const ordered = [...visible].sort((a, b) => rank(a.severity) - rank(b.severity));
  const kept = ordered.slice(0, Math.max(0, options.limit));

  const bySheet = new Map<string, LocatedProblem[]>();
  for (const p of visible) bySheet.set(sheetOf(p), bySheet.get(sheetOf(p)) ?? []);
  for (const p of kept) bySheet.get(sheetOf(p))?.push(p);

  const all = new Map<string, { errors: number; warnings: number }>();
  for (const p of visible) {
    const c = all.get(sheetOf(p)) ?? { errors: 0, warnings: 0 };
    if (p.severity === 'error') c.errors++;
    else c.warnings++;
    all.set(sheetOf(p), c);
  }

  const groups: SheetGroup[] = [];
  for (const [sheet, list] of bySheet) {
    if (list.length === 0) continue;
    const counts = all.get(sheet) ?? { errors: 0, warnings: 0 };
    groups.push({
      sheet,
      errors: counts.errors,
      warnings: counts.warnings,
      bySeverity: SEVERITIES.map((severity) => ({
        severity,
        problems: list.filter((p) => p.severity === severity),
      })).filter((g) => g.problems.length > 0),
    });
  }
  return { errors, warnings, groups, shown: kept.length, hiddenByLimit: visible.length - kept.length };
}

function sheetOf(p: LocatedProblem): string {
  return p.sheet ?? p.table;
}

function rank(s: Severity): number {
  return s === 'error' ? 0 : 1;
}

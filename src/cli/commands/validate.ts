/**
 * ka-workbench validate --in FILE.xlsx [--json]
 *
 * Reads the workbook through the .xlsx adapter (read-only: it never calls apply, so the file is
 * never written) and runs the core check. Exit codes: 0 no errors (warnings allowed), 1 errors,
 * 2 unreadable (not an .xlsx, not a workbench workbook, tables missing, or a newer model version).
 */
import type { CliIo } from '../io';
import { parseOptions, requireOption } from '../args';
import type { TableData, TableInfo } from '../../core/port/types';
import { WORKBOOK_MODEL } from '../../core/model/workbook';
import { validateWorkbook, locateProblem, type Problem } from '../../core/validate';
import { openWorkbench, unreadableMessage } from '../workbench';
import { todayOf } from '../today';
import { VALIDATE_CLI_ZH, type ValidateCliText } from '../../i18n/validate.zh-CN';
import { VALIDATE_CLI_EN } from '../../i18n/validate.en-US';

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, { in: { type: 'string' }, json: { type: 'boolean' } });
  const file = requireOption(opts.in, 'in');
  const t = io.lang === 'zh-CN' ? VALIDATE_CLI_ZH : VALIDATE_CLI_EN;
  const today = todayOf(process.env);

  const opened = await openWorkbench(file, io, true);
  if ('exit' in opened) return opened.exit;
  const { port, structure, present } = opened;
  let tables: TableData[];
  try {
    tables = await port.readTables(present);
  } catch (e) {
    const message = unreadableMessage(e, file, io.lang);
    if (message === undefined) throw e;
    io.err(message);
    return 2;
  }

  const lang = structure.meta.lang ?? io.lang;
  const problems = validateWorkbook(WORKBOOK_MODEL, tables, { lang, today });
  const tablesMissing = problems.some((p) => p.rule === 'STRUCTURE' && p.row === 0);
  const errors = problems.filter((p) => p.severity === 'error').length;

  if (opts.json) {
    io.out(JSON.stringify(problems.map(toJson), null, 2));
  } else {
    printListing(io, t, file, problems, structure.tables);
  }
  if (tablesMissing) {
    io.err(t.missingTables());
    return 2;
  }
  return errors > 0 ? 1 : 0;
}

/** Exactly SPEC §3's JSON form, keys in its order. */
function toJson(p: Problem): Problem {
  return { table: p.table, row: p.row, column: p.column, rule: p.rule, severity: p.severity, message: p.message };
}

function printListing(io: CliIo, t: ValidateCliText, file: string, problems: readonly Problem[], infos: readonly TableInfo[]): void {
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (problems.length === 0) {
    io.out(t.clean(file));
    return;
  }
  // Problems arrive sorted by sheet order, so a table's problems are contiguous.
  let i = 0;
  while (i < problems.length) {
    const table = problems[i]!.table;
    let j = i;
    while (j < problems.length && problems[j]!.table === table) j++;
    const group = problems.slice(i, j);
    const info = infos.find((x) => x.name.toLowerCase() === table.toLowerCase());
    const e = group.filter((p) => p.severity === 'error').length;
    io.out('');
    io.out(t.tableHeading(info?.sheet ?? table, table, e, group.length - e));
    for (const p of group) {
      const at = locateProblem(p, infos)?.address ?? '-';
      io.out(`  [${t.severity(p.severity)}] ${at.padEnd(6)} ${p.rule.padEnd(12)} ${p.message}`);
    }
    i = j;
  }
  io.out('');
  io.out(t.summary(file, errors, problems.length - errors));
}

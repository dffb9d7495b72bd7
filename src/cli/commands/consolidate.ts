/**
 * ka-workbench consolidate --out FILE.xlsx [--from YYYY-MM --to YYYY-MM] IN1.xlsx IN2.xlsx …
 *
 * Merges HR exports of several departments into one workbook (SPEC §5.1). A workbench workbook is
 * exported first (for --from … --to, which it then needs); any other file is refused by name and
 * nothing is written. Conflicts are printed and listed in the file; no row is dropped.
 * Exit codes: 0 written, 1 refused, 2 unreadable file or usage.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { CliIo } from '../io';
import { portFailure } from '../portFailure';
import { UsageError } from '../io';
import { requireOption } from '../args';
import type { TableData } from '../../core/port/types';
import { newXlsx, openXlsx } from '../../adapters/xlsx';
import { checkOutput, saveWorkbook } from '../outputPolicy';
import { planHrExport } from '../../core/export/hrExport';
import { SCORING_TABLES } from '../../core/services/periodSummary';
import { isHrExport, planConsolidate } from '../../core/consolidate/planConsolidate';
import type { HrFile } from '../../core/consolidate/planConsolidate';
import { CONSOLIDATE_MESSAGES as M } from '../../core/consolidate/messages';

const baseName = (p: string): string => p.split(/[\\/]/).pop() ?? p;

async function hrTablesOf(path: string, io: CliIo, range: { from?: string; to?: string }): Promise<TableData[] | string> {
  const book = await openXlsx(path, { lang: io.lang });
  const structure = await book.readStructure();
  const names = new Set(structure.tables.map((t) => t.name));
  if (names.has('Visits') && names.has('KpiSummary')) {
    // A workbench: exported first, as HR would receive it.
    if (!range.from || !range.to) return M.needRange[io.lang](path);
    const lang = structure.meta.lang ?? io.lang;
    const plan = planHrExport(await book.readTables(SCORING_TABLES), range.from, range.to, lang);
    if ('error' in plan) return plan.error;
    const hr = newXlsx({ lang });
    await hr.apply(plan.ops);
    return hr.readTables();
  }
  const tables = await book.readTables();
  return isHrExport(tables) ? tables : M.notHr[io.lang](path);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, force: { type: 'boolean' } }, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const out = requireOption(parsed.values.out, 'out');
  const inputs = parsed.positionals;
  if (inputs.length < 2) throw new UsageError(M.needFiles[io.lang]());
  if (inputs.some((p) => resolve(p) === resolve(out))) throw new UsageError(M.outIsInput[io.lang](out));
  try {
    // Never over an input; over another existing file only with --force (issue #9.1).
    await checkOutput({ out, inputs, force: !!parsed.values.force, extensions: ['.xlsx'] }, io.lang);
    const files: HrFile[] = [];
    for (const path of inputs) {
      const tables = await hrTablesOf(path, io, parsed.values);
      if (typeof tables === 'string') {
        io.err(tables);
        return 1;
      }
      files.push({ name: baseName(path), tables });
    }
    const plan = planConsolidate(files, io.lang);
    const book = newXlsx({ lang: io.lang });
    await book.apply(plan.ops);
    await saveWorkbook(book, out, io.lang);
    for (const c of plan.conflicts) io.err(M.conflict[io.lang](c.kind, c.period, c.key, c.files.join(', ')));
    io.out(M.done[io.lang](plan.rows, files.length, out, plan.conflicts.length));
    return 0;
  } catch (e) {
    return portFailure(e, io);
  }
}

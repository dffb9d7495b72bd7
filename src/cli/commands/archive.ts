/**
 * ka-workbench archive --in FILE.xlsx --before YYYY-MM --out ARCHIVE.xlsx
 *
 * Year-end archive (SPEC §5.2): moves the dated rows before the cut-off month into ARCHIVE.xlsx
 * (appending when it exists) and removes them from FILE.xlsx. Order of writes, so that a crash at
 * any point loses nothing: (1) the archive is written and read back, and every moved row compared
 * cell by cell; (2) only then is the source rewritten (prefilled Kpi inputs of archived periods
 * frozen to their values, then the rows deleted), through the same atomic write.
 * Exit codes: 0 archived (or nothing to move), 1 refused (nothing removed), 2 unreadable file.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from '../io';
import { portFailure } from '../portFailure';
import { UsageError } from '../io';
import { parseOptions, requireOption } from '../args';
import { WORKBOOK_MODEL } from '../../core/model/workbook';
import { monthKeyOf } from '../../core/kpi/period';
import { planArchive } from '../../core/archive/planArchive';
import { compareArchived } from '../../core/archive/compare';
import { ARCHIVE_MESSAGES as M } from '../../core/archive/messages';
import { newXlsx, openXlsx } from '../../adapters/xlsx';
import { checkOutput, saveWorkbook } from '../outputPolicy';

/** Test hook: runs between the verified archive and the source rewrite (a crash injected there). */
export const archiveHooks: { afterArchive?: () => void } = {};

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, { in: { type: 'string' }, before: { type: 'string' }, out: { type: 'string' } });
  const input = requireOption(opts.in, 'in');
  const before = requireOption(opts.before, 'before');
  const out = requireOption(opts.out, 'out');
  const lang = io.lang;
  if (monthKeyOf(before) === null) throw new UsageError(M.badPeriod[lang](before));
  if (resolve(out) === resolve(input)) throw new UsageError(M.sameFile[lang](out));
  try {
    // The archive is the one existing file this command may update (it appends); never the input.
    await checkOutput({ out, inputs: [input], updates: out, force: false, extensions: ['.xlsx'] }, lang);
    const source = await openXlsx(input, { lang });
    await source.readStructure();
    const tables = await source.readTables();
    const exists = existsSync(out);
    const archive = exists ? await openXlsx(out, { lang }) : newXlsx({ lang });
    const archiveStructure = await archive.readStructure();
    const archiveBefore = exists ? await archive.readTables() : [];
    const plan = planArchive(WORKBOOK_MODEL, tables, archiveStructure, before, lang);
    if (!plan) throw new UsageError(M.badPeriod[lang](before));
    const count = plan.moved.reduce((n, m) => n + m.rows.length, 0);
    if (count === 0) {
      io.out(M.nothing[lang](before));
      return 0;
    }
    await archive.apply(plan.archiveOps);
    await saveWorkbook(archive, out, lang);
    const reread = await (await openXlsx(out, { lang })).readTables(plan.moved.map((m) => m.table));
    const diff = compareArchived(plan.moved, archiveBefore, reread);
    if (diff) {
      io.err(M.verifyFailed[lang](out, diff));
      return 1;
    }
    archiveHooks.afterArchive?.();
    await source.apply(plan.sourceOps);
    await saveWorkbook(source, input, lang);
    io.out(M.done[lang](count, out, input, plan.moved.map((m) => `${m.table} ${m.rows.length}`).join(', '), plan.frozen));
    return 0;
  } catch (e) {
    return portFailure(e, io);
  }
}

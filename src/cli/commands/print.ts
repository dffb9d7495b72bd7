/**
 * ka-workbench print --in FILE.xlsx --form NAME --key KEY [--date YYYY-MM-DD] [--period YYYY-MM] --out FILE.pdf
 *
 * Prints one record through its print view (SPEC §2.2): LibreOffice (headless, over UNO) opens a
 * private copy of the workbook, sets the view's key cells, recalculates and exports that sheet as
 * one PDF. The source workbook is never modified. The PDF goes to a temporary file beside --out and
 * replaces it only once LibreOffice has written a complete PDF.
 * Exit codes: 0 printed, 1 refused or failed (nothing written), 2 unreadable workbook.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import type { CliIo } from '../io';
import { portFailure } from '../portFailure';
import { UsageError } from '../io';
import { parseOptions, requireOption } from '../args';
import { textIn } from '../../core/model/types';
import { openXlsx } from '../../adapters/xlsx';
import { PRINT_VIEWS } from '../../core/print/views';
import { VIEW_IDS } from '../../core/print/types';
import { keyAddress } from '../../core/print/planView';
import { keyChoices, keyTables, nearbyKeys } from '../../core/print/keys';
import { parseIsoDate } from '../../core/validate/dates';
import { isPeriod } from '../../core/kpi/period';
import { hasLibreOffice, render } from '../print/render';
import { PRINT_MESSAGES as M } from '../print/messages';

export async function run(args: string[], io: CliIo): Promise<number> {
  const L = io.lang;
  const opts = parseOptions(args, {
    in: { type: 'string' },
    form: { type: 'string' },
    key: { type: 'string' },
    date: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
  });
  const input = requireOption(opts.in, 'in');
  const form = requireOption(opts.form, 'form');
  const key = requireOption(opts.key, 'key').trim();
  const out = requireOption(opts.out, 'out');
  const view = PRINT_VIEWS.find((v) => v.id === form);
  if (!view) throw new UsageError(M.badForm[L](form, VIEW_IDS.join(', ')));
  let second: string | number | undefined;
  if (view.id === 'visit-day') {
    if (!opts.date) throw new UsageError(M.needDate[L]());
    second = parseIsoDate(opts.date.trim());
    if (second === undefined) throw new UsageError(M.badDate[L](opts.date));
  }
  if (view.id === 'kpi-sheet') {
    if (!opts.period) throw new UsageError(M.needPeriod[L]());
    if (!isPeriod(opts.period.trim())) throw new UsageError(M.badPeriod[L](opts.period));
    second = opts.period.trim();
  }
  if (resolve(out) === resolve(input)) {
    io.err(M.sameFile[L]());
    return 1;
  }
  if (!hasLibreOffice()) {
    io.err(M.noLibreOffice[L]());
    return 1;
  }
  try {
    const book = await openXlsx(input, { lang: L });
    const structure = await book.readStructure();
    const sheet = structure.sheets.find((s) => [view.sheet.zh, view.sheet.en].includes(s.name))?.name;
    if (!sheet) {
      io.err(M.noView[L](textIn(view.sheet, structure.meta.lang ?? L)));
      return 1;
    }
    const lang = structure.meta.lang ?? L;
    const tables = await book.readTables(keyTables(view));
    const choices = keyChoices(view, tables, lang, view.id === 'kpi-sheet' ? String(second) : undefined);
    if (!choices.includes(key)) {
      io.err(M.unknownKey[L](key, nearbyKeys(key, choices).join(L === 'zh-CN' ? '、' : ', ')));
      return 1;
    }
    // The 考核表's keys are 期间 then 工号; every other view's first key is --key.
    const values = view.id === 'kpi-sheet' ? [String(second), key] : second === undefined ? [key] : [key, second];
    const temp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp.pdf`);
    try {
      await render([{ in: resolve(input), sets: values.map((value, i) => ({ sheet, cell: keyAddress(i), value })), pdf: { out: temp, sheets: [sheet] } }]);
      if (!existsSync(temp) || statSync(temp).size < 100 || readFileSync(temp).subarray(0, 5).toString('latin1') !== '%PDF-') {
        io.err(M.failed[L]('no PDF'));
        return 1;
      }
      renameSync(temp, out);
    } catch (e) {
      io.err(M.failed[L]((e as Error).message));
      return 1;
    } finally {
      rmSync(temp, { force: true });
    }
    const shown = view.id === 'visit-day' ? [key, String(opts.date).trim()] : values.map(String);
    io.out(M.written[L](form, shown.join(' / '), out));
    return 0;
  } catch (e) {
    return portFailure(e, io);
  }
}

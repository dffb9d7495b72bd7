/**
 * ka-workbench export-hr --in FILE.xlsx --from YYYY-MM --to YYYY-MM --out FILE.xlsx
 *
 * Writes the HR workbook (SPEC §5): scores and grades as values, Staff's 工号/姓名/部门/岗位/职级,
 * and nothing about customers. Exit codes: 0 written, 1 bad range (start after end), 2 unreadable file, not a workbench, or bad
 * usage (a period that is not YYYY-MM/current/previous/next within range).
 */
import type { CliIo } from '../io';
import { portFailure } from '../portFailure';
import { parseOptions, requireOption } from '../args';
import { newXlsx } from '../../adapters/xlsx';
import { openWorkbench } from '../workbench';
import { periodOption } from '../today';
import { planHrExport } from '../../core/export/hrExport';
import { SCORING_TABLES } from '../../core/services/periodSummary';
import { checkOutput, saveWorkbook } from '../outputPolicy';

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, { in: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } });
  const input = requireOption(opts.in, 'in');
  const from = periodOption(requireOption(opts.from, 'from'), '--from', process.env);
  const to = periodOption(requireOption(opts.to, 'to'), '--to', process.env);
  const opened = await openWorkbench(input, io);
  if ('exit' in opened) return opened.exit;
  try {
    const source = opened.port;
    const lang = (await source.readStructure()).meta.lang ?? io.lang;
    const plan = planHrExport(await source.readTables(SCORING_TABLES), from, to, lang);
    if ('error' in plan) {
      io.err(plan.error);
      return 1;
    }
    const out = opts.out ?? plan.fileName;
    // Never over the workbench it read; another existing file only with --force (issue #9.1).
    await checkOutput({ out, inputs: [input], force: !!opts.force, extensions: ['.xlsx'] }, io.lang);
    const book = newXlsx({ lang });
    await book.apply(plan.ops);
    await saveWorkbook(book, out, io.lang);
    io.out(io.lang === 'zh-CN' ? `已导出 ${plan.rows} 条考核记录到 ${out}。` : `Exported ${plan.rows} KPI rows to ${out}.`);
    return 0;
  } catch (e) {
    return portFailure(e, io);
  }
}

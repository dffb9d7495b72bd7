/**
 * ka-workbench new-period --in FILE.xlsx --period YYYY-MM|current|next|previous [--out FILE.xlsx]
 *
 * Adds one row per active staff member to that member's scheme table (and KpiSummary), with every
 * formula in place, through the same service as the task pane. Refuses a period that exists.
 * Exit codes: 0 added, 1 refused (nothing written), 2 unreadable file, not a workbench, or bad usage.
 */
import type { CliIo } from '../io';
import { portFailure } from '../portFailure';
import { parseOptions, requireOption } from '../args';
import { startPeriod } from '../../core/services/startPeriod';
import { openWorkbench } from '../workbench';
import { periodOption } from '../today';
import { checkOutput, extensionsFor, saveWorkbook } from '../outputPolicy';

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, { in: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } });
  const input = requireOption(opts.in, 'in');
  const period = periodOption(requireOption(opts.period, 'period'), '--period', process.env);
  const opened = await openWorkbench(input, io);
  if ('exit' in opened) return opened.exit;
  try {
    const book = opened.port;
    const out = opts.out ?? input;
    await checkOutput({ out, inputs: [input], updates: input, force: !!opts.force, extensions: extensionsFor(book, input) }, io.lang);
    const plan = await startPeriod(book, { period, lang: io.lang, surface: 'cli' });
    if (plan.error) {
      io.err(plan.error);
      return 1;
    }
    for (const s of plan.skipped) io.out(`  ${s.message}`);
    await saveWorkbook(book, out, io.lang);
    io.out(
      io.lang === 'zh-CN'
        ? `已新建考核期 ${period}:${plan.added} 名员工(${summary(plan.byTable)}),写入 ${opts.out ?? input}。`
        : `Started period ${period}: ${plan.added} staff (${summary(plan.byTable)}), written to ${opts.out ?? input}.`,
    );
    return 0;
  } catch (e) {
    return portFailure(e, io);
  }
}

function summary(byTable: Readonly<Record<string, number>>): string {
  return Object.entries(byTable)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
}

/**
 * ka-workbench score --in FILE.xlsx [--period YYYY-MM] [--json]
 *
 * Prints the reference scores of every Kpi row (or one period's: --period takes what every command's
 * period takes, see core/kpi/periodArg.ts): item scores, total, grade, run of
 * D grades, consequence and status. These are what the workbook's formulas compute (the parity
 * test holds them to it), computed here from the inputs, so a file that no spreadsheet has
 * recalculated scores all the same. Exit codes: 0 printed, 2 unreadable file.
 */
import type { CliIo } from '../io';
import { parseOptions, requireOption } from '../args';
import { PortError } from '../../core/port/types';
import { openWorkbench } from '../workbench';
import { periodOption } from '../today';
import { scoreTables } from '../../core/scoring/scoreTables';
import type { ScoredKpiRow } from '../../core/scoring/scoreTables';
import { SCORING_TABLES } from '../../core/services/periodSummary';
import { SCHEMES } from '../../core/kpi/schemes';

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, { in: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean' } });
  const input = requireOption(opts.in, 'in');
  const period = opts.period === undefined ? undefined : periodOption(opts.period, '--period', process.env);
  const opened = await openWorkbench(input, io, true);
  if ('exit' in opened) return opened.exit;
  let rows: readonly ScoredKpiRow[];
  let missing: readonly string[];
  try {
    const scored = scoreTables(await opened.port.readTables(SCORING_TABLES));
    rows = scored.rows.filter((r) => !period || r.period === period);
    missing = scored.missingParams;
  } catch (e) {
    if (e instanceof PortError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  if (missing.length > 0) {
    io.err(io.lang === 'zh-CN' ? `注意:参数表缺少 ${missing.join('、')},已按默认值计算。` : `Note: KpiParams lacks ${missing.join(', ')}; defaults were used.`);
  }
  if (opts.json) {
    io.out(JSON.stringify(rows.map(toJson), null, 2));
    return 0;
  }
  if (rows.length === 0) io.out(io.lang === 'zh-CN' ? '没有考核行。' : 'No KPI rows.');
  for (const r of rows) {
    const s = r.scored;
    const total = s.total === null ? '-' : s.total.toFixed(1);
    io.out(`${r.period}  ${r.staffId.padEnd(6)} ${r.name.padEnd(6)} ${r.scheme}  ${s.status}  ${total.padStart(6)}  ${s.grade ?? '-'}  D×${s.run}  ${s.suggestion}`);
  }
  return 0;
}

function toJson(r: ScoredKpiRow): Record<string, unknown> {
  const scheme = SCHEMES.find((s) => s.id === r.scheme)!;
  const items: Record<string, number | null> = {};
  scheme.items.forEach((item, i) => (items[item.name.zh] = r.scored.items?.[i] ?? null));
  return {
    期间: r.period,
    工号: r.staffId,
    姓名: r.name,
    方案: r.scheme,
    表格: r.table,
    行: r.row,
    items,
    总分: r.scored.total,
    等级: r.scored.grade,
    连续D次数: r.scored.run,
    处理建议: r.scored.suggestion,
    考核状态: r.scored.status,
  };
}

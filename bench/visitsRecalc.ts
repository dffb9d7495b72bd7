/**
 * 有效跟进客户数 at scale (issue #12): the sample workbook plus N visits (a year of them, in date
 * order, after the sample's own), recalculated by LibreOffice through UNO: the full recalculation,
 * then the recalculation after changing one Visits cell: the 客户 of the middle row (which changes
 * its _月键, so the _首访 of the rows from there down are recalculated), three times (to it, back,
 * to it again; the median is the figure), then the 客户 of the first row (the worst case: every
 * _首访) and of the last row (the newest visit, the usual edit), then the 日期 of the middle row
 * (to the next row's date, still in order). Also a shuffled log (the exact
 * path), and a check that the count of first visits after the first edit equals the reference's
 * distinct (填表人, 客户, month). Figures are CPU seconds of soffice (wall time on the shared
 * machine says more about the neighbours); the goals of issue #12 are printed beside them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/cli/io';
import type { CellValue, TableData } from '../src/core/port/types';
import { run as generate } from '../src/cli/commands/generate';
import { openXlsx } from '../src/adapters/xlsx';
import { withFormulas } from '../src/core/plan/generate';
import { WORKBOOK_MODEL } from '../src/core/model/workbook';
import { findTable } from '../src/core/model/lookup';
import type { TableSpec } from '../src/core/model/types';
import { columnLetters } from '../src/core/model/a1';
import { createRng } from '../src/core/sample/random';
import { isWorkday } from '../src/core/sample/calendar';
import { hasLibreOffice } from '../test/engine/libreoffice';

const quiet: CliIo = { lang: 'zh-CN', out: () => undefined, err: () => undefined };
const SIZES = (process.env.VISITS_BENCH_SIZES ?? '15000,50000').split(',').map(Number);
const SHUFFLED = Number(process.env.VISITS_BENCH_SHUFFLED ?? '15000');
const VISITS = findTable(WORKBOOK_MODEL, 'Visits') as TableSpec;
const PY = join(__dirname, 'recalcEdit.py');

interface Timing {
  readonly loadS: number;
  readonly fullS: number;
  readonly fullCpuS: number;
  readonly edits: readonly { readonly cell: string; readonly s: number; readonly cpuS: number }[];
  readonly check: CellValue[][];
}

/** Issue #12's goals, CPU seconds of soffice: full recalculation by size, and one edit at 15,000. */
const FULL_GOAL: Record<number, number> = { 15000: 5, 50000: 30 };
const EDIT_GOAL: Record<number, number> = { 15000: 0.3 };

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function goal(value: number, limit: number | undefined): string {
  return limit === undefined ? '' : `  (goal ≤ ${limit} s: ${value <= limit ? 'met' : 'NOT met'})`;
}

/** `n` visits after `from`, over a year of workdays, by the sample's reporters to their customers. */
function moreVisits(n: number, from: number, reporters: readonly string[], customers: readonly string[], seed: number): CellValue[][] {
  const rng = createRng(seed);
  const days: number[] = [];
  for (let d = from + 1; days.length < 250; d++) if (isWorkday(d)) days.push(d);
  const portfolio = new Map(reporters.map((r) => [r, Array.from({ length: 40 }, () => rng.pick(customers))]));
  const col = (key: string) => VISITS.columns.findIndex((c) => c.key === key);
  return Array.from({ length: n }, (_, i) => {
    const row: CellValue[] = VISITS.columns.map(() => null);
    const reporter = rng.pick(reporters);
    row[col('date')] = days[Math.floor((i * days.length) / n)] ?? from;
    row[col('reporter')] = reporter;
    row[col('customer')] = rng.pick(portfolio.get(reporter) ?? customers);
    row[col('interviewee')] = '张经理';
    row[col('plan')] = 'c 建立关系';
    row[col('result')] = 'E 继续观察';
    return row;
  });
}

function shuffle<T>(xs: T[], seed: number): T[] {
  const rng = createRng(seed);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

/** Distinct (填表人, 客户, month) over the rows, as the reference counts them. */
function distinctTriples(rows: readonly (readonly CellValue[])[]): number {
  const at = (key: string) => VISITS.columns.findIndex((c) => c.key === key);
  const seen = new Set<string>();
  for (const r of rows) {
    const [d, rep, cu] = [r[at('date')], r[at('reporter')], r[at('customer')]];
    if (typeof d !== 'number' || typeof rep !== 'string' || typeof cu !== 'string' || cu.trim() === '') continue;
    const dt = new Date(Date.UTC(1899, 11, 30) + Math.floor(d) * 864e5);
    seen.add(`${rep.toLowerCase()}|${cu.toLowerCase()}|${dt.getUTCFullYear()}-${dt.getUTCMonth()}`);
  }
  return seen.size;
}

async function oneCase(dir: string, sample: string, base: TableData, n: number, shuffled: boolean): Promise<Timing & { firstVisits: number; expected: number }> {
  const wb = await openXlsx(sample);
  const tables = await wb.readTables(['Staff', 'Customers']);
  const names = (t: string, h: string) => {
    const tb = tables.find((x) => x.name === t) as TableData;
    const i = tb.headers.indexOf(h);
    return tb.rows.map((r) => r[i]).filter((v): v is string => typeof v === 'string');
  };
  const dateCol = base.headers.indexOf('日期');
  const last = Math.max(...base.rows.map((r) => (typeof r[dateCol] === 'number' ? (r[dateCol] as number) : 0)));
  let added = moreVisits(n, last, names('Staff', '姓名'), names('Customers', '客户名称'), n);
  if (shuffled) added = shuffle(added, 7);
  await wb.apply([{ op: 'appendRows', table: 'Visits', rows: withFormulas(WORKBOOK_MODEL, VISITS, 'zh-CN', added) }]);
  const path = join(dir, `visits-${n}${shuffled ? '-shuffled' : ''}.xlsx`);
  await wb.save(path);

  // The edits: the 客户 of the middle row (to another customer, back, again), then of the first and
  // the last row; the check reads every _首访 after the first edit.
  const all = [...base.rows.map((r) => VISITS.columns.map((c) => r[base.headers.indexOf(c.header.zh)] ?? null)), ...added];
  const middle = Math.floor(all.length / 2);
  const customerAt = VISITS.columns.findIndex((c) => c.key === 'customer');
  const customers = names('Customers', '客户名称');
  const newCustomer = customers[0] ?? '客户';
  const before = String((all[middle] as CellValue[])[customerAt] ?? '');
  (all[middle] as CellValue[])[customerAt] = newCustomer;
  const letter = (key: string) => columnLetters(base.firstCol + base.headers.indexOf(VISITS.columns.find((c) => c.key === key)?.header.zh ?? ''));
  const cellOf = (i: number) => `${letter('customer')}${base.headerRow + 1 + i}`;
  const other = customers[1] ?? newCustomer;
  // Last, the 日期 of the middle row becomes the next row's (the log stays in order): every _首访 and
  // VisitDaily are recalculated through Visits_InOrder and _月序.
  const dateAt = VISITS.columns.findIndex((c) => c.key === 'date');
  const nextDate = String((all[middle + 1] as CellValue[])[dateAt] ?? '');
  const dateCell = `${letter('date')}${base.headerRow + 1 + middle}`;
  const edits = [cellOf(middle), newCustomer, cellOf(middle), before, cellOf(middle), newCustomer, cellOf(0), other, cellOf(all.length - 1), other, dateCell, nextDate];
  const first = letter('firstVisit');
  const range = `${first}${base.headerRow + 1}:${first}${base.headerRow + all.length}`;
  const out = join(dir, 'timing.json');
  execFileSync('/usr/bin/python3', [PY, path, base.sheet, out, base.sheet, range, ...edits], { stdio: 'inherit', timeout: 3_600_000 });
  const t = JSON.parse(readFileSync(out, 'utf8')) as Timing;
  const firstVisits = t.check.filter((r) => typeof r[0] === 'number').length;
  return { ...t, firstVisits, expected: distinctTriples(all) };
}

export async function benchVisitsRecalc(): Promise<Record<string, number | string>> {
  if (!hasLibreOffice) return { skipped: 'LibreOffice (soffice + python3-uno) not found' };
  const dir = mkdtempSync(join(tmpdir(), 'bench-visits-'));
  const prev = process.env.KA_TODAY;
  process.env.KA_TODAY = '2026-11-20';
  try {
    const sample = join(dir, 'sample.xlsx');
    if ((await generate(['--out', sample, '--sample'], quiet)) !== 0) throw new Error('generate --sample failed');
    const [base] = await (await openXlsx(sample)).readTables(['Visits']);
    if (!base) throw new Error('the sample has no Visits table');
    const figures: Record<string, number | string> = { 'sample visits': base.rows.length };
    const cases = [...SIZES.filter((n) => n > 0).map((n) => [n, false] as const), ...(SHUFFLED > 0 ? [[SHUFFLED, true] as const] : [])];
    for (const [n, shuffled] of cases) {
      const r = await oneCase(dir, sample, base, n, shuffled);
      const label = `+${n} visits${shuffled ? ', shuffled' : ''}`;
      const cpu = (i: number) => r.edits[i]?.cpuS ?? NaN;
      const edit = median([cpu(0), cpu(1), cpu(2)]);
      const ordered = shuffled ? undefined : n;
      figures[`${label}: full recalc, CPU (wall) s`] = `${r.fullCpuS.toFixed(2)} (${r.fullS.toFixed(2)})${goal(r.fullCpuS, FULL_GOAL[ordered ?? -1])}`;
      figures[`${label}: one edit (middle row's 客户), CPU s`] = `${edit.toFixed(2)}, median of ${[0, 1, 2].map((i) => cpu(i).toFixed(2)).join(' / ')}${goal(edit, EDIT_GOAL[ordered ?? -1])}`;
      figures[`${label}: one edit, first row / last row, CPU s`] = `${cpu(3).toFixed(2)} / ${cpu(4).toFixed(2)}`;
      figures[`${label}: one edit of the middle row's 日期, CPU s`] = cpu(5).toFixed(2);
      figures[`${label}: first visits / reference`] = `${r.firstVisits} / ${r.expected}${r.firstVisits === r.expected ? '' : ' MISMATCH'}`;
    }
    return figures;
  } finally {
    if (prev === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prev;
    if (process.env.VISITS_BENCH_KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

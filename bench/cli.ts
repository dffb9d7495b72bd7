/**
 * The command line on a workbook with 50,000 visits (the sample plus an imported CSV), each
 * command run as a child process under /usr/bin/time: wall time and peak memory (max RSS) of
 * validate, score, new-period and an import of 100,000 rows, beside openpyxl (read_only=True)
 * reading every row of the same file in the same run. Issue #9's goals: validate in at most half
 * of openpyxl's time and 150 MB; the 100,000-row import in at most 8 s and 600 MB.
 * Needs the built command line (`npm run build:cli`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openXlsx } from '../src/adapters/xlsx';
import { withBigSheet } from '../test/cli/bigWorkbook';
import { sheetPart } from '../test/cli/fileSafety.helpers';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin/ka-workbench.js');
const TODAY = '2026-11-20';

interface Measured {
  readonly code: number;
  readonly seconds: number;
  /** User + system CPU seconds: on a shared machine, wall time also counts waiting for a core. */
  readonly cpu: number;
  readonly mb: number;
}

function timed(command: string, args: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', command, ...args], {
    env: { ...process.env, KA_TODAY: TODAY, KA_LANG: 'zh-CN' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`${command} ${args.join(' ')}: ${r.stderr.slice(-500)}`);
  return { code: r.status ?? -1, seconds: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), mb: Number(m[4]) / 1024 };
}

function cli(args: string[]): Measured {
  return timed(process.execPath, [BIN, ...args]);
}

/** Visits that the sample's staff made to the sample's customers, one a row, over two years. */
async function visitsCsv(sample: string, n: number): Promise<string> {
  const [visits, staff, customers] = await (await openXlsx(sample)).readTables(['Visits', 'Staff', 'Customers']);
  const col = (headers: readonly string[], h: string): number => headers.indexOf(h);
  const names = staff!.rows.map((r) => String(r[col(staff!.headers, '姓名')]));
  const firms = customers!.rows.map((r) => String(r[col(customers!.headers, '客户名称')]));
  const seen = visits!.rows.filter((r) => r[col(visits!.headers, '客户')]);
  const lines = ['日期,填表人,客户,面谈者,商谈计划,面谈概要,成果,金额(元)'];
  const start = Date.UTC(2024, 10, 1);
  for (let i = 0; i < n; i++) {
    const like = seen[i % seen.length]!;
    const day = new Date(start + Math.floor((i / n) * 730) * 86_400_000).toISOString().slice(0, 10);
    const pick = (h: string): string => String(like[col(visits!.headers, h)] ?? '');
    lines.push([day, names[i % names.length], firms[i % firms.length], pick('面谈者'), pick('商谈计划'), `拜访纪要 ${i}`, pick('成果'), (i % 50) * 20].join(','));
  }
  return `${lines.join('\n')}\n`;
}

function goal(met: boolean): string {
  return met ? 'met' : 'NOT met';
}

export async function benchCli(): Promise<Record<string, number | string>> {
  if (!existsSync(join(ROOT, 'lib/cli/main.js'))) throw new Error('Run `npm run build:cli` first.');
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const sample = join(dir, 'sample.xlsx');
    if (cli(['generate', '--out', sample, '--sample']).code !== 0) throw new Error('generate --sample failed');
    const csv50 = join(dir, 'visits50k.csv');
    writeFileSync(csv50, await visitsCsv(sample, 50_000));
    const book = join(dir, 'book50k.xlsx');
    const setup = cli(['import', '--in', sample, '--table', 'Visits', '--csv', csv50, '--out', book]);
    if (setup.code !== 0) throw new Error('import of 50,000 visits failed');
    const csv100 = join(dir, 'visits100k.csv');
    writeFileSync(csv100, await visitsCsv(sample, 100_000));

    const validate = cli(['validate', '--in', book, '--json']);
    const score = cli(['score', '--in', book, '--json']);
    const period = join(dir, 'period.xlsx');
    copyFileSync(book, period);
    const newPeriod = cli(['new-period', '--in', period, '--period', '2026-11']);
    const imported = cli(['import', '--in', book, '--table', 'Visits', '--csv', csv100, '--out', join(dir, 'book150k.xlsx')]);
    const openpyxl = timed('/usr/bin/python3', [
      '-c',
      'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1], read_only=True)\nn = sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))\nprint(n)',
      book,
    ]);
    // The sample with a 300,000-row × 22-column sheet that holds no workbench table (issue #9.7).
    const foreign = join(dir, 'foreign300k.xlsx');
    await withBigSheet(sample, foreign, await sheetPart(sample, '仪表板'), 300_000, 22);
    const validateForeign = cli(['validate', '--in', foreign]);
    const figures: Record<string, number | string> = {};
    const put = (name: string, m: Measured): void => {
      figures[`${name}: seconds`] = m.seconds;
      figures[`${name}: CPU seconds`] = m.cpu;
      figures[`${name}: peak MB`] = Math.round(m.mb);
      figures[`${name}: exit code`] = m.code;
    };
    put('import 50,000 visits (setup)', setup);
    put('validate', validate);
    put('score', score);
    put('new-period', newPeriod);
    put('import 100,000 rows', imported);
    put('openpyxl read_only, every row', openpyxl);
    put('validate, sample + 300,000-row foreign sheet', validateForeign);
    // The goal is on wall time; on a machine shared with other work, CPU time is the steadier
    // comparison, so both ratios are printed.
    figures['validate ÷ openpyxl, wall time'] = validate.seconds / openpyxl.seconds;
    figures['validate ÷ openpyxl, CPU time'] = validate.cpu / openpyxl.cpu;
    figures['goal: validate ≤ ½ openpyxl time'] = goal(validate.seconds <= openpyxl.seconds / 2);
    figures['goal: validate ≤ 150 MB'] = goal(validate.mb <= 150);
    figures['goal: import 100,000 rows ≤ 8 s'] = goal(imported.seconds <= 8);
    figures['goal: import 100,000 rows ≤ 600 MB'] = goal(imported.mb <= 600);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

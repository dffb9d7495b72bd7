/**
 * The .xlsx adapter: `generate --sample` to a file (time and size), then what the other commands
 * do with such a file: open and read everything (validate), and append 10,000 visits to it and save
 * (import). Wall times; prints nothing, bench/run.ts prints.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CliIo } from '../src/cli/io';
import type { CellInput } from '../src/core/port/types';
import { run as generate } from '../src/cli/commands/generate';
import { openXlsx } from '../src/adapters/xlsx';

const quiet: CliIo = { lang: 'zh-CN', out: () => undefined, err: () => undefined };

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
}

export async function benchXlsx(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-xlsx-'));
  const prev = process.env.KA_TODAY;
  process.env.KA_TODAY = '2026-11-20';
  try {
    const file = join(dir, 'sample.xlsx');
    const [code, generateMs] = await timed(() => generate(['--out', file, '--sample'], quiet));
    if (code !== 0) throw new Error(`generate --sample exited with ${code}`);
    const bytes = statSync(file).size;

    const [wb, openMs] = await timed(() => openXlsx(file));
    const [tables, readMs] = await timed(async () => {
      await wb.readStructure();
      return wb.readTables();
    });
    const rows = tables.reduce((n, t) => n + t.rows.length, 0);

    const visits = tables.find((t) => t.name === 'Visits')!;
    const template = visits.rows[0]!;
    const many: CellInput[][] = Array.from({ length: 10_000 }, (_, i) => template.map((v, j) => (j === 0 ? 46000 + (i % 300) : v)));
    const big = join(dir, 'big.xlsx');
    const [, appendMs] = await timed(async () => {
      await wb.apply([{ op: 'appendRows', table: 'Visits', rows: many }]);
      await wb.save(big);
    });
    const [, reopenMs] = await timed(async () => (await openXlsx(big)).readTables(['Visits']));
    return {
      'generate --sample (ms)': generateMs,
      'file size (KB)': bytes / 1024,
      'open (ms)': openMs,
      [`read structure + all tables, ${rows} rows (ms)`]: readMs,
      'append 10,000 visits and save (ms)': appendMs,
      'file size after append (KB)': statSync(big).size / 1024,
      'reopen and read Visits (ms)': reopenMs,
    };
  } finally {
    if (prev === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prev;
    rmSync(dir, { recursive: true, force: true });
  }
}

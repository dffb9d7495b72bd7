/**
 * Test harness: recalculate .xlsx files with a real spreadsheet engine (LibreOffice headless, via
 * recalc.py and UNO) and read back every cell's computed value, so tests can check TypeScript results
 * against the workbook's own formulas.
 *
 * Values are LibreOffice's, not Excel's: dates are serial numbers, booleans are 1/0, errors are
 * LibreOffice's display text ("#DIV/0!", "#NAME?", but "Err:502" where Excel shows #NUM!), and `f` is
 * in LibreOffice's API syntax (";" between arguments).
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

/** Debian's python: the one that has python3-uno (a pyenv python on PATH does not). */
const PYTHON = '/usr/bin/python3';
const SOFFICE = process.env.SOFFICE ?? '/usr/lib/libreoffice/program/soffice';
const SCRIPT = join(__dirname, 'recalc.py');

export type CellType = 'n' | 's' | 'e' | 'empty';
export type CellValue = number | string | null;
export interface RecalcCell {
  v: CellValue;
  /** Present only for formula cells (so text such as "=1+1" has none). */
  f?: string;
  t: CellType;
}
export interface RecalcResult {
  /** Every sheet, hidden ones included. Empty cells are left out of `cells`. */
  sheets: Record<string, { hidden?: boolean; cells: Record<string, RecalcCell> }>;
}

export const hasLibreOffice: boolean =
  existsSync(SOFFICE) && spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore', timeout: 30_000 }).status === 0;

export async function recalc(xlsxPath: string, options: { saveAs?: string } = {}): Promise<RecalcResult> {
  const [result] = await run([{ in: xlsxPath, save: options.saveAs }]);
  return result;
}

/** One LibreOffice process for all files: its start-up (1-2 s, up to ~20 s cold) dominates small files. */
export function recalcMany(paths: string[], timeoutSeconds?: number): Promise<RecalcResult[]> {
  return run(paths.map((p) => ({ in: p })), timeoutSeconds);
}

async function run(files: { in: string; save?: string }[], timeoutSeconds?: number): Promise<RecalcResult[]> {
  if (!hasLibreOffice) throw new Error(`LibreOffice not available (${SOFFICE} and python3-uno needed)`);
  const dir = mkdtempSync(join(tmpdir(), 'recalc-'));
  try {
    const jobs = files.map((f, i) => ({
      in: resolve(f.in),
      out: join(dir, `${i}.json`),
      ...(f.save ? { save: resolve(f.save) } : {}),
    }));
    writeFileSync(join(dir, 'jobs.json'), JSON.stringify(jobs));
    // recalc.py kills soffice itself at its own deadline; ours is only a backstop for a hung python.
    const seconds = timeoutSeconds ?? 60 + 30 * files.length;
    await exec(PYTHON, [SCRIPT, '--batch', join(dir, 'jobs.json'), '--timeout', String(seconds)], (seconds + 15) * 1000);
    return jobs.map((j) => JSON.parse(readFileSync(j.out, 'utf8')) as RecalcResult);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function exec(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) =>
      code === 0 ? done() : fail(new Error(`recalc.py failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`)),
    );
  });
}

// ---- reading results ----

/** "B12" (or "$B$12") -> zero-based row/column. */
function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

function formatAddress(row: number, col: number): string {
  let name = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

function sheetOf(result: RecalcResult, sheet: string) {
  const s = result.sheets[sheet];
  // A typo in a sheet name should fail loudly rather than read as a sheet of empty cells.
  if (!s) throw new Error(`no sheet "${sheet}"; sheets are: ${Object.keys(result.sheets).join(', ')}`);
  return s;
}

/** The whole cell, with t='empty' for a cell that holds nothing. */
export function getCell(result: RecalcResult, sheet: string, address: string): RecalcCell {
  const { row, col } = parseAddress(address);
  return sheetOf(result, sheet).cells[formatAddress(row, col)] ?? { v: null, t: 'empty' };
}

export function cellValue(result: RecalcResult, sheet: string, address: string): CellValue {
  return getCell(result, sheet, address).v;
}

/** Values of the height x width block whose top-left cell is `topLeftAddress`, row by row. */
export function tableRows(
  result: RecalcResult,
  sheet: string,
  topLeftAddress: string,
  width: number,
  height: number,
): CellValue[][] {
  const { row, col } = parseAddress(topLeftAddress);
  const cells = sheetOf(result, sheet).cells;
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => cells[formatAddress(row + r, col + c)]?.v ?? null),
  );
}

/** Every formula cell whose result is an error, e.g. to assert that a generated workbook has none. */
export function errorCells(result: RecalcResult): { sheet: string; address: string; f: string; v: string }[] {
  return Object.entries(result.sheets).flatMap(([sheet, { cells }]) =>
    Object.entries(cells)
      .filter(([, cell]) => cell.t === 'e' && cell.f !== undefined)
      .map(([address, cell]) => ({ sheet, address, f: cell.f as string, v: String(cell.v) })),
  );
}

/**
 * Runs scripts/lo-print.py (LibreOffice headless over UNO) on a list of jobs in one soffice
 * session. Shared by `ka-workbench print`, the print tests and the README picture script.
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

/** Debian's python: the one that has python3-uno. */
const PYTHON = process.env.KA_PYTHON ?? '/usr/bin/python3';
const SOFFICE = process.env.SOFFICE ?? '/usr/lib/libreoffice/program/soffice';
/** From src/cli/print (ts) and lib/cli/print (compiled) alike: the package's scripts/ folder. */
export const RENDER_SCRIPT = resolve(__dirname, '../../../scripts/lo-print.py');

export interface CellSet {
  readonly sheet: string;
  readonly cell: string;
  readonly value: string | number;
}

export interface RenderJob {
  readonly in: string;
  readonly sets?: readonly CellSet[];
  readonly pdf?: { readonly out: string; readonly sheets: readonly string[] };
  readonly sweep?: {
    readonly sheet: string;
    readonly cells: readonly string[];
    readonly values: readonly (readonly (string | number)[])[];
    readonly range: string;
    readonly out: string;
  };
}

let available: boolean | undefined;

/** Whether LibreOffice and python3-uno are installed (asked once). */
export function hasLibreOffice(): boolean {
  if (available === undefined) {
    available =
      existsSync(SOFFICE) &&
      existsSync(RENDER_SCRIPT) &&
      spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore', timeout: 30_000 }).status === 0;
  }
  return available;
}

export function render(jobs: readonly RenderJob[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ka-print-'));
  const list = join(dir, 'jobs.json');
  writeFileSync(list, JSON.stringify(jobs));
  const seconds = 60 + 20 * jobs.length;
  return new Promise<void>((done, fail) => {
    const child = spawn(PYTHON, [RENDER_SCRIPT, list, '--timeout', String(seconds)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: (seconds + 15) * 1000,
      killSignal: 'SIGKILL',
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      rmSync(dir, { recursive: true, force: true });
      if (code === 0) done();
      else fail(new Error(`LibreOffice (lo-print.py) failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
}

/** Running the built command line (lib/, `npm run build:cli`) as a user does, in a temp folder. */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join, resolve } from 'path';

export const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'ka-workbench.js');

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export function libBuilt(): boolean {
  return existsSync(join(ROOT, 'lib', 'cli', 'main.js'));
}

/** Runs `ka-workbench ...args` in cwd; LANG and KA_LANG come only from `env` (zh-CN by default). */
export function cli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, KA_TODAY: '2026-11-20', ...options.env };
  if (!options.env?.KA_LANG) delete env.KA_LANG;
  if (!options.env?.LANG) delete env.LANG;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

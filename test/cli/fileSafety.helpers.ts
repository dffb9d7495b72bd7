/** Helpers for the file-safety tests: run a command, fingerprint files, edit a part of an .xlsx. */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import type { CliIo } from '../../src/cli/io';
import type { Lang } from '../../src/core/model/types';

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  generate: async () => (await import('../../src/cli/commands/generate')).run,
  import: async () => (await import('../../src/cli/commands/import')).run,
  validate: async () => (await import('../../src/cli/commands/validate')).run,
  score: async () => (await import('../../src/cli/commands/score')).run,
  'new-period': async () => (await import('../../src/cli/commands/newPeriod')).run,
  'export-hr': async () => (await import('../../src/cli/commands/exportHr')).run,
};

/** Runs one command in-process, capturing its output. */
export async function cli(args: string[], lang: Lang = 'zh-CN'): Promise<Run> {
  const [name, ...rest] = args;
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { lang, out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await (await COMMANDS[name!]!())(rest, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Rewrites one part of an .xlsx file (null deletes it). */
export async function editPart(path: string, part: string, edit: (text: string) => string | null): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  const next = edit(await file.async('string'));
  if (next === null) zip.remove(part);
  else zip.file(part, next);
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** The worksheet part of a sheet, by its name. */
export async function sheetPart(path: string, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rId = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * Where a command may write (issue #9, like git or rsync with a user's files):
 * - never over one of its own inputs, unless updating that input is the command's purpose
 *   (import and new-period update --in; generate upgrades its --out), and --force does not
 *   change that;
 * - never over any other existing file unless --force is given;
 * - only to a name whose extension fits what is written: Excel refuses a macro-enabled workbook
 *   named .xlsx, and a plain one named .xlsm.
 * Files are compared by identity (device and inode, symlinks followed), not by spelling.
 * A refusal is an OutputRefusal: the command prints it and exits 2 having written nothing.
 */
import { promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import { extname } from 'node:path';
import type { Lang } from '../core/model/types';
import type { XlsxWorkbook } from '../adapters/xlsx';
import { OUTPUT_MESSAGES as M } from './outputMessages';
import { OutputRefusal, outputError, safeWrite } from './safeWrite';

export interface OutputRequest {
  readonly out: string;
  /** Every file the command reads. */
  readonly inputs: readonly string[];
  /** The input the command exists to update in place, if any. */
  readonly updates?: string;
  readonly force: boolean;
  /** Extensions the output may have, lower case with the dot; empty: any. */
  readonly extensions: readonly string[];
}

async function statOrNone(path: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(path);
  } catch {
    return undefined;
  }
}

function same(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

export async function checkOutput(req: OutputRequest, lang: Lang): Promise<void> {
  const st = await statOrNone(req.out);
  const updates = req.updates === undefined ? undefined : await statOrNone(req.updates);
  if (st && updates && same(st, updates)) return;
  if (st?.isDirectory()) throw new OutputRefusal(M.isFolder[lang](req.out));
  if (st) {
    for (const input of req.inputs) {
      const s = await statOrNone(input);
      if (s && same(s, st)) throw new OutputRefusal(M.isInput[lang](req.out));
    }
  }
  checkExtension(req, lang);
  if (st && !req.force) throw new OutputRefusal(M.exists[lang](req.out));
}

function checkExtension(req: OutputRequest, lang: Lang): void {
  const ext = extname(req.out).toLowerCase();
  if (req.extensions.length > 0 && !req.extensions.includes(ext)) {
    if (req.extensions[0] === '.xlsm' && ext === '.xlsx') throw new OutputRefusal(M.macroKind[lang](req.out));
    if (req.extensions[0] === '.xlsx' && ext === '.xlsm') throw new OutputRefusal(M.plainKind[lang](req.out));
    throw new OutputRefusal(M.badExtension[lang](req.out, req.extensions.join(lang === 'zh-CN' ? ' 或 ' : ' or ')));
  }
}

/**
 * The extensions a copy of `book` may have: .xlsm for a macro-enabled workbook, .xlsx for a plain
 * one; any other kind (a template) only its own, so it is only updated in place.
 */
export function extensionsFor(book: XlsxWorkbook, input: string): readonly string[] {
  const kind = book.fileKind();
  return kind === 'xlsm' ? ['.xlsm'] : kind === 'xlsx' ? ['.xlsx'] : [extname(input).toLowerCase()];
}

/** Saves a workbook through a verified temporary file (see safeWrite). */
export async function saveWorkbook(book: XlsxWorkbook, out: string, lang: Lang): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await book.toBuffer();
  } catch (e) {
    throw outputError(e, out, lang);
  }
  await safeWrite(out, bytes, lang, (written) => book.verify(written));
}

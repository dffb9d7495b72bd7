/** Node-only file access for the .xlsx adapter (kept apart so that browser bundles never see fs). */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../../core/model/types';
import { PortError } from '../../core/port/types';

/** Writes to a temporary file beside the target and renames it, so a failure leaves the old file whole. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

const MISSING: Record<Lang, (path: string) => string> = {
  'zh-CN': (path) => `找不到文件 ${path}。请检查路径后再试。`,
  'en-US': (path) => `File not found: ${path}. Check the path and try again.`,
};

const NOT_A_FILE: Record<Lang, (path: string) => string> = {
  'zh-CN': (path) => `无法读取 ${path}:它是文件夹,或没有读取权限。`,
  'en-US': (path) => `Cannot read ${path}: it is a folder, or you lack permission to read it.`,
};

export async function readFileBytes(path: string, lang: Lang): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PortError('unreadable', MISSING[lang](path));
    if (code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') throw new PortError('unreadable', NOT_A_FILE[lang](path));
    throw e;
  }
}

/**
 * Replacing a user's file safely: write a temporary file beside the real target, read it back
 * and verify it, give it the original's mode (and owner, when running as root), then rename it
 * over the target. A symlink is written through to the file it points to, so the link stays a
 * link and the shared file is the one updated. A read-only file is refused, also for root, whom
 * access() would let through. Any failure removes the temporary file and leaves the original
 * as it was, and is reported as a message saying what to do, never as a raw error naming the
 * temporary file.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Lang } from '../core/model/types';
import { PortError } from '../core/port/types';
import { OUTPUT_MESSAGES as M } from './outputMessages';

/** A refused or failed write: the commands print its message and exit 2 (code 'unreadable'). */
export class OutputRefusal extends PortError {
  constructor(message: string) {
    super('unreadable', message);
  }
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/** The file a path finally names: symlinks followed, also a dangling one (its target is created). */
export async function resolveTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      link = await fs.readlink(current);
    } catch (e) {
      // Not a link (EINVAL) or not there (ENOENT): resolve the folder, which must exist.
      if (errno(e) !== 'EINVAL' && errno(e) !== 'ENOENT') throw e;
      try {
        return join(await fs.realpath(dirname(current)), basename(current));
      } catch {
        return current;
      }
    }
    current = resolve(dirname(current), link);
  }
  return current;
}

/** Turns a Node error from writing `shown` into a message that says what to do. */
export function outputError(e: unknown, shown: string, lang: Lang): Error {
  if (e instanceof PortError) return e;
  switch (errno(e)) {
    case 'ENOENT':
      return new OutputRefusal(M.noFolder[lang](shown, dirname(resolve(shown))));
    case 'EISDIR':
      return new OutputRefusal(M.isFolder[lang](shown));
    case 'EACCES':
    case 'EPERM':
      return new OutputRefusal(M.noPermission[lang](shown));
    case 'EBUSY':
    case 'ETXTBSY':
      return new OutputRefusal(M.busy[lang](shown));
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputRefusal(M.noSpace[lang](shown));
    case 'EROFS':
      return new OutputRefusal(M.readOnlyDisk[lang](shown));
    case 'ENOTDIR':
    case 'ENAMETOOLONG':
      return new OutputRefusal(M.badPath[lang](shown));
    case undefined:
      return e instanceof Error ? e : new Error(String(e));
    default:
      return new OutputRefusal(M.other[lang](shown, errno(e)!));
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Refuses a target the user protected: no write permission, or no write bit at all (root too). */
async function checkWritable(target: string, st: Stats, shown: string, lang: Lang): Promise<void> {
  if (st.isDirectory()) throw new OutputRefusal(M.isFolder[lang](shown));
  if ((st.mode & 0o222) === 0) throw new OutputRefusal(M.readOnly[lang](shown));
  try {
    await fs.access(target, constants.W_OK);
  } catch {
    throw new OutputRefusal(M.readOnly[lang](shown));
  }
}

/** Checks written bytes before they replace anything; throws to keep the original. */
export type Verify = (written: Uint8Array) => Promise<void>;

export async function safeWrite(path: string, bytes: Uint8Array, lang: Lang, verify?: Verify): Promise<void> {
  let target: string;
  let st: Stats | undefined;
  try {
    target = await resolveTarget(path);
    st = await fs.stat(target).catch((e: unknown) => {
      if (errno(e) === 'ENOENT') return undefined;
      throw e;
    });
  } catch (e) {
    throw outputError(e, path, lang);
  }
  if (st) await checkWritable(target, st, path, lang);
  const tmp = join(dirname(target), `.${basename(target)}.ka-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx', mode: st ? st.mode & 0o777 : 0o666 });
    if (st) {
      // writeFile's mode passes through the umask; set it exactly, as the original had it.
      await fs.chmod(tmp, st.mode & 0o7777);
      if (isRoot() && (st.uid !== 0 || st.gid !== 0)) await fs.chown(tmp, st.uid, st.gid);
    }
    if (verify) await verify(new Uint8Array(await fs.readFile(tmp)));
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw outputError(e, path, lang);
  }
}

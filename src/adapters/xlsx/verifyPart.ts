/**
 * Checking a part of a file just written, read back from it: the part must parse strictly. Bytes
 * that copy untouched rows of the part as it was read (checked well-formed then, see Book.doc) are
 * compared with those rows instead of being parsed again: rows are complete elements, so the part
 * is well-formed exactly when the rest of it is, and equal bytes show the copy is whole. An
 * import that adds 100,000 rows to 50,000 parses the new rows, not the old ones a second time.
 */
import type { Package } from './package';
import type { CopiedRange } from './sheet';
import { WellFormedCheck } from './wellFormed';

function same(a: Uint8Array, at: number, b: Uint8Array, from: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (a[at + i] !== b[from + i]) return false;
  return true;
}

/** Feeds the part's text, minus the copied rows, to `write`; a message when the copied rows differ. */
async function feed(copy: Package, part: string, copied: readonly CopiedRange[], write: (text: string) => void): Promise<string | undefined> {
  const decoder = new TextDecoder('utf-8');
  let pos = 0;
  let r = 0;
  let first = true;
  for await (const bytes of copy.byteChunks(part)) {
    let i = 0;
    while (i < bytes.length) {
      const range = copied[r];
      if (range && pos >= range.from) {
        const n = Math.min(bytes.length - i, range.to - pos);
        if (!same(bytes, i, range.bytes, pos - range.from, n)) return 'rows copied from the original differ';
        i += n;
        pos += n;
        if (pos === range.to) r++;
        continue;
      }
      // Decoded 64 KB at a time: each piece of text stays a young-generation string.
      const n = Math.min(bytes.length - i, range ? range.from - pos : Infinity, 1 << 16);
      let text = decoder.decode(bytes.subarray(i, i + n), { stream: true });
      if (first && text) {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      write(text);
      i += n;
      pos += n;
    }
  }
  if (r < copied.length) return 'the part ends before the rows copied from the original (truncated)';
  write(decoder.decode());
  return undefined;
}

/** Why the part does not parse, or does not hold the copied rows it should; undefined when sound. */
export async function writtenPartFault(copy: Package, part: string, copied: readonly CopiedRange[]): Promise<string | undefined> {
  const check = new WellFormedCheck();
  return (await feed(copy, part, copied, (t) => check.write(t))) ?? check.close();
}

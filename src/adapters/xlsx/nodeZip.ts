/**
 * The package's codec in Node.js: node:zlib, native code. Inflating checks each entry's CRC-32 and
 * size, so a file damaged on disk, or a part cut short, is refused rather than read (or verified)
 * as something else; output is capped at the declared size, so a crafted entry cannot balloon.
 * Large deflates stream through zlib's thread pool, which compresses one piece while the caller
 * builds the next.
 */
import { createDeflateRaw, createInflateRaw, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RawEntry, ZipCodec } from './zipCodec';

/** Below this, a part is deflated in one synchronous call (a stream costs more than it saves). */
const SYNC_LIMIT = 8 << 20;

function checked(entry: RawEntry, crc: number, size: number): void {
  if (size !== entry.size || crc >>> 0 !== entry.crc32 >>> 0) throw new Error('zip entry is corrupt (CRC-32 or size mismatch)');
}

async function* inflateChunks(entry: RawEntry): AsyncGenerator<Uint8Array> {
  let crc = 0;
  let size = 0;
  if (entry.method === 0) {
    checked(entry, crc32(entry.data), entry.data.length);
    yield entry.data;
    return;
  }
  // 256 KB pieces: fewer trips through the stream; readers decode them 64 KB at a time, so that
  // each piece of text stays a young-generation string (a large one is costly to collect).
  const z = createInflateRaw({ chunkSize: 1 << 18 });
  z.end(entry.data);
  for await (const chunk of z as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > entry.size) {
      z.destroy();
      break;
    }
    crc = crc32(chunk, crc);
    yield chunk;
  }
  checked(entry, crc, size);
}

export const NODE_ZIP: ZipCodec = {
  async inflate(entry) {
    // One output buffer of the declared size: zlib's default 16 KB pieces would be joined at the end,
    // a second copy of a large part.
    const chunkSize = Math.min(Math.max(64, entry.size + 1), 1 << 29);
    const out = entry.method === 0 ? entry.data : inflateRawSync(entry.data, { maxOutputLength: Math.max(1, entry.size), chunkSize });
    checked(entry, crc32(out), out.length);
    return out;
  },

  inflateChunks,

  latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  },

  async deflate(pieces, level) {
    const list = Array.isArray(pieces) ? (pieces as Uint8Array[]) : null;
    if (list && list.length === 1 && list[0]!.length <= SYNC_LIMIT) {
      const data = list[0]!;
      return { chunks: [deflateRawSync(data, { level })], method: 8, crc32: crc32(data), size: data.length };
    }
    const z = createDeflateRaw({ level, chunkSize: 1 << 20 });
    const chunks: Uint8Array[] = [];
    z.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve, reject) => {
      z.on('end', resolve);
      z.on('error', reject);
    });
    let crc = 0;
    let size = 0;
    for await (const piece of pieces) {
      if (piece.length === 0) continue;
      crc = crc32(piece, crc);
      size += piece.length;
      // Back-pressure: wait while zlib is behind, so finished pieces do not pile up in memory.
      if (!z.write(piece)) await Promise.race([new Promise((resolve) => z.once('drain', resolve)), done]);
    }
    z.end();
    await done;
    return { chunks, method: 8, crc32: crc >>> 0, size };
  },
};

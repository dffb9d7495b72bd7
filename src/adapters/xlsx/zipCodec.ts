/**
 * Compression for the package, supplied by the environment: the Node entry (index.ts) passes
 * node:zlib (nodeZip.ts), which inflates and deflates in native code, several times faster than
 * JSZip's JavaScript zlib; the browser build has no codec and uses JSZip for everything.
 *
 * With a codec, the package writes its own zip (writeZip below): parts are deflated as streams of
 * pieces (a 400 MB worksheet never becomes one buffer), and a part that was not changed since
 * loading is copied as the compressed bytes it was read with, neither inflated nor deflated again.
 */

/** A part whose compressed data is damaged (bad deflate data, or a CRC-32 or size that differs). */
export class PartDataError extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(message);
  }
}

/** A zip entry's data as stored: deflated (method 8) or stored (method 0). */
export interface RawEntry {
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly crc32: number;
  /** Uncompressed size. */
  readonly size: number;
}

export interface ZipCodec {
  /** The whole entry; throws when the data is corrupt or its CRC-32 or size differ from the entry's. */
  inflate(entry: RawEntry): Promise<Uint8Array>;
  /** The entry in pieces, with the same checks at the end. */
  inflateChunks(entry: RawEntry): AsyncIterable<Uint8Array>;
  /** Deflates the pieces as one entry (pieces may come as they are made, asynchronously). */
  deflate(pieces: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, level: number): Promise<StoredData>;
  /** The bytes as Latin-1 text, one character a byte, without decoding (see Package.latin1Chunks). */
  latin1?(bytes: Uint8Array): string;
}

/** An entry's data as it goes into a zip: compressed pieces, in order. */
export interface StoredData {
  readonly chunks: readonly Uint8Array[];
  readonly method: 0 | 8;
  readonly crc32: number;
  readonly size: number;
}

export interface ZipItem {
  readonly name: string;
  readonly entry: StoredData;
}

const utf8 = new TextEncoder();

/** 1980-01-01 00:00 as an MS-DOS date and time: the same workbook always gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

function header(size: number): [Uint8Array, DataView] {
  const b = new Uint8Array(size);
  return [b, new DataView(b.buffer)];
}

/**
 * A zip file of the items, in order (PKWARE APPNOTE 4.3: local headers, then the central
 * directory, then its end record). No zip64: a part or file over 4 GB is refused.
 */
export function writeZip(items: readonly ZipItem[]): Uint8Array {
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const { name, entry } of items) {
    const chunks = entry.chunks;
    const compressed = chunks.reduce((n, c) => n + c.length, 0);
    if (entry.size > 0xfffffffe || compressed > 0xfffffffe || offset > 0xfffffffe) throw new Error(`zip part ${name} is too large`);
    const nameBytes = utf8.encode(name);
    // Bit 11: the name is UTF-8 (a sheet part may be named in Chinese).
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800;
    const [local, l] = header(30 + nameBytes.length);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, flags, true);
    l.setUint16(8, entry.method, true);
    l.setUint16(10, DOS_TIME, true);
    l.setUint16(12, DOS_DATE, true);
    l.setUint32(14, entry.crc32 >>> 0, true);
    l.setUint32(18, compressed, true);
    l.setUint32(22, entry.size, true);
    l.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const [dir, d] = header(46 + nameBytes.length);
    d.setUint32(0, 0x02014b50, true);
    d.setUint16(4, 20, true);
    d.setUint16(6, 20, true);
    d.setUint16(8, flags, true);
    d.setUint16(10, entry.method, true);
    d.setUint16(12, DOS_TIME, true);
    d.setUint16(14, DOS_DATE, true);
    d.setUint32(16, entry.crc32 >>> 0, true);
    d.setUint32(20, compressed, true);
    d.setUint32(24, entry.size, true);
    d.setUint16(28, nameBytes.length, true);
    d.setUint32(42, offset, true);
    dir.set(nameBytes, 46);
    out.push(local, ...chunks);
    central.push(dir);
    offset += local.length + compressed;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const [end, e] = header(22);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, items.length, true);
  e.setUint16(10, items.length, true);
  e.setUint32(12, dirSize, true);
  e.setUint32(16, offset, true);
  if (items.length > 0xffff || offset + dirSize > 0xfffffffe) throw new Error('zip file is too large');
  const all = [...out, ...central, end];
  const file = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    file.set(c, at);
    at += c.length;
  }
  return file;
}

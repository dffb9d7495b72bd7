/**
 * Builds very large workbooks for the limit tests and the bench without ever holding a large
 * part in memory: the worksheet is generated row by row and deflated as a stream into a zip
 * written by hand (local headers with data descriptors, then the central directory).
 */
import { once } from 'events';
import { closeSync, openSync, readFileSync, writeSync } from 'fs';
import JSZip from 'jszip';
import zlib from 'zlib';

type Source = Uint8Array | (() => Iterable<string>);

interface Written {
  readonly name: Buffer;
  readonly offset: number;
  readonly crc: number;
  readonly csize: number;
  readonly usize: number;
}

function header(sig: number, fields: [number, 2 | 4][]): Buffer {
  const b = Buffer.alloc(4 + fields.reduce((n, [, w]) => n + w, 0));
  b.writeUInt32LE(sig, 0);
  let at = 4;
  for (const [v, w] of fields) {
    if (w === 2) b.writeUInt16LE(v, at);
    else b.writeUInt32LE(v >>> 0, at);
    at += w;
  }
  return b;
}

async function deflateInto(fd: number, source: Source): Promise<{ crc: number; csize: number; usize: number }> {
  let crc = 0;
  let csize = 0;
  let usize = 0;
  const deflate = zlib.createDeflateRaw({ level: 1 });
  deflate.on('data', (b: Buffer) => {
    writeSync(fd, b);
    csize += b.length;
  });
  const ended = once(deflate, 'end');
  const pieces: Iterable<string | Uint8Array> = typeof source === 'function' ? source() : [source];
  for (const piece of pieces) {
    const buf = typeof piece === 'string' ? Buffer.from(piece) : piece;
    crc = zlib.crc32(buf, crc);
    usize += buf.length;
    if (!deflate.write(buf)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return { crc, csize, usize };
}

/** The part of the table with this display name. */
export async function tablePart(path: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  for (const f of Object.values(zip.files)) {
    if (/^xl\/tables\/[^/]+\.xml$/.test(f.name) && new RegExp(`displayName="${name}"`).test(await f.async('string'))) return f.name;
  }
  throw new Error(`no table ${name}`);
}

/** Writes a zip of the given entries, in order. */
export async function writeZip(path: string, entries: [string, Source][]): Promise<void> {
  const fd = openSync(path, 'w');
  let offset = 0;
  const written: Written[] = [];
  try {
    for (const [entry, source] of entries) {
      const name = Buffer.from(entry);
      // Version 20, flags: sizes in a data descriptor (bit 3) and a UTF-8 name (bit 11), deflate.
      const local = header(0x04034b50, [[20, 2], [0x0808, 2], [8, 2], [0, 2], [0x21, 2], [0, 4], [0, 4], [0, 4], [name.length, 2], [0, 2]]);
      writeSync(fd, local);
      writeSync(fd, name);
      const { crc, csize, usize } = await deflateInto(fd, source);
      writeSync(fd, header(0x08074b50, [[crc, 4], [csize, 4], [usize, 4]]));
      written.push({ name, offset, crc, csize, usize });
      offset += local.length + name.length + csize + 16;
    }
    const start = offset;
    for (const w of written) {
      const central = header(0x02014b50, [[20, 2], [20, 2], [0x0808, 2], [8, 2], [0, 2], [0x21, 2], [w.crc, 4], [w.csize, 4], [w.usize, 4], [w.name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [w.offset, 4]]);
      writeSync(fd, central);
      writeSync(fd, w.name);
      offset += central.length + w.name.length;
    }
    writeSync(fd, header(0x06054b50, [[0, 2], [0, 2], [written.length, 2], [written.length, 2], [offset - start, 4], [start, 4], [0, 2]]));
  } finally {
    closeSync(fd);
  }
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rows of numbers, `rows` × `cols`, from row `from`; yields about a megabyte at a time. */
export function* numberRows(from: number, rows: number, cols: number): Generator<string> {
  const names = Array.from({ length: cols }, (_, i) => letters(i + 1));
  let out = '';
  for (let r = from; r < from + rows; r++) {
    out += `<row r="${r}">`;
    for (let c = 0; c < cols; c++) out += `<c r="${names[c]}${r}"><v>${(r * 31 + c) % 1000}</v></c>`;
    out += '</row>';
    if (out.length > 1 << 20) {
      yield out;
      out = '';
    }
  }
  if (out) yield out;
}

/**
 * A copy of `source` whose sheet part `part` is replaced: its frame is kept and its rows are the
 * original header row followed by `rows` generated rows of `cols` numbers. `tableRef` (if given)
 * replaces the ref of the table part `table`.
 */
export async function withBigSheet(
  source: string,
  out: string,
  part: string,
  rows: number,
  cols: number,
  table?: { readonly part: string; readonly ref: string },
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  const entries: [string, Source][] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    if (f.name === part) {
      const xml = (await f.async('string')).replace('<sheetData/>', '<sheetData></sheetData>');
      const open = xml.indexOf('<sheetData>');
      const close = xml.indexOf('</sheetData>');
      const header = /<row r="1"[\s\S]*?<\/row>/.exec(xml.slice(open, close))?.[0] ?? '';
      const frame = [xml.slice(0, open + '<sheetData>'.length), xml.slice(close)];
      const head = frame[0]!.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${letters(cols)}${rows + 1}"/>`);
      entries.push([
        f.name,
        function* (): Generator<string> {
          yield head;
          yield header;
          yield* numberRows(2, rows, cols);
          yield frame[1]!;
        },
      ]);
    } else if (table && f.name === table.part) {
      const xml = await f.async('string');
      entries.push([f.name, new TextEncoder().encode(xml.replace(/ ref="[^"]*"/g, ` ref="${table.ref}"`))]);
    } else {
      entries.push([f.name, await f.async('uint8array')]);
    }
  }
  await writeZip(out, entries);
}

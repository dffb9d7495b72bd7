/**
 * The .xlsx file as an OPC package: a zip of parts, their relationships and content types.
 *
 * Parts are kept as the bytes they were loaded with; a part becomes text only when the adapter
 * reads or edits it. Saving writes every part back, so parts the adapter does not understand
 * (charts, drawings, comments, pivot tables, images, VBA, add-in data) come out byte-identical.
 */
import JSZip from 'jszip';
import { CONTENT_TYPES } from './rels';
import { entryChunks } from './zipStream';
import { Utf8Pieces } from './utf8Pieces';
import { PartDataError, writeZip } from './zipCodec';
import type { RawEntry, ZipCodec, ZipItem } from './zipCodec';
import type { CopiedRange } from './sheet';
import { OFF_THREAD_OVER, checkedPieces } from './checker';
import type { PartChecker } from './checker';

/**
 * A part is its bytes, its text, (for a large part of a loaded file) its zip entry, inflated only
 * when needed, or (for a large edited worksheet) pieces generated when the file is written: a
 * 500 MB worksheet that a command does not touch is streamed or copied, never held whole in memory.
 */
type Part =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'lazy'; readonly entry: JSZip.JSZipObject; readonly size: number }
  | {
      readonly kind: 'pieces';
      readonly pieces: () => Iterable<Uint8Array>;
      readonly size: number;
      readonly copied?: () => readonly CopiedRange[];
      readonly isCopy?: (piece: Uint8Array) => boolean;
    };

/**
 * A part as the last toBytes wrote it, checked on the way (see PartChecker): the CRC-32 and size
 * of the bytes generated, and the verdict of their strict check, still running when toBytes returns.
 */
export interface WrittenPart {
  readonly crc32: number;
  readonly size: number;
  readonly fault: Promise<string | undefined>;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

/** The codec's failure on a part, as a PartDataError naming it. */
async function damaged<T>(part: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    throw new PartDataError(part, e instanceof Error ? e.message : String(e));
  }
}

/** Text read as Latin-1 (see Package.latin1Chunks) decoded as the UTF-8 it is. */
export function utf8FromLatin1(s: string): string {
  return /[\x80-\xff]/.test(s) ? decoder.decode(Uint8Array.from(s, (c) => c.charCodeAt(0))) : s;
}

function concat(pieces: Iterable<Uint8Array>): Uint8Array {
  const list = [...pieces];
  if (list.length === 1) return list[0]!;
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of list) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** 1980-01-01, the earliest date a zip entry can hold, in local time as JSZip writes it. */
const ZIP_DATE = new Date(1980, 0, 1);

/** Parts larger than this (uncompressed bytes) are deflated for speed rather than size. */
const FAST_DEFLATE_OVER = 16 << 20;

/** Parts up to this size are inflated on load; larger ones stay compressed until a command needs them. */
const EAGER_LIMIT = 1 << 20;

/** The uncompressed size a zip entry declares (JSZip keeps it in a field it does not type). */
function declaredSize(f: JSZip.JSZipObject): number {
  const data = (f as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

/**
 * The entry's data as stored in the file, from the fields JSZip keeps for a loaded entry (its
 * CompressedObject, untyped); undefined when anything is not as expected, and JSZip inflates it.
 */
function rawOf(f: JSZip.JSZipObject): RawEntry | undefined {
  const d = (f as unknown as { _data?: { compressedContent?: unknown; compression?: { magic?: unknown }; crc32?: unknown; uncompressedSize?: unknown } })._data;
  if (!d || !(d.compressedContent instanceof Uint8Array) || typeof d.crc32 !== 'number' || typeof d.uncompressedSize !== 'number') return undefined;
  const method = d.compression?.magic === '\x08\x00' ? 8 : d.compression?.magic === '\x00\x00' ? 0 : undefined;
  if (method === undefined) return undefined;
  return { data: d.compressedContent, method, crc32: d.crc32, size: d.uncompressedSize };
}

export class Package {
  /** Parts written (by the last toBytes) while being checked off the main thread. */
  private readonly written = new Map<string, WrittenPart>();

  private constructor(
    private readonly parts: Map<string, Part>,
    /** Parts set since loading: the ones a save rewrites. */
    private readonly edited: Set<string>,
    /** With a codec: each unchanged loaded part's data as stored, which a save copies as it is. */
    private readonly raws: Map<string, RawEntry>,
    private readonly codec: ZipCodec | undefined,
  ) {}

  /** Throws whatever JSZip (or the codec) throws on a file that is not a zip; callers turn that into a PortError. */
  static async load(data: Uint8Array, codec?: ZipCodec): Promise<Package> {
    const zip = await JSZip.loadAsync(data);
    const parts = new Map<string, Part>();
    const raws = new Map<string, RawEntry>();
    const entries = Object.values(zip.files).filter((f) => !f.dir);
    for (const f of entries) {
      const raw = codec ? rawOf(f) : undefined;
      if (raw) raws.set(f.name, raw);
      parts.set(f.name, { kind: 'lazy', entry: f, size: raw?.size ?? declaredSize(f) });
    }
    const pkg = new Package(parts, new Set(), raws, codec);
    await Promise.all(entries.filter((f) => pkg.size(f.name) <= EAGER_LIMIT).map((f) => pkg.inflate(f.name)));
    return pkg;
  }

  static fromTexts(texts: Record<string, string>, codec?: ZipCodec): Package {
    return new Package(new Map(Object.entries(texts).map(([k, v]) => [k, { kind: 'text', text: v }])), new Set(Object.keys(texts)), new Map(), codec);
  }

  /** A copy to edit; committing is replacing the original with it. Parts are immutable values. */
  clone(): Package {
    return new Package(new Map(this.parts), new Set(this.edited), new Map(this.raws), this.codec);
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** Names of the parts set since loading (every part of a new workbook). */
  editedParts(): string[] {
    return [...this.edited].filter((n) => this.parts.has(n));
  }

  /** True while a large part is still compressed: text() needs `await inflate(name)` first. */
  isLazy(name: string): boolean {
    return this.parts.get(name)?.kind === 'lazy';
  }

  /** The part's uncompressed size in bytes (text parts: UTF-16 length, close enough for limits). */
  size(name: string): number {
    const p = this.parts.get(name);
    if (!p) return 0;
    if (p.kind === 'lazy' || p.kind === 'pieces') return p.size;
    return p.kind === 'bytes' ? p.bytes.length : p.text.length;
  }

  async inflate(name: string): Promise<void> {
    const p = this.parts.get(name);
    if (p?.kind !== 'lazy') return;
    const raw = this.raws.get(name);
    this.parts.set(name, { kind: 'bytes', bytes: raw && this.codec ? await damaged(name, this.codec.inflate(raw)) : await p.entry.async('uint8array') });
  }

  /**
   * The part's text in pieces, without holding the whole text: a lazy part is inflated as a
   * stream. Pieces split anywhere, even inside a tag.
   */
  async *chunks(name: string): AsyncGenerator<string> {
    const p = this.parts.get(name);
    if (!p) return;
    if (p.kind === 'text') {
      const step = 1 << 22;
      for (let i = 0; i < p.text.length; i += step) yield p.text.slice(i, i + step);
      return;
    }
    if (p.kind === 'lazy' && !(this.codec && this.raws.has(name))) {
      yield* entryChunks(p.entry);
      return;
    }
    // Decoded a piece at a time, so a large part never becomes one string here.
    const text = new Utf8Pieces();
    for await (const bytes of this.byteChunks(name)) yield* text.decode(bytes);
    const rest = text.end();
    if (rest) yield rest;
  }

  /**
   * With a codec that offers it, the part's bytes as Latin-1 text, one character a byte: markup is
   * ASCII, and UTF-8 never uses a byte below 0x80 inside a character, so a scan finds the same tags
   * as in the decoded text, in a third of the time and half the memory (no UTF-16 for Chinese
   * text); the values it keeps are decoded (utf8FromLatin1). Undefined without such a codec.
   */
  latin1Chunks(name: string): AsyncGenerator<string> | undefined {
    const latin1 = this.codec?.latin1;
    const p = this.parts.get(name);
    if (!latin1 || !p || p.kind === 'text') return undefined;
    const bytes = this.byteChunks(name);
    return (async function* () {
      for await (const b of bytes) for (let i = 0; i < b.length; i += 1 << 16) yield latin1(b.subarray(i, i + (1 << 16)));
    })();
  }

  /** The part's bytes in pieces (text parts are not expected here: see chunks). */
  async *byteChunks(name: string): AsyncGenerator<Uint8Array> {
    const p = this.parts.get(name);
    if (!p) return;
    if (p.kind === 'bytes') yield p.bytes;
    else if (p.kind === 'pieces') yield* p.pieces();
    else if (p.kind === 'text') yield encoder.encode(p.text);
    else {
      const raw = this.raws.get(name);
      if (!raw || !this.codec) {
        yield await p.entry.async('uint8array');
        return;
      }
      try {
        yield* this.codec.inflateChunks(raw);
      } catch (e) {
        throw new PartDataError(name, e instanceof Error ? e.message : String(e));
      }
    }
  }

  text(name: string): string | undefined {
    const p = this.parts.get(name);
    if (!p) return undefined;
    if (p.kind === 'text') return p.text;
    // A lazy part reaching here is a bug: every caller inflates the parts it reads first.
    if (p.kind === 'lazy') throw new Error(`part ${name} is not inflated`);
    const text = decode(p.kind === 'bytes' ? p.bytes : concat(p.pieces()));
    this.parts.set(name, { kind: 'text', text });
    return text;
  }

  /** The part's bytes, unless it is held as text (pieces are joined, once). */
  bytes(name: string): Uint8Array | undefined {
    const p = this.parts.get(name);
    if (p?.kind === 'pieces') {
      const bytes = concat(p.pieces());
      this.parts.set(name, { kind: 'bytes', bytes });
      return bytes;
    }
    return p?.kind === 'bytes' ? p.bytes : undefined;
  }

  /** Sets a part as UTF-8 bytes (a large worksheet, which is never needed as one string). */
  setBytes(name: string, bytes: Uint8Array): void {
    this.set(name, { kind: 'bytes', bytes });
  }

  /**
   * Sets a part as UTF-8 pieces generated when the part is written or read: appended rows are
   * built a megabyte at a time instead of being held as one buffer. `pieces` must give the same
   * bytes every time.
   */
  setPieces(name: string, pieces: () => Iterable<Uint8Array>, size: number, copied?: () => readonly CopiedRange[], isCopy?: (piece: Uint8Array) => boolean): void {
    this.set(name, { kind: 'pieces', pieces, size, ...(copied ? { copied } : {}), ...(isCopy ? { isCopy } : {}) });
  }

  /** The part's data as stored in the loaded file, while the part is unchanged (with a codec). */
  rawEntry(name: string): RawEntry | undefined {
    return this.raws.get(name);
  }

  /** How the last toBytes wrote the part, when it was checked as it was generated. */
  writtenPart(name: string): WrittenPart | undefined {
    return this.written.get(name);
  }

  /**
   * Byte ranges of the part, as last written, that copy parts of a loaded part already checked
   * well-formed (untouched rows of a worksheet); see SheetDoc.copiedRanges.
   */
  copiedRanges(name: string): readonly CopiedRange[] {
    const p = this.parts.get(name);
    return p?.kind === 'pieces' && p.copied ? p.copied() : [];
  }

  setText(name: string, text: string): void {
    this.set(name, { kind: 'text', text });
  }

  private set(name: string, part: Part): void {
    this.parts.set(name, part);
    this.edited.add(name);
    this.raws.delete(name);
  }

  remove(name: string): void {
    this.parts.delete(name);
    this.edited.delete(name);
    this.raws.delete(name);
  }

  /** [Content_Types].xml first, as Office writes it; some readers expect it there. */
  private ordered(): string[] {
    return this.names().sort((a, b) => (a === CONTENT_TYPES ? -1 : b === CONTENT_TYPES ? 1 : 0));
  }

  /**
   * The file's bytes. With a checker (and a codec), a large generated part is checked strictly as
   * its pieces are deflated (writtenPart); the caller awaits the verdict before using the bytes.
   */
  async toBytes(checker?: PartChecker): Promise<Uint8Array> {
    if (this.codec) return this.toBytesWith(this.codec, checker);
    const zip = new JSZip();
    for (const name of this.ordered()) {
      const p = this.parts.get(name)!;
      const data = p.kind === 'lazy' ? p.entry.async('uint8array') : p.kind === 'text' ? encoder.encode(p.text) : p.kind === 'bytes' ? p.bytes : concat(p.pieces());
      // A fixed date and no folder entries (JSZip stamps both with "now"): the same workbook always
      // gives the same bytes, and Excel writes no folder entries either.
      // Large parts (a sheet of 100,000 rows) deflate at level 1: about three times faster in
      // JSZip's JavaScript zlib, for a file about a third larger; small parts keep level 6.
      const fast = this.size(name) > FAST_DEFLATE_OVER;
      zip.file(name, data, { date: ZIP_DATE, createFolders: false, ...(fast ? { compression: 'DEFLATE', compressionOptions: { level: 1 } } : {}) });
    }
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }

  /** The zip through the codec: unchanged parts copied as stored, the others deflated as streams. */
  private async toBytesWith(codec: ZipCodec, checker: PartChecker | undefined): Promise<Uint8Array> {
    const items: ZipItem[] = [];
    this.written.clear();
    for (const name of this.ordered()) {
      const raw = this.raws.get(name);
      if (raw) {
        items.push({ name, entry: { chunks: [raw.data], method: raw.method, crc32: raw.crc32, size: raw.size } });
        continue;
      }
      const p = this.parts.get(name)!;
      const level = this.size(name) > FAST_DEFLATE_OVER ? 1 : 6;
      if (checker && p.kind === 'pieces' && p.size > OFF_THREAD_OVER) {
        const check = checker.stream();
        try {
          const entry = await codec.deflate(checkedPieces(p.pieces(), p.isCopy, check), level);
          this.written.set(name, { crc32: entry.crc32, size: entry.size, fault: check.close() });
          items.push({ name, entry });
        } finally {
          void check.close();
        }
        continue;
      }
      const pieces = p.kind === 'pieces' ? p.pieces() : [p.kind === 'text' ? encoder.encode(p.text) : p.kind === 'bytes' ? p.bytes : await p.entry.async('uint8array')];
      // Large parts (a sheet of 100,000 rows) deflate at level 1: several times faster, for a file
      // about a third larger; small parts keep level 6, as Excel's files have.
      items.push({ name, entry: await codec.deflate(pieces, level) });
    }
    return writeZip(items);
  }
}

export { CONTENT_TYPES, CT, REL, addOverride, addRel, freePartName, readRels, relTypeIs, relativeTarget, relsPathOf, removeOverride, removeRel, resolveTarget } from './rels';
export type { Relationship } from './rels';

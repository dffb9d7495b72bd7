/**
 * The .xlsx file as an OPC package: a zip of parts, their relationships and content types.
 *
 * Parts are kept as the bytes they were loaded with; a part becomes text only when the adapter
 * reads or edits it. Saving writes every part back, so parts the adapter does not understand
 * (charts, drawings, comments, pivot tables, images, VBA, add-in data) come out byte-identical.
 */
import JSZip from 'jszip';
import { attrsOf, escapeAttr, insertChild } from './xml';
import { entryChunks } from './zipStream';

/**
 * A part is its bytes, its text, or (for a large part of a loaded file) its zip entry, inflated
 * only when needed: a 500 MB worksheet that a command does not touch is streamed or copied, never
 * held whole in memory.
 */
type Part = { bytes: Uint8Array; text?: undefined; entry?: undefined } | { text: string; bytes?: undefined; entry?: undefined } | { entry: JSZip.JSZipObject; size: number; bytes?: undefined; text?: undefined };

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
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

export class Package {
  private constructor(
    private readonly parts: Map<string, Part>,
    /** Parts set since loading: the ones a save rewrites. */
    private readonly edited: Set<string>,
  ) {}

  /** Throws whatever JSZip throws on a file that is not a zip; callers turn that into a PortError. */
  static async load(data: Uint8Array): Promise<Package> {
    const zip = await JSZip.loadAsync(data);
    const parts = new Map<string, Part>();
    const entries = Object.values(zip.files).filter((f) => !f.dir);
    const eager = entries.filter((f) => declaredSize(f) <= EAGER_LIMIT);
    const bytes = await Promise.all(eager.map((f) => f.async('uint8array')));
    for (const f of entries) parts.set(f.name, { entry: f, size: declaredSize(f) });
    eager.forEach((f, i) => parts.set(f.name, { bytes: bytes[i]! }));
    return new Package(parts, new Set());
  }

  static fromTexts(texts: Record<string, string>): Package {
    return new Package(new Map(Object.entries(texts).map(([k, v]) => [k, { text: v }])), new Set(Object.keys(texts)));
  }

  /** A copy to edit; committing is replacing the original with it. Parts are immutable values. */
  clone(): Package {
    return new Package(new Map(this.parts), new Set(this.edited));
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
    return this.parts.get(name)?.entry !== undefined;
  }

  /** The part's uncompressed size in bytes (text parts: UTF-16 length, close enough for limits). */
  size(name: string): number {
    const p = this.parts.get(name);
    if (!p) return 0;
    if (p.entry) return p.size;
    return p.bytes ? p.bytes.length : p.text!.length;
  }

  async inflate(name: string): Promise<void> {
    const p = this.parts.get(name);
    if (p?.entry) this.parts.set(name, { bytes: await p.entry.async('uint8array') });
  }

  /**
   * The part's text in pieces, without holding the whole text: a lazy part is inflated as a
   * stream. Pieces split anywhere, even inside a tag.
   */
  async *chunks(name: string): AsyncGenerator<string> {
    const p = this.parts.get(name);
    if (!p) return;
    if (p.bytes) {
      // Decoded a piece at a time, so a large part never becomes one string here.
      const streamDecoder = new TextDecoder('utf-8');
      const step = 1 << 22;
      for (let i = 0; i < p.bytes.length; i += step) yield streamDecoder.decode(p.bytes.subarray(i, i + step), { stream: true });
      const rest = streamDecoder.decode();
      if (rest) yield rest;
      return;
    }
    if (p.text !== undefined) {
      const step = 1 << 22;
      for (let i = 0; i < p.text.length; i += step) yield p.text.slice(i, i + step);
      return;
    }
    yield* entryChunks(p.entry);
  }

  text(name: string): string | undefined {
    const p = this.parts.get(name);
    if (!p) return undefined;
    if (p.text !== undefined) return p.text;
    // A lazy part reaching here is a bug: every caller inflates the parts it reads first.
    if (p.entry) throw new Error(`part ${name} is not inflated`);
    const text = decode(p.bytes);
    this.parts.set(name, { text });
    return text;
  }

  /** Sets a part as UTF-8 bytes (a large worksheet, which is never needed as one string). */
  setBytes(name: string, bytes: Uint8Array): void {
    this.parts.set(name, { bytes });
    this.edited.add(name);
  }

  setText(name: string, text: string): void {
    this.parts.set(name, { text });
    this.edited.add(name);
  }

  remove(name: string): void {
    this.parts.delete(name);
    this.edited.delete(name);
  }

  async toBytes(): Promise<Uint8Array> {
    const zip = new JSZip();
    // [Content_Types].xml first, as Office writes it; some readers expect it there.
    const names = this.names().sort((a, b) => (a === CONTENT_TYPES ? -1 : b === CONTENT_TYPES ? 1 : 0));
    for (const name of names) {
      const p = this.parts.get(name)!;
      const data = p.entry ? p.entry.async('uint8array') : p.text !== undefined ? encoder.encode(p.text) : p.bytes;
      // A fixed date and no folder entries (JSZip stamps both with "now"): the same workbook always
      // gives the same bytes, and Excel writes no folder entries either.
      // Large parts (a sheet of 100,000 rows) deflate at level 1: about three times faster in
      // JSZip's JavaScript zlib, for a file about a third larger; small parts keep level 6.
      const fast = this.size(name) > FAST_DEFLATE_OVER;
      zip.file(name, data, { date: ZIP_DATE, createFolders: false, ...(fast ? { compression: 'DEFLATE', compressionOptions: { level: 1 } } : {}) });
    }
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

export const CONTENT_TYPES = '[Content_Types].xml';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
} as const;

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
} as const;

/** Relationship types match by their last segment, so Strict OOXML (purl.oclc.org) files read too. */
export function relTypeIs(type: string, wanted: string): boolean {
  return type === wanted || type.slice(type.lastIndexOf('/')) === wanted.slice(wanted.lastIndexOf('/'));
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved part name (no leading slash), or the raw target for external relationships. */
  readonly target: string;
  readonly external: boolean;
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** Resolves a relationship target against the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = decodeURIComponentSafe(target);
  const segments = t.startsWith('/') ? [] : dirOf(sourcePart).split('/').filter(Boolean);
  for (const s of t.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    // A target with a stray "%" is a literal name, not an encoding.
    return s;
  }
}

/** Relative target from one part's folder to another part. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = dirOf(sourcePart).split('/').filter(Boolean);
  const to = targetPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function readRels(pkg: Package, sourcePart: string): Relationship[] {
  const xml = pkg.text(relsPathOf(sourcePart));
  if (!xml) return [];
  const out: Relationship[] = [];
  const re = /<(?:[\w.-]+:)?Relationship\b[^>]*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = attrsOf(m[0]);
    if (!a.Id || !a.Type || a.Target === undefined) continue;
    const external = a.TargetMode === 'External';
    out.push({ id: a.Id, type: a.Type, target: external ? a.Target : resolveTarget(sourcePart, a.Target), external });
  }
  return out;
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship from `sourcePart` to `targetPart`; returns its new id. */
export function addRel(pkg: Package, sourcePart: string, type: string, targetPart: string): string {
  const path = relsPathOf(sourcePart);
  const xml = pkg.text(path) ?? EMPTY_RELS;
  const used = new Set(readRels(pkg, sourcePart).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget(sourcePart, targetPart))}"/>`;
  const close = xml.lastIndexOf('</');
  pkg.setText(path, close < 0 || /<(?:[\w.-]+:)?Relationships\b[^>]*\/>\s*$/.test(xml) ? EMPTY_RELS.replace('</', `${rel}</`) : xml.slice(0, close) + rel + xml.slice(close));
  return id;
}

export function removeRel(pkg: Package, sourcePart: string, id: string): void {
  const path = relsPathOf(sourcePart);
  const xml = pkg.text(path);
  if (!xml) return;
  const re = new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\bId="${id}"[^>]*>`);
  pkg.setText(path, xml.replace(re, ''));
}

export function addOverride(pkg: Package, part: string, contentType: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  if (!xml) throw new Error('package has no [Content_Types].xml');
  const el = `<Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>`;
  pkg.setText(CONTENT_TYPES, insertChild(xml, ['Default', 'Override'], 'Override', el));
}

export function removeOverride(pkg: Package, part: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  if (!xml) return;
  const re = new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`, 'i');
  pkg.setText(CONTENT_TYPES, xml.replace(re, ''));
}

/** A part name like `xl/tables/table7.xml` that is not used yet. */
export function freePartName(pkg: Package, prefix: string, ext: string): string {
  const taken = new Set(pkg.names().map((n) => n.toLowerCase()));
  let n = 1;
  while (taken.has(`${prefix}${n}${ext}`.toLowerCase())) n++;
  return `${prefix}${n}${ext}`;
}

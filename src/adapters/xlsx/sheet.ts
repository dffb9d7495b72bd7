/**
 * One worksheet part, split into its rows (kept as raw text or, for a part read from bytes, as
 * where they lie in those bytes, until a row is touched) and a "frame": the rest of the part with
 * `<sheetData/>` standing in for the rows. Edits to the frame (columns, panes, data validation,
 * table parts) go through the schema-ordered helpers in xml.ts.
 */
import { hasContent } from './cells';
import { cellAddress } from './refs';
import type { RangeRef } from './refs';
import { innerOf, parseCells, rebuiltRow, widenDimension } from './sheetRows';
import { indexSheet } from './sheetIndex';
import { ByteSink } from './byteSink';

interface RowEntry {
  /** The row's start tag, as found (attributes kept when the row is rebuilt). */
  readonly startTag: string;
  /** The row's original text while untouched and read from text; null otherwise. */
  raw: string | null;
  /** A row appended whole, kept as UTF-8 (a tenth of the memory of its cells as strings). */
  bytes?: Uint8Array | undefined;
  /** An untouched row of a part read from bytes: where it lies in them, and its place among them. */
  span?: { readonly start: number; readonly end: number; readonly index: number } | undefined;
  /** Column → cell XML, parsed on first use. */
  cells: Map<number, string> | null;
}

/**
 * Rows appended below everything else, built when the part is written (or when an edit touches
 * one of them): a 100,000-row import holds its values, not 300 MB of row XML.
 */
export interface RowBlock {
  readonly first: number;
  readonly last: number;
  readonly left: number;
  readonly right: number;
  /** Writes the row's whole XML (nothing for a row with no cells); the same bytes on every call. */
  readonly write: (row: number, out: ByteSink) => void;
  /** Roughly the block's size in UTF-8 bytes (for the part's size, which only limits use). */
  readonly size: number;
}

/** Bytes of a written part that are a copy of complete rows of the part as read. */
export interface CopiedRange {
  readonly from: number;
  readonly to: number;
  readonly bytes: Uint8Array;
}

const ROW_RE = /<(?:[\w.-]+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;

export class SheetDoc {
  readonly prefix: string;
  private frameText: string;
  private readonly rows = new Map<number, RowEntry>();
  private blocks: RowBlock[] = [];
  private sortedRows: number[] | null = null;
  private touched: RangeRef | null = null;
  private changed = false;
  /** The part's bytes, when it was read from bytes: untouched rows are written back from them. */
  private readonly source: Uint8Array | null = null;
  private readonly runPieces = new WeakSet<Uint8Array>();
  private copied: readonly CopiedRange[] = [];

  constructor(xml: string | Uint8Array) {
    const index = typeof xml === 'string' ? null : indexSheet(xml);
    if (index) {
      this.source = xml as Uint8Array;
      this.prefix = index.prefix;
      this.frameText = `${index.head}<${this.prefix}sheetData/>${index.tail}`;
      index.rows.forEach((r, i) => this.rows.set(r.row, { startTag: r.startTag, raw: null, span: { start: r.start, end: r.end, index: i }, cells: null }));
      return;
    }
    if (typeof xml !== 'string') xml = UTF8_DECODER.decode(xml).replace(/^\uFEFF/, '');
    const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
    if (!open) {
      // A worksheet without sheetData is invalid, but tolerate it as empty.
      this.prefix = '';
      this.frameText = xml;
      return;
    }
    this.prefix = open[1] ?? '';
    let inner = '';
    let end = open.index + open[0].length;
    if (open[2] !== '/') {
      const close = xml.indexOf(`</${this.prefix}sheetData>`, end);
      inner = xml.slice(end, close < 0 ? xml.length : close);
      end = close < 0 ? xml.length : close + `</${this.prefix}sheetData>`.length;
    }
    this.frameText = `${xml.slice(0, open.index)}<${this.prefix}sheetData/>${xml.slice(end)}`;
    let prev = 0;
    ROW_RE.lastIndex = 0;
    for (let m = ROW_RE.exec(inner); m; m = ROW_RE.exec(inner)) {
      const r = /\br\s*=\s*"(\d+)"/.exec(m[1] ?? '');
      const row = r ? Number(r[1]) : prev + 1;
      prev = row;
      const startTag = /^<[^>]*?\/?>/.exec(m[0])![0];
      this.rows.set(row, { startTag, raw: m[0], cells: null });
    }
  }

  get frame(): string {
    return this.frameText;
  }

  set frame(text: string) {
    this.frameText = text;
    this.changed = true;
  }

  get dirty(): boolean {
    return this.changed;
  }

  rowNumbers(): number[] {
    this.materialize();
    if (!this.sortedRows) this.sortedRows = [...this.rows.keys()].sort((a, b) => a - b);
    return this.sortedRows;
  }

  /** The cells of a row (column → cell XML); empty when the row does not exist. Do not mutate. */
  cells(row: number): ReadonlyMap<number, string> {
    this.materialize(row);
    const entry = this.rows.get(row);
    if (!entry) return new Map();
    if (!entry.cells) entry.cells = parseCells(this.rawOf(entry), row);
    return entry.cells;
  }

  hasRow(row: number): boolean {
    this.materialize(row);
    return this.rows.has(row);
  }

  /**
   * Appends rows below every existing row, built only when written (see RowBlock). A later edit
   * that reads or changes one of them turns the block into ordinary rows first.
   */
  addBlock(block: RowBlock): void {
    this.blocks.push(block);
    this.changed = true;
    this.touch(block.first, block.left);
    this.touch(block.last, block.right);
  }

  /** Turns the blocks holding `row` (all blocks, when no row is given) into ordinary rows. */
  private materialize(row?: number): void {
    if (this.blocks.length === 0) return;
    const hit = this.blocks.filter((b) => row === undefined || (row >= b.first && row <= b.last));
    if (hit.length === 0) return;
    this.blocks = this.blocks.filter((b) => !hit.includes(b));
    for (const b of hit) {
      for (let r = b.first; r <= b.last; r++) {
        const out = new ByteSink();
        b.write(r, out);
        out.flush();
        const bytes = out.done[0];
        if (bytes) this.rows.set(r, { startTag: `<${this.prefix}row r="${r}">`, raw: null, bytes, cells: null });
      }
    }
    this.sortedRows = null;
  }

  /** Roughly the part's size in UTF-8 bytes. */
  size(): number {
    return (this.source?.length ?? 0) + this.blocks.reduce((n, b) => n + b.size, 0) + this.frameText.length;
  }

  cell(row: number, col: number): string | undefined {
    return this.cells(row).get(col);
  }

  /** Sets (or with null removes) one cell's XML. */
  setCell(row: number, col: number, xml: string | null): void {
    this.materialize(row);
    let entry = this.rows.get(row);
    if (!entry) {
      if (xml === null) return;
      entry = { startTag: `<${this.prefix}row r="${row}">`, raw: null, cells: new Map() };
      this.rows.set(row, entry);
      this.sortedRows = null;
    }
    if (!entry.cells) entry.cells = parseCells(this.rawOf(entry), row);
    entry.raw = null;
    entry.bytes = undefined;
    entry.span = undefined;
    if (xml === null) entry.cells.delete(col);
    else entry.cells.set(col, xml);
    this.changed = true;
    this.touch(row, col);
  }

  private touch(row: number, col: number): void {
    const t = this.touched;
    this.touched = t
      ? { top: Math.min(t.top, row), left: Math.min(t.left, col), bottom: Math.max(t.bottom, row), right: Math.max(t.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }

  /** First cell with content (value, formula or inline string) inside a range, as an address. */
  firstOccupied(range: RangeRef): string | undefined {
    for (const row of this.rowNumbers()) {
      if (row < range.top || row > range.bottom) continue;
      for (const [col, xml] of this.cells(row)) {
        if (col >= range.left && col <= range.right && hasContent(innerOf(xml))) return cellAddress(row, col);
      }
    }
    return undefined;
  }

  /** Last row and column that hold content; 0 when the sheet is empty. */
  extent(): { lastRow: number; lastCol: number } {
    let lastRow = 0;
    let lastCol = 0;
    for (const row of this.rowNumbers()) {
      for (const [col, xml] of this.cells(row)) {
        if (!hasContent(innerOf(xml))) continue;
        if (row > lastRow) lastRow = row;
        if (col > lastCol) lastCol = col;
      }
    }
    return { lastRow, lastCol };
  }

  serialize(): string {
    const decoder = new TextDecoder('utf-8');
    let out = '';
    for (const piece of this.chunks()) out += decoder.decode(piece, { stream: true });
    return out + decoder.decode();
  }

  /**
   * The part as UTF-8 pieces, in order: the frame up to the rows, each row, the rest of the frame.
   * Untouched rows read from bytes come out as those bytes (a run of them as one piece); text is
   * encoded a megabyte at a time, so a large sheet never exists as one string (which V8 caps at
   * 2^29 characters, and which costs two bytes a character when formulas hold Chinese names).
   * Gives the same bytes on every call.
   */
  *chunks(): Generator<Uint8Array> {
    const copied: CopiedRange[] = [];
    let at = 0;
    for (const piece of this.pieces()) {
      if (this.runPieces.has(piece)) copied.push({ from: at, to: at + piece.length, bytes: piece });
      at += piece.length;
      yield piece;
    }
    this.copied = copied;
  }

  /**
   * Where the last complete chunks() put untouched rows copied from the part as it was read (and
   * checked well-formed, see Book.doc): a check of the written part can compare those bytes
   * instead of parsing them again. Empty before the first chunks().
   */
  copiedRanges(): readonly CopiedRange[] {
    return this.copied;
  }

  /** True for a piece of chunks() that copies untouched rows as they were read (see copiedRanges). */
  isCopied(piece: Uint8Array): boolean {
    return this.runPieces.has(piece);
  }

  private *pieces(): Generator<Uint8Array> {
    const p = this.prefix;
    const runPieces = this.runPieces;
    let frame = this.frameText;
    if (this.touched) frame = widenDimension(frame, this.touched);
    const at = frame.indexOf(`<${p}sheetData/>`);
    const head = frame.slice(0, at);
    const tail = frame.slice(at + `<${p}sheetData/>`.length);
    const rows = [...this.rows.keys()].sort((a, b) => a - b);
    const blocks = [...this.blocks].sort((a, b) => a.first - b.first);
    if (rows.length === 0 && blocks.length === 0) {
      yield UTF8.encode(`${head}<${p}sheetData/>${tail}`);
      return;
    }
    let text = `${head}<${p}sheetData>`;
    let run: { start: number; end: number; index: number } | null = null;
    const flushRun = function* (source: Uint8Array | null): Generator<Uint8Array> {
      if (run && source) {
        const piece = source.subarray(run.start, run.end);
        runPieces.add(piece);
        yield piece;
      }
      run = null;
    };
    const flushText = function* (): Generator<Uint8Array> {
      if (text) yield UTF8.encode(text);
      text = '';
    };
    let b = 0;
    const emitBlock = function* (block: RowBlock): Generator<Uint8Array> {
      yield* flushText();
      const out = new ByteSink();
      for (let r = block.first; r <= block.last; r++) {
        block.write(r, out);
        if (out.done.length > 0) yield* out.done.splice(0);
      }
      out.flush();
      yield* out.done;
    };
    for (const row of rows) {
      while (b < blocks.length && blocks[b]!.first < row) {
        yield* flushRun(this.source);
        yield* emitBlock(blocks[b++]!);
      }
      const entry = this.rows.get(row)!;
      const span = entry.span;
      if (span && this.source) {
        if (run && span.index === run.index + 1 && span.start >= run.end) run = { start: run.start, end: span.end, index: span.index };
        else {
          yield* flushRun(this.source);
          yield* flushText();
          run = { ...span };
        }
        continue;
      }
      yield* flushRun(this.source);
      if (entry.raw !== null) text += entry.raw;
      else if (entry.bytes) {
        yield* flushText();
        yield entry.bytes;
      } else text += rebuiltRow(entry.startTag, entry.cells ?? new Map(), row, p);
      if (text.length >= 1 << 20) yield* flushText();
    }
    yield* flushRun(this.source);
    while (b < blocks.length) yield* emitBlock(blocks[b++]!);
    text += `</${p}sheetData>${tail}`;
    yield* flushText();
  }

  private rawOf(entry: RowEntry): string {
    if (entry.raw !== null) return entry.raw;
    if (entry.bytes) return UTF8_DECODER.decode(entry.bytes);
    if (entry.span && this.source) return UTF8_DECODER.decode(this.source.subarray(entry.span.start, entry.span.end));
    return '';
  }
}

const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder('utf-8');

export { attrTextOf, innerOf } from './sheetRows';

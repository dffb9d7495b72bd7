/**
 * One worksheet part, split into its rows (kept as raw text until a row is touched) and a "frame":
 * the rest of the part with `<sheetData/>` standing in for the rows. Edits to the frame (columns,
 * panes, data validation, table parts) go through the schema-ordered helpers in xml.ts.
 */
import { CELL_RE, hasContent } from './cells';
import { cellAddress, formatRange, parseCell, parseRange } from './refs';
import type { RangeRef } from './refs';
import { setAttr } from './xml';

interface RowEntry {
  /** The row's start tag, as found (attributes kept when the row is rebuilt). */
  readonly startTag: string;
  /** The row's original text while untouched; null once rebuilt from `cells`. */
  raw: string | null;
  /** A row appended whole, kept as UTF-8 (a tenth of the memory of its cells as strings). */
  bytes?: Uint8Array | undefined;
  /** Column → cell XML, parsed on first use. */
  cells: Map<number, string> | null;
}

const ROW_RE = /<(?:[\w.-]+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;

export class SheetDoc {
  readonly prefix: string;
  private frameText: string;
  private readonly rows = new Map<number, RowEntry>();
  private sortedRows: number[] | null = null;
  private touched: RangeRef | null = null;
  private changed = false;

  constructor(xml: string) {
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
    if (!this.sortedRows) this.sortedRows = [...this.rows.keys()].sort((a, b) => a - b);
    return this.sortedRows;
  }

  /** The cells of a row (column → cell XML); empty when the row does not exist. Do not mutate. */
  cells(row: number): ReadonlyMap<number, string> {
    const entry = this.rows.get(row);
    if (!entry) return new Map();
    if (!entry.cells) entry.cells = parseCells(rawOf(entry), row);
    return entry.cells;
  }

  hasRow(row: number): boolean {
    return this.rows.has(row);
  }

  /**
   * Adds a row that does not exist yet from its cells' XML (in column order, `left`..`right`):
   * appending many rows costs one UTF-8 buffer each instead of a map of strings.
   */
  addRow(row: number, cellsXml: string, left: number, right: number): void {
    const p = this.prefix;
    this.rows.set(row, { startTag: `<${p}row r="${row}">`, raw: null, bytes: UTF8.encode(`<${p}row r="${row}">${cellsXml}</${p}row>`), cells: null });
    this.sortedRows = null;
    this.changed = true;
    this.touch(row, left);
    this.touch(row, right);
  }

  cell(row: number, col: number): string | undefined {
    return this.cells(row).get(col);
  }

  /** Sets (or with null removes) one cell's XML. */
  setCell(row: number, col: number, xml: string | null): void {
    let entry = this.rows.get(row);
    if (!entry) {
      if (xml === null) return;
      entry = { startTag: `<${this.prefix}row r="${row}">`, raw: null, cells: new Map() };
      this.rows.set(row, entry);
      this.sortedRows = null;
    }
    if (!entry.cells) entry.cells = parseCells(rawOf(entry), row);
    entry.raw = null;
    entry.bytes = undefined;
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
    return this.pieces()
      .map((p) => (typeof p === 'string' ? p : UTF8_DECODER.decode(p)))
      .join('');
  }

  /**
   * The part as UTF-8, encoded a megabyte of text at a time: a large sheet never exists as one
   * string (which V8 caps at 2^29 characters, and which costs two bytes a character when the
   * formulas hold Chinese column names).
   */
  serializeBytes(): Uint8Array {
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [];
    let group: string[] = [];
    let length = 0;
    const flush = (): void => {
      if (group.length) chunks.push(encoder.encode(group.join('')));
      group = [];
      length = 0;
    };
    for (const piece of this.pieces()) {
      if (typeof piece !== 'string') {
        flush();
        chunks.push(piece);
        continue;
      }
      group.push(piece);
      length += piece.length;
      if (length >= 1 << 20) flush();
    }
    flush();
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /** The part's text in order: the frame up to the rows, each row, the rest of the frame. */
  private pieces(): (string | Uint8Array)[] {
    const p = this.prefix;
    const parts: (string | Uint8Array)[] = [];
    for (const row of this.rowNumbers()) {
      const entry = this.rows.get(row)!;
      if (entry.raw !== null) {
        parts.push(entry.raw);
        continue;
      }
      if (entry.bytes) {
        parts.push(entry.bytes);
        continue;
      }
      const cells = [...entry.cells!.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
      // `spans` is only an optimization hint; a stale one is worse than none.
      let tag = setAttr(setAttr(entry.startTag.replace(/\/>$/, '>'), 'spans', null), 'r', String(row));
      if (!tag.endsWith('>')) tag += '>';
      if (cells.length === 0 && !/\b(?:customFormat|customHeight|hidden|ht|s)\s*=/.test(tag)) continue;
      parts.push(`${tag}${cells.join('')}</${p}row>`);
    }
    let frame = this.frameText;
    if (this.touched) frame = widenDimension(frame, this.touched);
    const at = frame.indexOf(`<${p}sheetData/>`);
    const head = frame.slice(0, at);
    const tail = frame.slice(at + `<${p}sheetData/>`.length);
    if (parts.length === 0) return [head, `<${p}sheetData/>`, tail];
    return [`${head}<${p}sheetData>`, ...parts, `</${p}sheetData>${tail}`];
  }
}

const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder('utf-8');

function rawOf(entry: RowEntry): string {
  return entry.raw ?? (entry.bytes ? UTF8_DECODER.decode(entry.bytes) : '');
}

function parseCells(rowXml: string, row: number): Map<number, string> {
  const cells = new Map<number, string>();
  const body = rowXml.replace(/^<[^>]*?\/?>/, '');
  let prev = 0;
  CELL_RE.lastIndex = 0;
  for (let m = CELL_RE.exec(body); m; m = CELL_RE.exec(body)) {
    const r = /\br\s*=\s*"([^"]+)"/.exec(m[1] ?? '');
    const col = (r ? parseCell(r[1]!)?.col : undefined) ?? prev + 1;
    prev = col;
    // A cell without its address gets one, so that it survives being re-ordered.
    cells.set(col, r ? m[0] : m[0].replace(/^<((?:[\w.-]+:)?)c\b/, `$& r="${cellAddress(row, col)}"`));
  }
  return cells;
}

/** Inner XML of a cell element (undefined when self-closing). */
export function innerOf(cellXml: string): string | undefined {
  const gt = cellXml.indexOf('>');
  if (cellXml[gt - 1] === '/') return undefined;
  return cellXml.slice(gt + 1, cellXml.lastIndexOf('</'));
}

/** Start-tag attribute text of a cell element. */
export function attrTextOf(cellXml: string): string {
  return /^<(?:[\w.-]+:)?c\b([^>]*?)\/?>/.exec(cellXml)?.[1] ?? '';
}

function widenDimension(frame: string, touched: RangeRef): string {
  const m = /<(?:[\w.-]+:)?dimension\b[^>]*>/.exec(frame);
  if (!m) return frame;
  const ref = /\bref\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
  const old = ref ? parseRange(ref) : null;
  const fresh = !old || (old.top === 1 && old.left === 1 && old.bottom === 1 && old.right === 1);
  const r = fresh
    ? touched
    : {
        top: Math.min(old.top, touched.top),
        left: Math.min(old.left, touched.left),
        bottom: Math.max(old.bottom, touched.bottom),
        right: Math.max(old.right, touched.right),
      };
  const tag = setAttr(m[0], 'ref', formatRange({ top: Math.min(r.top, 1), left: Math.min(r.left, 1), bottom: r.bottom, right: r.right }));
  return frame.slice(0, m.index) + tag + frame.slice(m.index + m[0].length);
}

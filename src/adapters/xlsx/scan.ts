/**
 * Reads a worksheet part as a stream: rows are matched as the part is inflated, only the cells
 * inside the requested windows are kept, and the sheet's extent (last row and column with
 * content) is counted on the way. Memory stays proportional to the cells kept, not to the part,
 * so a 500 MB sheet that holds no table a command needs costs a pass, not the part's size.
 *
 * The scan also checks the part's structure: rows must follow one another inside a closed
 * sheetData, and the root element must be closed; a truncated or garbled part is reported.
 */
import type { CellValue } from '../../core/port/types';
import { cellValue, hasContent } from './cells';
import { utf8FromLatin1 } from './package';
import type { Package } from './package';
import type { RangeRef } from './refs';
import type { SharedStrings } from './sharedStrings';

export interface ScanResult {
  readonly lastRow: number;
  readonly lastCol: number;
}

/** A block of cells to keep; the scan fills `rows[row - top][col - left]` (rows without content stay undefined). */
export interface ScanWindow extends RangeRef {
  readonly rows: (CellValue[] | undefined)[];
  /**
   * Kept only while the budget allows (a read-ahead): past the budget the scan empties it, sets
   * `dropped` and goes on, where a required window stops the scan with ScanBudget.
   */
  readonly optional?: boolean;
  dropped?: boolean;
}

export function scanWindow(range: RangeRef, optional = false): ScanWindow {
  return { ...range, rows: [], ...(optional ? { optional } : {}) };
}

/** Longest stretch of a part the scan holds while looking for a row's end. */
const MAX_PENDING = 16 << 20;

/** Thrown when the part is not a well-formed worksheet; the caller names the part. */
export class ScanFault extends Error {}

/** Thrown when the windows hold more cells than the budget allows. */
export class ScanBudget extends Error {}

const ROW_NUMBER = /\br\s*=\s*"(\d+)"/;
const CELL_REF = /\br\s*=\s*"([^"]+)"/;

/** Column number of a cell reference such as "AB12" or "$AB$12"; 0 when there are no letters. */
function colOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else if (c !== 36 /* $ */ || n > 0) break;
  }
  return n;
}

class RowSink {
  /** The worksheet's namespace prefix ("" or e.g. "x:"), known once sheetData is found. */
  prefix = '';
  lastRow = 0;
  lastCol = 0;
  kept = 0;
  private prevRow = 0;

  private windows: readonly ScanWindow[];

  constructor(
    windows: readonly ScanWindow[],
    private readonly sst: SharedStrings,
    private readonly budget: number,
    /** Turns the scanned text into a value's text (UTF-8 from Latin-1, or as it is). */
    private readonly text: (s: string) => string,
  ) {
    this.windows = windows;
  }

  /** Over budget: optional windows are dropped first; only required ones over budget stop the scan. */
  private overBudget(): void {
    const optional = this.windows.filter((w) => w.optional);
    if (optional.length === 0) throw new ScanBudget();
    for (const w of optional) {
      for (const r of w.rows) if (r) this.kept -= r.length;
      w.rows.length = 0;
      w.dropped = true;
    }
    this.windows = this.windows.filter((w) => !w.optional);
    if (this.kept > this.budget) throw new ScanBudget();
  }

  row(attrs: string, body: string | undefined): void {
    const r = ROW_NUMBER.exec(attrs);
    const row = r ? Number(r[1]) : this.prevRow + 1;
    this.prevRow = row;
    if (!body) return;
    const wanted = this.windows.filter((w) => row >= w.top && row <= w.bottom);
    if (wanted.length === 0 && this.prefix === '' && this.extentOnly(row, body)) return;
    let prevCol = 0;
    // Cells are found with indexOf rather than a regular expression: a formula's text, the bulk
    // of a sheet, is then passed over at memchr speed instead of a character at a time.
    const open = `<${this.prefix}c`;
    const close = `</${this.prefix}c>`;
    for (let at = body.indexOf(open), end = 0; at >= 0; at = body.indexOf(open, end)) {
      end = at + 1;
      if (!isTagEnd(body.charCodeAt(at + open.length))) continue;
      const gt = body.indexOf('>', at);
      if (gt < 0) break;
      let attrText: string;
      let inner: string | undefined;
      if (body.charCodeAt(gt - 1) === 47 /* / */) {
        attrText = body.slice(at + open.length, gt - 1);
        end = gt + 1;
      } else {
        const c = body.indexOf(close, gt + 1);
        if (c < 0) break;
        attrText = body.slice(at + open.length, gt);
        inner = body.slice(gt + 1, c);
        end = c + close.length;
      }
      const ref = CELL_REF.exec(attrText);
      const col = (ref ? colOf(ref[1]!) : 0) || prevCol + 1;
      prevCol = col;
      if (!hasContent(inner)) continue;
      if (row > this.lastRow) this.lastRow = row;
      if (col > this.lastCol) this.lastCol = col;
      for (const w of wanted) {
        if (col < w.left || col > w.right || w.dropped) continue;
        const i = row - w.top;
        let cells = w.rows[i];
        if (!cells) {
          cells = new Array<CellValue>(w.right - w.left + 1).fill(null);
          w.rows[i] = cells;
          this.kept += cells.length;
          if (this.kept > this.budget) {
            this.overBudget();
            if (w.dropped) continue;
          }
        }
        cells[col - w.left] = cellValue(attrText, inner, this.sst, this.text);
      }
    }
  }

  /**
   * A row outside every window only moves the extent: its last cell with a value, formula or
   * inline string (cells are in column order) is found from the end, without parsing the others.
   * False when the row needs the full parse (a cell without its address).
   */
  private extentOnly(row: number, body: string): boolean {
    const at = Math.max(body.lastIndexOf('<v'), body.lastIndexOf('<f'), body.lastIndexOf('<is'));
    if (at < 0) return true;
    const start = body.lastIndexOf('<c ', at);
    if (start < 0) return false;
    const ref = CELL_REF.exec(body.slice(start, body.indexOf('>', start)));
    const col = ref ? colOf(ref[1]!) : 0;
    if (col === 0) return false;
    if (row > this.lastRow) this.lastRow = row;
    if (col > this.lastCol) this.lastCol = col;
    return true;
  }
}

export async function scanSheet(pkg: Package, part: string, windows: readonly ScanWindow[], sst: SharedStrings, budget: number): Promise<ScanResult> {
  const latin1 = pkg.latin1Chunks(part);
  const sink = new RowSink(windows, sst, budget, latin1 ? utf8FromLatin1 : (s) => s);
  const source = latin1 ?? pkg.chunks(part);
  let state: 'before' | 'rows' | 'after' = 'before';
  let prefix = '';
  let buf = '';
  // Pieces are gathered to about 32,000 characters: fewer regex passes, while each piece stays
  // small enough for the young generation (a megabyte string is a large object, freed late).
  let pending: string[] = [];
  let pendingLength = 0;
  const pieces = async function* (): AsyncGenerator<string> {
    for await (const chunk of source) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength < 1 << 15) continue;
      yield pending.join('');
      pending = [];
      pendingLength = 0;
    }
    if (pending.length) yield pending.join('');
  };
  for await (const chunk of pieces()) {
    buf += chunk;
    if (state === 'before') {
      const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(buf);
      if (!open) {
        // The frame before the rows is small; a part that never starts its rows is not a worksheet.
        if (buf.length > MAX_PENDING) throw new ScanFault('no sheetData element');
        continue;
      }
      prefix = open[1] ?? '';
      sink.prefix = prefix;
      state = open[2] === '/' ? 'after' : 'rows';
      buf = buf.slice(open.index + open[0].length);
    }
    if (state === 'rows') {
      buf = takeRows(buf, prefix, sink, (done) => (state = done ? 'after' : 'rows'));
    }
    // After sheetData only the frame's tail is left; keep just enough to see the root's end tag.
    if (state === 'after' && buf.length > 4096) buf = buf.slice(-4096);
  }
  if (state !== 'after' || !new RegExp(`</(?:[\\w.-]+:)?worksheet>\\s*$`).test(buf)) throw new ScanFault('the part ends before its last element is closed (truncated)');
  return { lastRow: sink.lastRow, lastCol: sink.lastCol };
}

/** After an element's name: white space, ">" or "/" (so `<c` is not `<col`). */
function isTagEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 62 || code === 47;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Consumes the complete rows at the start of `buf`; returns what is left for the next chunk. */
function takeRows(buf: string, prefix: string, sink: RowSink, setDone: (done: boolean) => void): string {
  const open = `<${prefix}row`;
  const closeRow = `</${prefix}row>`;
  let end = 0;
  for (;;) {
    let at = end;
    while (at < buf.length && isSpace(buf.charCodeAt(at))) at++;
    if (!buf.startsWith(open, at) || !isTagEnd(buf.charCodeAt(at + open.length))) break;
    const gt = buf.indexOf('>', at);
    if (gt < 0) break;
    if (buf.charCodeAt(gt - 1) === 47 /* / */) {
      sink.row(buf.slice(at + open.length, gt - 1), undefined);
      end = gt + 1;
      continue;
    }
    const c = buf.indexOf(closeRow, gt + 1);
    if (c < 0) break;
    sink.row(buf.slice(at + open.length, gt), buf.slice(gt + 1, c));
    end = c + closeRow.length;
  }
  const rest = buf.slice(end);
  const trimmed = rest.trimStart();
  const close = `</${prefix}sheetData>`;
  if (trimmed.startsWith(close)) {
    setDone(true);
    return trimmed.slice(close.length);
  }
  if (rest.length > MAX_PENDING) throw new ScanFault('a row that does not end');
  // Anything but the start of another row (or of the end tag) here is not a worksheet.
  // (A piece may end inside a row's start tag or inside the end tag.)
  if (trimmed !== '' && !trimmed.startsWith(open) && !open.startsWith(trimmed) && !close.startsWith(trimmed)) {
    throw new ScanFault('unexpected content between rows');
  }
  return rest;
}

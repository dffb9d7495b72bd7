/**
 * Where each row of a worksheet part lies in its UTF-8 bytes, found without decoding the rows:
 * a 150 MB sheet stays 150 MB of bytes (as text it would be 300 MB of UTF-16), rows are decoded
 * only when an edit touches them, and rows left alone are written back as the same bytes.
 *
 * Markup is ASCII, and every byte of a multi-byte UTF-8 character is 0x80 or above, so looking
 * for "<", "row" and ">" among the bytes finds exactly what a search of the text would find. The
 * part has been checked well-formed before (Book.doc); anything but rows and whitespace inside
 * sheetData (a comment, say) gives null, and the caller reads the part as text instead.
 */

export interface RowSpan {
  readonly row: number;
  /** The row's start tag (ASCII in practice; decoded as UTF-8). */
  readonly startTag: string;
  readonly start: number;
  readonly end: number;
}

export interface SheetIndex {
  /** The namespace prefix of the worksheet's elements ("" or e.g. "x:"). */
  readonly prefix: string;
  /** Text before `<sheetData…>`, and after `</sheetData>` (or after `<sheetData/>`). */
  readonly head: string;
  readonly tail: string;
  readonly rows: RowSpan[];
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const utf8 = new TextDecoder('utf-8');

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** True when `bytes` holds `word` at `at`. */
function has(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

/** First `word` at or after `from` (word starts with "<"); -1 when absent. */
function find(bytes: Uint8Array, word: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(LT, from); at >= 0; at = bytes.indexOf(LT, at + 1)) if (has(bytes, at, word)) return at;
  return -1;
}

/** The text of a part's first bytes, enough to find sheetData in (the frame before it is small). */
const HEAD_SEARCH = 1 << 20;

export function indexSheet(bytes: Uint8Array): SheetIndex | null {
  const headText = utf8.decode(bytes.subarray(0, HEAD_SEARCH));
  const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(headText);
  // Only where the text before is ASCII do text and byte offsets agree.
  if (!open) return null;
  for (let i = 0; i < open.index + open[0].length; i++) if (headText.charCodeAt(i) > 0x7f) return null;
  const prefix = open[1] ?? '';
  const head = headText.slice(0, open.index);
  let at = open.index + open[0].length;
  if (open[2] === '/') return { prefix, head, tail: utf8.decode(bytes.subarray(at)), rows: [] };
  const rowOpen = ascii(`<${prefix}row`);
  const rowClose = ascii(`</${prefix}row>`);
  const close = ascii(`</${prefix}sheetData>`);
  const rows: RowSpan[] = [];
  let prev = 0;
  for (;;) {
    while (isSpace(bytes[at])) at++;
    if (at >= bytes.length) return null;
    if (has(bytes, at, close)) {
      return { prefix, head, tail: utf8.decode(bytes.subarray(at + close.length)), rows };
    }
    const next = bytes[at + rowOpen.length];
    if (!has(bytes, at, rowOpen) || !(isSpace(next) || next === GT || next === SLASH)) return null;
    const gt = bytes.indexOf(GT, at);
    if (gt < 0) return null;
    const startTag = utf8.decode(bytes.subarray(at, gt + 1));
    let end: number;
    if (bytes[gt - 1] === SLASH) end = gt + 1;
    else {
      const c = find(bytes, rowClose, gt);
      if (c < 0) return null;
      end = c + rowClose.length;
    }
    const r = /\br\s*=\s*"(\d+)"/.exec(startTag);
    const row = r ? Number(r[1]) : prev + 1;
    prev = row;
    rows.push({ row, startTag, start: at, end });
    at = end;
  }
}

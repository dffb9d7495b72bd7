/** Helpers of SheetDoc (sheet.ts) for single rows and cells, and for the frame's dimension. */
import { CELL_RE } from './cells';
import { cellAddress, formatRange, parseCell, parseRange } from './refs';
import type { RangeRef } from './refs';
import { setAttr } from './xml';

/** A row rebuilt from its cells ('' when nothing is left worth keeping). */
export function rebuiltRow(startTag: string, cellMap: ReadonlyMap<number, string>, row: number, p: string): string {
  const cells = [...cellMap.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  // `spans` is only an optimization hint; a stale one is worse than none.
  let tag = setAttr(setAttr(startTag.replace(/\/>$/, '>'), 'spans', null), 'r', String(row));
  if (!tag.endsWith('>')) tag += '>';
  if (cells.length === 0 && !/\b(?:customFormat|customHeight|hidden|ht|s)\s*=/.test(tag)) return '';
  return `${tag}${cells.join('')}</${p}row>`;
}

export function parseCells(rowXml: string, row: number): Map<number, string> {
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

export function widenDimension(frame: string, touched: RangeRef): string {
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

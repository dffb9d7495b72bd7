/** A1 addresses from the port's 1-based coordinates. */

import { columnLetters } from '../../core/model/a1';

export { columnLetters };

/** "B3" or "B3:D9" for a block whose top-left cell is (row, col), both 1-based. */
export function blockAddress(row: number, col: number, rows: number, cols: number): string {
  const tl = `${columnLetters(col)}${row}`;
  if (rows === 1 && cols === 1) return tl;
  return `${tl}:${columnLetters(col + cols - 1)}${row + rows - 1}`;
}

/** "B3" or "$B$3:D9" → its top-left cell (1-based) and size; null when it is not a plain A1 range. */
export function parseBlock(address: string): { row: number; col: number; rows: number; cols: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(address.trim());
  if (!m) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const [top, bottom, left, right] = [Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2)];
  // Excel's last row and column.
  if (top < 1 || left < 1 || bottom > 1048576 || right > 16384) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

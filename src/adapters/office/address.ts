/** A1 addresses from the port's 1-based coordinates. */

export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B3" or "B3:D9" for a block whose top-left cell is (row, col), both 1-based. */
export function blockAddress(row: number, col: number, rows: number, cols: number): string {
  const tl = `${columnLetters(col)}${row}`;
  if (rows === 1 && cols === 1) return tl;
  return `${tl}:${columnLetters(col + cols - 1)}${row + rows - 1}`;
}

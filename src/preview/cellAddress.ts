/** A1 addresses as the services hand them to `select` ("H12", "$H$12", "A12:Z12", "Sheet!H12"). */

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** The first cell of an address; undefined when it is not an A1 reference. */
export function firstCellOf(address: string): CellRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.replace(/^.*!/, '').trim());
  if (!m) return undefined;
  const letters = (m[1] as string).toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row > 0 ? { row, col } : undefined;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

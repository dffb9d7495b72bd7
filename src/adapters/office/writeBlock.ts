import type { CellInput } from '../../core/port/types';
import { blockAddress } from './address';
import { PAYLOAD_BUDGET_BYTES, estimateBytes } from './payload';
import { toOfficeValue } from './toOfficeValue';
import type { WriteBatch } from './writeBatch';

/** A converted cell: what goes in the matrix. `null` leaves the cell as it is (documented). */
export type OfficeCell = string | number | boolean | null;

export interface Block {
  readonly cells: OfficeCell[][];
  /** Rows that hold a formula must be written through `Range.formulas`. */
  readonly formulaRows: boolean[];
  readonly width: number;
}

/**
 * Converts rows to a rectangular block. Missing cells (ragged rows) are `null`, which leaves them
 * unchanged; `nullAs` says what a `null` input means: '' clears the cell, null leaves it (so that a
 * calculated column fills it when a table grows).
 */
export function toBlock(rows: readonly (readonly CellInput[])[], width: number, nullAs: '' | null): Block {
  const formulaRows: boolean[] = [];
  const cells = rows.map((row) => {
    let hasFormula = false;
    const out: OfficeCell[] = new Array(width).fill(null);
    for (let j = 0; j < Math.min(row.length, width); j++) {
      const v = row[j];
      if (v === null) out[j] = nullAs;
      else {
        if (typeof v === 'object') hasFormula = true;
        out[j] = toOfficeValue(v);
      }
    }
    formulaRows.push(hasFormula);
    return out;
  });
  return { cells, formulaRows, width };
}

/** Rows per request are bounded by a share of the payload budget. */
const CHUNK_BYTES = Math.floor(PAYLOAD_BUDGET_BYTES / 2);

/**
 * Queues a block at (row, col) in chunks of whole rows, each within the payload budget; a chunk that
 * holds a formula goes through `Range.formulas` (constants there are entered the same way as
 * through `Range.values`), the others through `Range.values`. Reports each chunk's rows as work.
 */
export async function writeBlock(batch: WriteBatch, ws: Excel.Worksheet, row: number, col: number, block: Block): Promise<void> {
  let i = 0;
  while (i < block.cells.length) {
    let bytes = 0;
    let j = i;
    let formulas = false;
    while (j < block.cells.length) {
      const b = estimateBytes(block.cells[j]) + 1;
      if (j > i && bytes + b > CHUNK_BYTES) break;
      bytes += b;
      formulas ||= block.formulaRows[j];
      j++;
    }
    await batch.reserve(bytes);
    const range = ws.getRange(blockAddress(row + i, col, j - i, block.width));
    const part = block.cells.slice(i, j);
    if (formulas) range.formulas = part;
    else range.values = part;
    batch.worked(j - i);
    i = j;
  }
}

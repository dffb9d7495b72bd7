/** A sparse block of cells with per-cell number formats, turned into writeCells operations. */
import type { CellInput, WriteOp } from '../port/types';
import { columnLetters } from '../model/a1';

export class Grid {
  private readonly cells = new Map<number, Map<number, CellInput>>();
  private readonly formats = new Map<string, string>();

  set(row: number, col: number, value: CellInput, format?: string): void {
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    r.set(col, value);
    if (format) this.formats.set(`${row},${col}`, format);
  }

  get lastRow(): number {
    return Math.max(0, ...this.cells.keys());
  }

  /** One writeCells per block of columns [left, right], then one per formatted cell. */
  ops(sheet: string, left: number, right: number): WriteOp[] {
    const last = this.lastRow;
    if (last === 0) return [];
    const values: CellInput[][] = [];
    for (let row = 1; row <= last; row++) {
      const r = this.cells.get(row);
      values.push(Array.from({ length: right - left + 1 }, (_, i) => r?.get(left + i) ?? null));
    }
    const ops: WriteOp[] = [{ op: 'writeCells', sheet, row: 1, col: left, values }];
    for (const [key, numberFormat] of this.formats) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      if (col < left || col > right) continue;
      ops.push({ op: 'writeCells', sheet, row, col, values: [[this.cells.get(row)?.get(col) ?? null]], numberFormat });
    }
    return ops;
  }
}

export const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;

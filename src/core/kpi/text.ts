import type { CellValue } from '../port/types';

/** Excel's "=" between a cell and a text: case-insensitive, and only a text equals a text. */
export function matchText(cell: CellValue, text: string): boolean {
  return typeof cell === 'string' && cell.toLowerCase() === text.toLowerCase();
}

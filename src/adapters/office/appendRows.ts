/**
 * How rows get into a table. FACTS: Excel checks a formula as it is entered, and a this-row
 * reference belongs in a cell that is already in the table's body; whether rows written right below
 * a table join it depends on the user's AutoCorrect option "Include new rows and columns in table"
 * (office-js #2093, #3013, #3191).
 *
 * - Rows of constants (and tables without a totals row) are written right below the table, which
 *   Microsoft recommends for co-authoring (FACTS); the table's row count is loaded in the same,
 *   final request, and rows the table did not take are cleared and added with
 *   `TableRowCollection.add` in one more request (only then).
 * - Rows holding a formula, and every row of a table with a totals row, enter through
 *   `TableRowCollection.add` (ExcelApi 1.1, several rows 1.4): the rows are inside the table's body,
 *   above its totals row, before their values and formulas are entered, in one command per chunk,
 *   so a failure never leaves half a row or a formula outside the table.
 */
import { blockAddress } from './address';
import { PAYLOAD_BUDGET_BYTES, estimateBytes } from './payload';
import type { OfficeCell } from './writeBlock';
import type { WriteBatch } from './writeBatch';

/** Rows per `rows.add` are bounded by a share of the payload budget, like writeBlock's chunks. */
const CHUNK_BYTES = Math.floor(PAYLOAD_BUDGET_BYTES / 2);

/** `rows.add` takes whole rows: an empty cell is "" (a null would be an undocumented value there). */
export function forRowsAdd(cells: readonly (readonly OfficeCell[])[]): (string | number | boolean)[][] {
  return cells.map((row) => row.map((v) => (v === null ? '' : v)));
}

/** Queues `table.rows.add` in chunks within the payload budget; reports each chunk's rows as work. */
export async function queueRowsAdd(batch: WriteBatch, table: () => Excel.Table, rows: readonly (string | number | boolean)[][]): Promise<void> {
  let i = 0;
  while (i < rows.length) {
    let bytes = 0;
    let j = i;
    while (j < rows.length) {
      const b = estimateBytes(rows[j]) + 1;
      if (j > i && bytes + b > CHUNK_BYTES) break;
      bytes += b;
      j++;
    }
    await batch.reserve(bytes);
    table().rows.add(undefined, rows.slice(i, j));
    batch.worked(j - i);
    i = j;
  }
}

/** Rows written below a table, whose joining the table is checked in the final request. */
export interface GrowthCheck {
  readonly table: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly width: number;
  /** Data rows the table must have once the plan has run. */
  expected: number;
  /** The rows written below, in order, with their worksheet row (rows.add values). */
  readonly rows: { readonly sheetRow: number; readonly cells: (string | number | boolean)[] }[];
  body?: Excel.Range;
}

/** Queues, at the end of the final request, a load of each checked table's data row count. */
export function queueGrowthLoads(checks: readonly GrowthCheck[], table: (name: string) => Excel.Table): void {
  for (const c of checks) c.body = table(c.table).getDataBodyRange().load('rowCount');
}

/**
 * After the final request: the rows each table did not take are cleared (they sit right below the
 * table, in cells that the plan's read found empty) and added with `rows.add`. Returns the checks
 * that needed this, so that a failure can name them; queues nothing when every table grew.
 */
export async function queueGrowthFallback(
  batch: WriteBatch,
  checks: readonly GrowthCheck[],
  ws: (sheet: string) => Excel.Worksheet,
  table: (name: string) => Excel.Table,
): Promise<GrowthCheck[]> {
  const short: GrowthCheck[] = [];
  for (const c of checks) {
    const got = c.body?.rowCount ?? c.expected;
    if (got >= c.expected) continue;
    short.push(c);
    const firstMissing = c.headerRow + 1 + got;
    const missing = c.rows.filter((r) => r.sheetRow >= firstMissing);
    await batch.reserve(200);
    ws(c.sheet).getRange(blockAddress(firstMissing, c.firstCol, c.expected - got, c.width)).clear('Contents');
    await queueRowsAdd(batch, () => table(c.table), missing.map((r) => r.cells));
  }
  return short;
}

import type { WorkbookPort } from '../port/types';
import { PortError } from '../port/types';
import { KPI_COL } from '../kpi/columns';

export interface SignOffRequest {
  readonly table: string;
  /** Worksheet row of the staff member's Kpi row. */
  readonly row: number;
  readonly stage: 'first' | 'second';
  readonly reviewer: string;
  /** Excel serial date. */
  readonly date: number;
}

/** Records 初评 or 复评 (reviewer and date) in one write; K-REVIEW then checks the order and the reviewer. */
export async function signOff(port: WorkbookPort, req: SignOffRequest): Promise<void> {
  const structure = await port.readStructure();
  const table = structure.tables.find((t) => t.name === req.table);
  if (!table) throw new PortError('conflict', `table ${req.table} is missing`);
  const cols = req.stage === 'first' ? [KPI_COL.firstReviewer, KPI_COL.firstReviewDate] : [KPI_COL.secondReviewer, KPI_COL.secondReviewDate];
  const [who, when] = cols.map((c) => table.headers.find((h) => h.trim() === c.header.zh || h.trim() === c.header.en));
  if (!who || !when) throw new PortError('conflict', `table ${req.table} lacks the review columns`);
  await port.apply([
    {
      op: 'setCells',
      table: req.table,
      cells: [
        { row: req.row, header: who, value: req.reviewer },
        { row: req.row, header: when, value: req.date },
      ],
    },
  ]);
}

/**
 * The workbook's shape (sheets, tables with headers and positions, names) in two round trips,
 * whatever the number of rows and tables: first the collections and the calculation mode, then
 * every table's details, with what decides where a table ends (totals row, header row: FACTS,
 * ExcelApi 1.1).
 */
import type { SheetVisibility } from '../../core/model/types';

export interface SheetLayout {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly ws: Excel.Worksheet;
}

export interface TableLayout {
  readonly name: string;
  readonly sheet: string;
  /** 1-based worksheet row of the header row and first column. */
  readonly headerRow: number;
  readonly firstCol: number;
  readonly headers: string[];
  readonly rowCount: number;
  /** A totals row below the body (Table.showTotals), and whether the header row shows. */
  readonly showTotals: boolean;
  readonly showHeaders: boolean;
  /** A filter hides some data rows (Table.autoFilter.isDataFiltered, ExcelApi 1.9); read only when asked. */
  readonly filtered?: boolean;
  readonly table: Excel.Table;
  readonly ws: Excel.Worksheet;
  /** The last data row's values and formulas, when asked for (to tell a blank row). */
  readonly lastRow?: { readonly values: unknown[]; readonly formulas: unknown[] };
}

export interface Layout {
  readonly sheets: SheetLayout[];
  readonly tables: TableLayout[];
  readonly names: string[];
  /** Application.calculationMode (ExcelApi 1.1). */
  readonly calculationMode: string;
}

export interface LayoutOptions {
  /** Which tables to detail: all, or those whose name is listed (case-insensitive). */
  readonly tables?: readonly string[];
  /** Load the last data row of these tables (case-insensitive names). */
  readonly lastRowOf?: readonly string[];
  /** Tables whose filter state to read (ExcelApi 1.9: the caller asks only when the host has it). */
  readonly filtersOf?: readonly string[];
  /** Load workbook names. */
  readonly names?: boolean;
  /**
   * In manual calculation mode, ask Excel to recalculate before anything is read in the second round
   * trip, so that formula results read later are current (docs/DECISIONS.md, i8-adapter).
   */
  readonly recalculate?: boolean;
  /**
   * Queue more loads before the second sync, given the sheets and the (detailed) tables as found;
   * the returned function runs after that sync. Return null when nothing was queued.
   */
  readonly alsoQueue?: (sheets: readonly SheetLayout[], tables: readonly { readonly name: string; readonly table: Excel.Table }[]) => (() => void) | null;
}

export function fromOfficeVisibility(v: string): SheetVisibility {
  if (v === 'Hidden') return 'hidden';
  if (v === 'VeryHidden') return 'veryHidden';
  return 'visible';
}

export function toOfficeVisibility(v: SheetVisibility): 'Visible' | 'Hidden' | 'VeryHidden' {
  if (v === 'hidden') return 'Hidden';
  if (v === 'veryHidden') return 'VeryHidden';
  return 'Visible';
}

export async function readLayout(ctx: Excel.RequestContext, opts: LayoutOptions = {}): Promise<Layout> {
  const wb = ctx.workbook;
  const sheetsColl = wb.worksheets.load('items/name,items/visibility');
  const tablesColl = wb.tables.load('items/name');
  const namesColl = opts.names ? wb.names.load('items/name') : null;
  const app = wb.application.load('calculationMode');
  await ctx.sync();
  const calculationMode = app.calculationMode;

  const sheets: SheetLayout[] = sheetsColl.items.map((ws) => ({ name: ws.name, visibility: fromOfficeVisibility(ws.visibility), ws }));
  const names = namesColl ? namesColl.items.map((n) => n.name) : [];
  const wanted = opts.tables?.map((n) => n.toLowerCase());
  const lastOf = new Set((opts.lastRowOf ?? []).map((n) => n.toLowerCase()));
  const filterOf = new Set((opts.filtersOf ?? []).map((n) => n.toLowerCase()));
  const pending = tablesColl.items
    .filter((t) => !wanted || wanted.includes(t.name.toLowerCase()))
    .map((table) => {
      const body = table.getDataBodyRange().load('rowIndex,columnIndex,rowCount');
      return {
        table: table.load('showTotals,showHeaders'),
        ws: table.worksheet.load('name'),
        columns: table.columns.load('items/name'),
        body,
        last: lastOf.has(table.name.toLowerCase()) ? body.getLastRow().load('values,formulas') : null,
        filter: filterOf.has(table.name.toLowerCase()) ? table.autoFilter.load('isDataFiltered') : null,
      };
    });
  const finish = opts.alsoQueue ? opts.alsoQueue(sheets, pending.map((p) => ({ name: p.table.name, table: p.table }))) : null;
  // Recalculate is queued before every read of this request and of the later ones.
  if (opts.recalculate && calculationMode === 'Manual' && pending.length > 0) wb.application.calculate('Recalculate');
  if (pending.length > 0 || finish) await ctx.sync();
  finish?.();

  const tables: TableLayout[] = pending.map((p) => ({
    name: p.table.name,
    sheet: p.ws.name,
    // The data body starts right below the header row: its 0-based index is the header's 1-based row.
    headerRow: p.body.rowIndex,
    firstCol: p.body.columnIndex + 1,
    headers: p.columns.items.map((c) => c.name),
    rowCount: p.body.rowCount,
    showTotals: p.table.showTotals,
    showHeaders: p.table.showHeaders,
    ...(p.filter ? { filtered: p.filter.isDataFiltered } : {}),
    table: p.table,
    ws: p.ws,
    ...(p.last ? { lastRow: { values: p.last.values[0], formulas: p.last.formulas[0] } } : {}),
  }));
  return { sheets, tables, names, calculationMode };
}

/**
 * Carries out a plan: one pass checks every operation against the workbook as read (and as the
 * plan changes it) and turns it into queued writes; nothing is written unless the whole plan checks
 * out. Then the writes are queued in order and synced as few times as the payload budget allows.
 */
import type { ColumnFormat, ProgressReporter, WriteOp } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import { blockAddress, parseBlock } from './address';
import { OFFICE_CHART_TYPE, chartRefs, queueChartLoads } from './charts';
import type { ChartRef } from './charts';
import { columnFormatBytes, queueColumnFormat } from './columnFormat';
import { readLayout, toOfficeVisibility } from './layout';
import type { TableLayout } from './layout';
import { estimateBytes } from './payload';
import { toOfficeValue } from './toOfficeValue';
import { WriteBatch } from './writeBatch';
import { toBlock, writeBlock } from './writeBlock';
import { columnBodyAddress, deleteRuns } from './rowOps';

export interface HostCapabilities {
  /** ExcelApi 1.7: tab colours, freeze panes, NamedItem.formula. */
  readonly v17: boolean;
  /** ExcelApi 1.8: data validation. */
  readonly v18: boolean;
  /** ExcelApi 1.9: suspendScreenUpdatingUntilNextSync. */
  readonly v19: boolean;
}

interface PlanTable {
  name: string;
  sheet: string;
  headerRow: number;
  firstCol: number;
  headers: string[];
  rowCount: number;
  /** The table's only data row is blank (a new, empty table): the first appended row goes there. */
  blank: boolean;
  proxy?: Excel.Table;
}

type Step = (w: Writer) => Promise<void>;

interface Writer {
  readonly batch: WriteBatch;
  readonly ctx: Excel.RequestContext;
  ws(sheet: string): Excel.Worksheet;
  table(t: PlanTable): Excel.Table;
}

const lc = (s: string): string => s.toLowerCase();

/** Request size allowance for one column's data validation (rule, prompt and alert texts). */
const VALIDATION_BYTES = 3000;

function conflict(message: string): never {
  throw new PortError('conflict', message);
}

/** A row is blank when no cell holds a constant (formula cells of calculated columns don't count). */
function isBlankRow(values: readonly unknown[], formulas: readonly unknown[]): boolean {
  return values.every((v, j) => v === '' || (typeof formulas[j] === 'string' && (formulas[j] as string).startsWith('=') && formulas[j] !== v));
}

function overlaps(a: PlanTable, row: number, col: number, rows: number, cols: number): boolean {
  const aRows = a.rowCount + 1;
  return a.headerRow < row + rows && row < a.headerRow + aRows && a.firstCol < col + cols && col < a.firstCol + a.headers.length;
}

function needsValidation(ops: readonly WriteOp[]): boolean {
  const has = (cols: readonly ColumnFormat[]): boolean => cols.some((c) => c.validation !== undefined);
  return ops.some((op) => (op.op === 'createTable' || op.op === 'addColumns') && has(op.columns));
}

/** Units of progress: rows written (the header row included) or cells set; 1 for anything else. */
function weight(op: WriteOp): number {
  switch (op.op) {
    case 'createTable':
      return op.rows.length + 1;
    case 'appendRows':
      return op.rows.length;
    case 'writeCells':
      return op.values.length;
    case 'setCells':
      return op.cells.length;
    default:
      return 1;
  }
}

export async function applyPlan(ctx: Excel.RequestContext, ops: readonly WriteOp[], caps: HostCapabilities, progress?: ProgressReporter): Promise<void> {
  if (ops.length === 0) return;
  if (needsValidation(ops) && !caps.v18) {
    throw new PortError('unsupported', 'This version of Excel cannot add data validation (it needs ExcelApi 1.8); nothing was changed.');
  }
  const appendTargets = ops.flatMap((op) => (op.op === 'appendRows' ? [op.table] : []));
  const growth = growthOf(ops);
  const guards: Guard[] = [];
  const chartSheets = new Set(ops.flatMap((op) => (op.op === 'addChart' ? [lc(op.sheet)] : [])));
  let chartLoads = new Map<string, Excel.ChartCollection>();
  const layout = await readLayout(ctx, {
    names: true,
    lastRowOf: appendTargets,
    alsoQueue: (found, tablesFound) => {
      queueGuards(ops, growth, found, tablesFound, guards);
      chartLoads = queueChartLoads(found, chartSheets);
      return guards.length > 0 || chartLoads.size > 0 ? () => undefined : null;
    },
  });

  const sheets = new Map(layout.sheets.map((s) => [lc(s.name), { name: s.name, ws: s.ws as Excel.Worksheet | undefined }]));
  const tables = new Map<string, PlanTable>(layout.tables.map((t) => [lc(t.name), fromLayout(t)]));
  const names = new Map(layout.names.map((n) => [lc(n), n]));
  const charts = chartRefs(chartLoads);

  const sheetOf = (name: string, doing: string): string => {
    const s = sheets.get(lc(name));
    if (!s) conflict(`Cannot ${doing}: there is no sheet "${name}".`);
    return s.name;
  };
  const tableOf = (name: string, doing: string): PlanTable => {
    const t = tables.get(lc(name));
    if (!t) conflict(`Cannot ${doing}: there is no table "${name}".`);
    return t;
  };
  const tablesOnSheet = (sheet: string): PlanTable[] => [...tables.values()].filter((t) => lc(t.sheet) === lc(sheet));
  checkGuards(guards, tables);

  const steps: Step[] = [];
  // Data validation goes last (see ColumnFormatOptions.defer); each entry is small.
  const deferred: Array<() => void> = [];
  const defer = (queue: () => void): void => {
    deferred.push(queue);
  };
  for (const op of ops) {
    switch (op.op) {
      case 'addSheet': {
        if (sheets.has(lc(op.name))) conflict(`Cannot add the sheet "${op.name}": a sheet with that name exists.`);
        sheets.set(lc(op.name), { name: op.name, ws: undefined });
        steps.push(async (w) => {
          await w.batch.reserve(300);
          const ws = w.ctx.workbook.worksheets.add(op.name);
          sheets.get(lc(op.name))!.ws = ws;
          if (op.visibility !== 'visible') ws.visibility = toOfficeVisibility(op.visibility);
          // A tab colour is presentation only: skipped on hosts without ExcelApi 1.7.
          if (op.tabColor && caps.v17) ws.tabColor = op.tabColor.startsWith('#') ? op.tabColor : `#${op.tabColor}`;
        });
        break;
      }
      case 'setVisibility': {
        const sheet = sheetOf(op.sheet, 'change visibility');
        steps.push(async (w) => {
          await w.batch.reserve(200);
          w.ws(sheet).visibility = toOfficeVisibility(op.visibility);
        });
        break;
      }
      case 'writeCells': {
        const sheet = sheetOf(op.sheet, 'write cells');
        const width = Math.max(0, ...op.values.map((r) => r.length));
        if (width === 0) break;
        const block = toBlock(op.values, width, '');
        steps.push(async (w) => {
          if (op.numberFormat !== undefined) {
            await w.batch.reserve(300);
            (w.ws(sheet).getRange(blockAddress(op.row, op.col, op.values.length, width)) as unknown as { numberFormat: string }).numberFormat = op.numberFormat;
          }
          await writeBlock(w.batch, w.ws(sheet), op.row, op.col, block);
        });
        break;
      }
      case 'createTable': {
        const sheet = sheetOf(op.sheet, `create the table "${op.name}"`);
        if (tables.has(lc(op.name)) || names.has(lc(op.name))) conflict(`Cannot create the table "${op.name}": the name is already used in the workbook.`);
        const headers = op.columns.map((c) => c.header);
        if (headers.length === 0) conflict(`Cannot create the table "${op.name}" without columns.`);
        if (new Set(headers.map(lc)).size !== headers.length) conflict(`Cannot create the table "${op.name}": two columns have the same header.`);
        if (op.rows.some((r) => r.length > headers.length)) conflict(`Cannot create the table "${op.name}": a row has more cells than the table has columns.`);
        const rowCount = Math.max(1, op.rows.length);
        const clash = tablesOnSheet(sheet).find((t) => overlaps(t, op.row, op.col, rowCount + 1, headers.length));
        if (clash) conflict(`Cannot create the table "${op.name}" on "${sheet}": it would overlap the table "${clash.name}".`);
        const t: PlanTable = { name: op.name, sheet, headerRow: op.row, firstCol: op.col, headers, rowCount, blank: op.rows.length === 0 };
        tables.set(lc(op.name), t);
        const block = toBlock([headers, ...op.rows], headers.length, '');
        steps.push(async (w) => {
          const ws = w.ws(sheet);
          await writeBlock(w.batch, ws, op.row, op.col, block);
          await w.batch.reserve(400);
          // FACTS: write the values first, then tables.add (much faster than rows.add).
          const table = w.ctx.workbook.tables.add(ws.getRange(blockAddress(op.row, op.col, op.rows.length + 1, headers.length)), true);
          table.name = op.name;
          table.style = op.style;
          t.proxy = table;
          for (let j = 0; j < op.columns.length; j++) {
            await w.batch.reserve(columnFormatBytes(op.columns[j]));
            queueColumnFormat(ws, { headerRow: op.row, col: op.col + j, rows: rowCount, rowsAtEnd: () => t.rowCount }, op.columns[j], { validation: caps.v18, reset: false, defer });
          }
        });
        break;
      }
      case 'addColumns': {
        const t = tableOf(op.table, 'add columns');
        const start = t.headers.length;
        for (const c of op.columns) {
          if (t.headers.some((h) => lc(h) === lc(c.header))) conflict(`Cannot add the column "${c.header}" to "${t.name}": it already has a column with that header.`);
          t.headers.push(c.header);
        }
        const clash = tablesOnSheet(t.sheet).find((o) => o !== t && overlaps(o, t.headerRow, t.firstCol + start, t.rowCount + 1, op.columns.length));
        if (clash) conflict(`Cannot add columns to "${t.name}": the table "${clash.name}" is in the way on the right.`);
        const rows = t.rowCount;
        steps.push(async (w) => {
          const ws = w.ws(t.sheet);
          for (let k = 0; k < op.columns.length; k++) {
            const c = op.columns[k];
            await w.batch.reserve(300 + columnFormatBytes(c));
            // ExcelApi 1.4: an omitted index appends the column; its name is given at creation.
            w.table(t).columns.add(undefined, undefined, c.header);
            queueColumnFormat(ws, { headerRow: t.headerRow, col: t.firstCol + start + k, rows, rowsAtEnd: () => t.rowCount }, c, { validation: caps.v18, reset: true, defer });
          }
        });
        break;
      }
      case 'appendRows': {
        const t = tableOf(op.table, 'append rows');
        if (op.rows.length === 0) break;
        if (op.rows.some((r) => r.length > t.headers.length)) conflict(`Cannot append to "${t.name}": a row has more cells than the table has columns.`);
        const fillBlank = t.blank;
        const below = t.headerRow + 1 + (fillBlank ? 0 : t.rowCount);
        t.rowCount = (fillBlank ? 0 : t.rowCount) + op.rows.length;
        t.blank = false;
        // null leaves a cell alone, so that the calculated columns fill the new rows themselves.
        const block = toBlock(op.rows, t.headers.length, null);
        steps.push(async (w) => {
          const ws = w.ws(t.sheet);
          if (fillBlank) {
            // The empty table's blank row is inside the table; the rest goes right below it, where
            // the table grows by itself (FACTS: preferred to rows.add for co-authoring).
            await writeBlock(w.batch, ws, below, t.firstCol, { ...block, cells: block.cells.slice(0, 1), formulaRows: block.formulaRows.slice(0, 1) });
            await writeBlock(w.batch, ws, below + 1, t.firstCol, { ...block, cells: block.cells.slice(1), formulaRows: block.formulaRows.slice(1) });
          } else {
            await writeBlock(w.batch, ws, below, t.firstCol, block);
          }
        });
        break;
      }
      case 'setCells': {
        const t = tableOf(op.table, 'set cells');
        const cells = op.cells.map((c) => {
          let j = t.headers.indexOf(c.header);
          if (j < 0) j = t.headers.findIndex((h) => lc(h) === lc(c.header));
          if (j < 0) conflict(`Cannot set a cell in "${t.name}": it has no column "${c.header}".`);
          if (c.row <= t.headerRow || c.row > t.headerRow + t.rowCount) conflict(`Cannot set a cell in "${t.name}": row ${c.row} is not one of its data rows.`);
          return { address: blockAddress(c.row, t.firstCol + j, 1, 1), value: toOfficeValue(c.value), formula: c.value !== null && typeof c.value === 'object' };
        });
        if (cells.length > 0) t.blank = false;
        steps.push(async (w) => {
          const ws = w.ws(t.sheet);
          for (const c of cells) {
            await w.batch.reserve(150 + estimateBytes(c.value));
            const range = ws.getRange(c.address);
            if (c.formula) range.formulas = [[c.value]];
            else range.values = [[c.value]];
          }
        });
        break;
      }
      case 'setColumnFormula': {
        const t = tableOf(op.table, 'set a column formula');
        const address = columnBodyAddress(t, op.header);
        const formula = op.formula.startsWith('=') ? op.formula : `=${op.formula}`;
        steps.push(async (w) => {
          await w.batch.reserve(300 + estimateBytes(formula));
          (w.ws(t.sheet).getRange(address) as unknown as { formulas: string }).formulas = formula;
        });
        break;
      }
      case 'deleteRows': {
        const t = tableOf(op.table, 'delete rows');
        const { runs, clearFirst } = deleteRuns(t, op.rows);
        steps.push(async (w) => {
          const ws = w.ws(t.sheet);
          for (const run of runs) {
            await w.batch.reserve(300);
            ws.getRange(run.address).delete('Up');
          }
          if (clearFirst) ws.getRange(clearFirst).clear('Contents');
        });
        break;
      }
      case 'defineName': {
        if (tables.has(lc(op.name))) conflict(`Cannot define the name "${op.name}": a table has that name.`);
        const exists = names.has(lc(op.name));
        names.set(lc(op.name), op.name);
        const ref = op.ref.startsWith('=') ? op.ref : `=${op.ref}`;
        steps.push(async (w) => {
          await w.batch.reserve(300 + estimateBytes(ref));
          const coll = w.ctx.workbook.names;
          if (!exists) coll.add(op.name, ref);
          else if (caps.v17) coll.getItem(op.name).formula = ref;
          else {
            // Before ExcelApi 1.7 a name's formula cannot be set: replace the name instead.
            coll.getItem(op.name).delete();
            coll.add(op.name, ref);
          }
        });
        break;
      }
      case 'freezeRows': {
        const sheet = sheetOf(op.sheet, 'freeze rows');
        // Freeze panes are presentation only: skipped on hosts without ExcelApi 1.7.
        if (!caps.v17) break;
        steps.push(async (w) => {
          await w.batch.reserve(200);
          w.ws(sheet).freezePanes.freezeRows(op.rows);
        });
        break;
      }
      case 'activate': {
        const sheet = sheetOf(op.sheet, 'activate a sheet');
        steps.push(async (w) => {
          await w.batch.reserve(200);
          w.ws(sheet).activate();
        });
        break;
      }
      case 'clearRange': {
        const sheet = sheetOf(op.sheet, `clear ${op.address}`);
        const r = parseBlock(op.address);
        if (!r) conflict(`Cannot clear "${op.address}" on "${sheet}": it is not a range such as A1:C9.`);
        const address = blockAddress(r.row, r.col, r.rows, r.cols);
        const clash = tablesOnSheet(sheet).find((t) => overlaps(t, r.row, r.col, r.rows, r.cols));
        if (clash) conflict(`Cannot clear ${address} on "${sheet}": it overlaps the table "${clash.name}", whose data it would delete.`);
        steps.push(async (w) => {
          await w.batch.reserve(200);
          w.ws(sheet).getRange(address).clear('Contents');
        });
        break;
      }
      case 'addChart': {
        const sheet = sheetOf(op.sheet, `add the chart "${op.name}"`);
        const src = parseBlock(op.source);
        if (!src) conflict(`Cannot add the chart "${op.name}": its source "${op.source}" is not a range such as A1:C9.`);
        const a = op.anchor;
        if (![a.row, a.col, a.widthCols, a.heightRows].every((n) => Number.isInteger(n) && n >= 1) || op.name.trim() === '') {
          conflict(`Cannot add the chart "${op.name}": it needs a name and a position of whole cells.`);
        }
        const source = blockAddress(src.row, src.col, src.rows, src.cols);
        const start = blockAddress(a.row, a.col, 1, 1);
        const end = blockAddress(a.row + a.heightRows - 1, a.col + a.widthCols - 1, 1, 1);
        let onSheet = charts.get(lc(sheet));
        if (!onSheet) charts.set(lc(sheet), (onSheet = []));
        // Every chart of that name goes, also one that an earlier step of this plan added.
        const replaced = onSheet.filter((c) => !c.replaced && lc(c.name) === lc(op.name));
        for (const c of replaced) c.replaced = true;
        const ref: ChartRef = { name: op.name, replaced: false };
        onSheet.push(ref);
        steps.push(async (w) => {
          await w.batch.reserve(600 + estimateBytes(op.title) + estimateBytes(op.name));
          for (const c of replaced) c.proxy!.delete();
          const ws = w.ws(sheet);
          const chart = ws.charts.add(OFFICE_CHART_TYPE[op.type], ws.getRange(source), op.seriesBy === 'rows' ? 'Rows' : 'Columns');
          chart.name = op.name;
          chart.title.text = op.title;
          chart.setPosition(start, end);
          ref.proxy = chart;
        });
        break;
      }
    }
    // Row writes report their rows as they are queued; every other operation counts once done.
    if (op.op !== 'createTable' && op.op !== 'appendRows' && op.op !== 'writeCells') {
      const units = weight(op);
      steps.push(async (w) => w.batch.worked(units));
    }
  }

  const total = ops.reduce((n, op) => n + weight(op), 0);
  const batch = new WriteBatch(ctx, total, caps.v19, progress);
  const writer: Writer = {
    batch,
    ctx,
    ws: (sheet) => {
      const s = sheets.get(lc(sheet))!;
      if (!s.ws) s.ws = ctx.workbook.worksheets.getItem(s.name);
      return s.ws;
    },
    table: (t) => {
      if (!t.proxy) t.proxy = ctx.workbook.tables.getItem(t.name);
      return t.proxy;
    },
  };
  for (const step of steps) await step(writer);
  for (const queue of deferred) {
    await batch.reserve(VALIDATION_BYTES);
    queue();
  }
  await batch.finish();
}

/** How much each table named in the plan grows: rows appended and columns added, over the whole plan. */
function growthOf(ops: readonly WriteOp[]): Map<string, { rows: number; cols: number }> {
  const g = new Map<string, { rows: number; cols: number }>();
  const of = (name: string) => {
    let x = g.get(lc(name));
    if (!x) g.set(lc(name), (x = { rows: 0, cols: 0 }));
    return x;
  };
  for (const op of ops) {
    if (op.op === 'appendRows') of(op.table).rows += op.rows.length;
    if (op.op === 'addColumns') of(op.table).cols += op.columns.length;
  }
  return g;
}

/** A range the plan will write into that must hold no user data yet ("never lose data"). */
interface Guard {
  readonly kind: 'right' | 'below' | 'create';
  readonly table: string;
  readonly sheet: string;
  readonly used: Excel.Range;
  /** For 'below': rows appended over the whole plan. */
  readonly rows: number;
}

/**
 * Queues, in the read's second round trip, the used range of every area a plan will fill next to
 * what exists: the columns right of a table that gains columns, the rows below a table that gains
 * rows (as wide as it will be), and the area of a new table on an existing sheet (with the rows and
 * columns the plan adds to it later).
 */
function queueGuards(
  ops: readonly WriteOp[],
  growth: Map<string, { rows: number; cols: number }>,
  sheets: readonly { readonly name: string; readonly ws: Excel.Worksheet }[],
  tables: readonly { readonly name: string; readonly table: Excel.Table }[],
  guards: Guard[],
): void {
  const extent = 'rowIndex,columnIndex,rowCount,columnCount';
  for (const { name, table } of tables) {
    const g = growth.get(lc(name));
    if (!g) continue;
    const whole = table.getRange();
    if (g.cols > 0) guards.push({ kind: 'right', table: name, sheet: '', rows: 0, used: whole.getColumnsAfter(g.cols).getUsedRangeOrNullObject(true).load(extent) });
    if (g.rows > 0) {
      const below = whole.getRowsBelow(g.rows);
      const area = g.cols > 0 ? below.getResizedRange(0, g.cols) : below;
      guards.push({ kind: 'below', table: name, sheet: '', rows: g.rows, used: area.getUsedRangeOrNullObject(true).load(extent) });
    }
  }
  for (const op of ops) {
    if (op.op !== 'createTable') continue;
    const s = sheets.find((x) => lc(x.name) === lc(op.sheet));
    if (!s) continue;
    const g = growth.get(lc(op.name)) ?? { rows: 0, cols: 0 };
    const address = blockAddress(op.row, op.col, 1 + Math.max(1, op.rows.length) + g.rows, op.columns.length + g.cols);
    guards.push({ kind: 'create', table: op.name, sheet: s.name, rows: 0, used: s.ws.getRange(address).getUsedRangeOrNullObject(true).load(extent) });
  }
}

function checkGuards(guards: readonly Guard[], tables: Map<string, PlanTable>): void {
  for (const g of guards) {
    if (g.used.isNullObject) continue;
    const at = blockAddress(g.used.rowIndex + 1, g.used.columnIndex + 1, g.used.rowCount, g.used.columnCount);
    if (g.kind === 'create') conflict(`Cannot create the table "${g.table}" on "${g.sheet}": cells ${at} there are not empty.`);
    const t = tables.get(lc(g.table))!;
    if (g.kind === 'right') conflict(`Cannot add columns to "${t.name}": cells ${at} to its right are not empty.`);
    // An empty table takes the first appended row into its blank row; the rest go below it.
    const needed = g.rows - (t.blank ? 1 : 0);
    const firstBelow = t.headerRow + t.rowCount; // 0-based index of the row right below the table
    if (needed > 0 && g.used.rowIndex < firstBelow + needed) conflict(`Cannot append rows to "${t.name}": cells ${at} below it are not empty.`);
  }
}

function fromLayout(t: TableLayout): PlanTable {
  return {
    name: t.name,
    sheet: t.sheet,
    headerRow: t.headerRow,
    firstCol: t.firstCol,
    headers: [...t.headers],
    rowCount: t.rowCount,
    blank: t.rowCount === 1 && t.lastRow !== undefined && isBlankRow(t.lastRow.values, t.lastRow.formulas),
    proxy: t.table,
  };
}

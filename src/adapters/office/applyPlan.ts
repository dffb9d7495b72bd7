/**
 * Carries out a plan: one pass checks every operation against the workbook as read (and as the
 * plan changes it) and turns it into queued writes; nothing is written unless the whole plan checks
 * out (protected target sheets included). Then the writes are queued and synced as few times as
 * the payload budget allows.
 *
 * Order within the requests (FACTS: Excel checks a formula as it is entered, and keeps what ran
 * before a failed command):
 * - tables are created from constants, then named; every write that holds a formula is queued only
 *   after the last table of the plan has been created and named and the last column added, so a
 *   formula never names a table or column that does not exist yet;
 * - rows enter a table before formulas go into them (appendRows.ts);
 * - data validation follows (a list source may name a range that the plan defines late), and the
 *   workbook's version marker (Lists!A1:B3) goes last: a plan that stops part-way leaves the old
 *   version recorded, so the next generate completes it.
 * A request that fails becomes a PortError saying what was written and what was not (messages.ts).
 */
import { LISTS_SHEET } from '../../core/model/formulaContext';
import type { Lang } from '../../core/model/types';
import type { CellInput, ColumnFormat, ProgressReporter, WriteOp } from '../../core/port/types';
import { META_KEYS, PortError } from '../../core/port/types';
import { blockAddress, parseBlock } from './address';
import { forRowsAdd, queueGrowthFallback, queueGrowthLoads, queueRowsAdd } from './appendRows';
import type { GrowthCheck } from './appendRows';
import { OFFICE_CHART_TYPE, chartRefs, queueChartLoads } from './charts';
import type { ChartRef } from './charts';
import { columnFormatBytes, queueColumnFormat, queueValidation } from './columnFormat';
import { blockOf, queueColumnWidths, queuePageSetups } from './pageLayout';
import { toPortError } from './errors';
import { checkGuards, growthOf, queueGuards } from './guards';
import type { Guard } from './guards';
import { readLayout, toOfficeVisibility } from './layout';
import { OFFICE_MESSAGES, describeOp } from './messages';
import { estimateBytes } from './payload';
import { fromLayout, overlaps } from './planTable';
import type { PlanTable } from './planTable';
import { checkProtection, queueProtectionLoads } from './protection';
import type { ProtectionCheck } from './protection';
import { toOfficeValue } from './toOfficeValue';
import { WriteBatch } from './writeBatch';
import { toBlock, writeBlock } from './writeBlock';
import type { Block } from './writeBlock';
import { setColumnFormulaStep } from './setColumnFormula';
import { deleteRuns } from './rowOps';

export interface HostCapabilities {
  /** ExcelApi 1.7: tab colours, freeze panes, NamedItem.formula. */
  readonly v17: boolean;
  /** ExcelApi 1.8: data validation. */
  readonly v18: boolean;
  /** ExcelApi 1.9: suspendScreenUpdatingUntilNextSync. */
  readonly v19: boolean;
}

type Step = (w: Writer) => Promise<void>;

interface Writer {
  readonly batch: WriteBatch;
  readonly ctx: Excel.RequestContext;
  ws(sheet: string): Excel.Worksheet;
  table(t: PlanTable): Excel.Table;
}

/** A step and the operation it belongs to (for the report of a failed request). */
interface Queued {
  readonly run: Step;
  readonly op: number;
}

const lc = (s: string): string => s.toLowerCase();

/** Request size allowance for one column's data validation (rule, prompt and alert texts). */
const VALIDATION_BYTES = 3000;

function conflict(message: string): never {
  throw new PortError('conflict', message);
}

function needsValidation(ops: readonly WriteOp[]): boolean {
  const has = (cols: readonly ColumnFormat[]): boolean => cols.some((c) => c.validation !== undefined);
  return ops.some((op) => (op.op === 'createTable' || op.op === 'addColumns') && has(op.columns));
}

const isFormula = (v: CellInput): boolean => v !== null && typeof v === 'object';

/** The workbook's version marker: set last of all (see the module comment). */
function isMeta(op: WriteOp): op is Extract<WriteOp, { op: 'writeCells' }> {
  return op.op === 'writeCells' && lc(op.sheet) === lc(LISTS_SHEET) && op.row === 1 && op.col === 1;
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

/** The block's formula cells only (everything else left as it is), or null when it has none. */
function formulasOnly(rows: readonly (readonly CellInput[])[], width: number, skip: (row: number, col: number) => boolean): Block | null {
  const picked = rows.map((r, i) => Array.from({ length: width }, (_, j) => (j < r.length && isFormula(r[j]) && !skip(i, j) ? r[j] : null)));
  const block = toBlock(picked, width, null);
  return block.formulaRows.some((f) => f) ? block : null;
}

export async function applyPlan(ctx: Excel.RequestContext, ops: readonly WriteOp[], caps: HostCapabilities, lang: Lang, progress?: ProgressReporter): Promise<void> {
  if (ops.length === 0) return;
  if (needsValidation(ops) && !caps.v18) {
    throw new PortError('unsupported', 'This version of Excel cannot add data validation (it needs ExcelApi 1.8); nothing was changed.');
  }
  const appendTargets = ops.flatMap((op) => (op.op === 'appendRows' ? [op.table] : []));
  const growth = growthOf(ops);
  const guards: Guard[] = [];
  const chartSheets = new Set(ops.flatMap((op) => (op.op === 'addChart' ? [lc(op.sheet)] : [])));
  let chartLoads = new Map<string, Excel.ChartCollection>();
  let protection: ProtectionCheck = { loads: [] };
  let layout: Awaited<ReturnType<typeof readLayout>>;
  try {
    layout = await readLayout(ctx, {
      names: true,
      lastRowOf: appendTargets,
      filtersOf: caps.v19 ? ops.flatMap((op) => (op.op === 'deleteRows' ? [op.table] : [])) : [],
      alsoQueue: (found, tablesFound) => {
        queueGuards(ops, growth, found, tablesFound, guards);
        chartLoads = queueChartLoads(found, chartSheets);
        protection = queueProtectionLoads(ops, found, tablesFound);
        return guards.length > 0 || chartLoads.size > 0 || protection.loads.length > 0 ? () => undefined : null;
      },
    });
  } catch (e) {
    // Only reads ran: say that nothing was written.
    const host = toPortError(e, 'reading the workbook before writing');
    const err = new PortError('host', OFFICE_MESSAGES.partial(host.message, [], [], [], lang));
    Object.defineProperty(err, 'cause', { value: e, enumerable: false });
    throw err;
  }

  const sheets = new Map(layout.sheets.map((s) => [lc(s.name), { name: s.name, ws: s.ws as Excel.Worksheet | undefined }]));
  const tables = new Map<string, PlanTable>(layout.tables.map((t) => [lc(t.name), fromLayout(t)]));
  const names = new Map(layout.names.map((n) => [lc(n), n]));
  const charts = chartRefs(chartLoads);
  checkProtection(protection, lang);

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

  // Formula writes wait for the last table and column of the plan (see the module comment).
  let barrier = -1;
  ops.forEach((op, i) => {
    if (op.op === 'createTable' || op.op === 'addColumns') barrier = i;
  });
  const steps: Queued[] = [];
  const late: Queued[] = [];
  let current = 0;
  const push = (run: Step): void => {
    steps.push({ run, op: current });
  };
  const pushFormula = (run: Step): void => {
    (current <= barrier ? late : steps).push({ run, op: current });
  };
  // Data validation goes after every operation (see ColumnFormatOptions.defer); each entry is small.
  const deferred: Array<{ queue: () => void; op: number }> = [];
  let running = 0;
  // Page setups run together after every other step (see pageLayout.ts); skipped before ExcelApi 1.9.
  const pageSetups: { sheet: string; op: Extract<WriteOp, { op: 'pageSetup' }>; index: number }[] = [];
  const defer = (queue: () => void): void => {
    deferred.push({ queue, op: running });
  };
  const checks = new Map<string, GrowthCheck>();
  const deleteChecks: { table: string; expected: number; body: Excel.Range }[] = [];
  /** Tables whose rows this plan appends below them: later cell writes there would wait for the check. */
  const grownBelow = new Set<string>();
  let meta: Queued | null = null;

  for (const [i, op] of ops.entries()) {
    current = i;
    switch (op.op) {
      case 'addSheet': {
        if (sheets.has(lc(op.name))) conflict(`Cannot add the sheet "${op.name}": a sheet with that name exists.`);
        sheets.set(lc(op.name), { name: op.name, ws: undefined });
        push(async (w) => {
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
        push(async (w) => {
          await w.batch.reserve(200);
          w.ws(sheet).visibility = toOfficeVisibility(op.visibility);
        });
        break;
      }
      case 'writeCells': {
        const sheet = sheetOf(op.sheet, 'write cells');
        const width = Math.max(0, ...op.values.map((r) => r.length));
        if (width === 0) break;
        const version = isMeta(op) ? op.values.findIndex((r) => r[0] === META_KEYS.modelVersion && r.length > 1) : -1;
        // The version marker says 0 until the plan's last command sets it: a plan that stops part-way
        // leaves a Lists sheet that the next generate recognises as its own and completes.
        const values = version < 0 ? op.values : op.values.map((r, k) => (k === version ? [r[0], 0, ...r.slice(2)] : r));
        const block = toBlock(values, width, '');
        const run: Step = async (w) => {
          if (op.numberFormat !== undefined) {
            await w.batch.reserve(300);
            (w.ws(sheet).getRange(blockAddress(op.row, op.col, op.values.length, width)) as unknown as { numberFormat: string }).numberFormat = op.numberFormat;
          }
          await writeBlock(w.batch, w.ws(sheet), op.row, op.col, block);
        };
        if (version >= 0) {
          const final = toBlock([[op.values[version][1]]], 1, '');
          meta = { run: async (w) => writeBlock(w.batch, w.ws(sheet), op.row + version, op.col + 1, final), op: i };
        }
        if (block.formulaRows.some((f) => f)) pushFormula(run);
        else push(run);
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
        const t: PlanTable = { name: op.name, sheet, headerRow: op.row, firstCol: op.col, headers, rowCount, blank: op.rows.length === 0, totals: false, headersShown: true, filtered: false };
        tables.set(lc(op.name), t);
        // The table is made from constants; its formulas come once it exists under its name.
        const constants = toBlock([headers, ...op.rows.map((r) => r.map((v) => (isFormula(v) ? null : v)))], headers.length, '');
        const own = (col: number): string | undefined => op.columns[col].formula?.trim();
        const formulas = formulasOnly(op.rows, headers.length, (r, c) => {
          const v = op.rows[r][c];
          return own(c) !== undefined && isFormula(v) && toOfficeValue(v) === toOfficeValue({ formula: own(c) as string });
        });
        push(async (w) => {
          const ws = w.ws(sheet);
          await writeBlock(w.batch, ws, op.row, op.col, constants);
          await w.batch.reserve(400);
          // FACTS: write the values first, then tables.add (much faster than rows.add).
          const table = w.ctx.workbook.tables.add(ws.getRange(blockAddress(op.row, op.col, op.rows.length + 1, headers.length)), true);
          table.name = op.name;
          table.style = op.style;
          t.proxy = table;
        });
        pushFormula(async (w) => {
          const ws = w.ws(sheet);
          for (let j = 0; j < op.columns.length; j++) {
            await w.batch.reserve(columnFormatBytes(op.columns[j]));
            queueColumnFormat(ws, { headerRow: op.row, col: op.col + j, rows: rowCount, rowsAtEnd: () => t.rowCount }, op.columns[j], { validation: caps.v18, reset: false, defer });
          }
          if (formulas) await writeBlock(w.batch, ws, op.row + 1, op.col, formulas);
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
        const clash = tablesOnSheet(t.sheet).find((o) => o !== t && overlaps(o, t.headerRow, t.firstCol + start, t.rowCount + 1 + (t.totals ? 1 : 0), op.columns.length));
        if (clash) conflict(`Cannot add columns to "${t.name}": the table "${clash.name}" is in the way on the right.`);
        if (grownBelow.has(lc(t.name))) conflict(`Cannot add columns to "${t.name}" after appending rows to it in the same plan.`);
        const rows = t.rowCount;
        push(async (w) => {
          for (const c of op.columns) {
            await w.batch.reserve(300);
            // ExcelApi 1.4: an omitted index appends the column; its name is given at creation.
            w.table(t).columns.add(undefined, undefined, c.header);
          }
        });
        pushFormula(async (w) => {
          const ws = w.ws(t.sheet);
          for (let k = 0; k < op.columns.length; k++) {
            const c = op.columns[k];
            await w.batch.reserve(columnFormatBytes(c));
            queueColumnFormat(ws, { headerRow: t.headerRow, col: t.firstCol + start + k, rows, rowsAtEnd: () => t.rowCount, headerShown: t.headersShown }, c, {
              validation: caps.v18,
              reset: true,
              defer,
            });
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
        const first: Block = { ...block, cells: block.cells.slice(0, 1), formulaRows: block.formulaRows.slice(0, 1) };
        const rest = fillBlank ? block.cells.slice(1) : block.cells;
        const viaRowsAdd = t.totals || op.rows.some((r) => r.some(isFormula));
        const blankStep: Step = async (w) => {
          // The empty table's blank row is inside the table: the first row goes there.
          if (fillBlank) await writeBlock(w.batch, w.ws(t.sheet), below, t.firstCol, first);
        };
        if (viaRowsAdd) {
          if (grownBelow.has(lc(t.name))) conflict(`Cannot append rows with formulas to "${t.name}" after rows of constants in the same plan.`);
          pushFormula(async (w) => {
            await blankStep(w);
            if (rest.length > 0) await queueRowsAdd(w.batch, () => w.table(t), forRowsAdd(rest));
          });
          break;
        }
        grownBelow.add(lc(t.name));
        let check = checks.get(lc(t.name));
        if (!check) {
          check = { table: t.name, sheet: t.sheet, headerRow: t.headerRow, firstCol: t.firstCol, width: t.headers.length, expected: 0, rows: [] };
          checks.set(lc(t.name), check);
        }
        check.expected = t.rowCount;
        const startRow = below + (fillBlank ? 1 : 0);
        forRowsAdd(rest).forEach((cells, k) => check.rows.push({ sheetRow: startRow + k, cells }));
        push(async (w) => {
          await blankStep(w);
          // Right below the table, where it grows by itself (FACTS: preferred for co-authoring); checked at the end.
          if (rest.length > 0) await writeBlock(w.batch, w.ws(t.sheet), startRow, t.firstCol, { ...block, cells: rest, formulaRows: rest.map(() => false) });
        });
        break;
      }
      case 'setColumnFormula':
        pushFormula(setColumnFormulaStep(tableOf(op.table, 'set a column formula'), op, caps.v18, defer));
        break;
      case 'setCells': {
        const t = tableOf(op.table, 'set cells');
        if (grownBelow.has(lc(t.name))) conflict(`Cannot set cells of "${t.name}" after appending rows to it in the same plan.`);
        const cells = op.cells.map((c) => {
          let j = t.headers.indexOf(c.header);
          if (j < 0) j = t.headers.findIndex((h) => lc(h) === lc(c.header));
          if (j < 0) conflict(`Cannot set a cell in "${t.name}": it has no column "${c.header}".`);
          if (c.row <= t.headerRow || c.row > t.headerRow + t.rowCount) conflict(`Cannot set a cell in "${t.name}": row ${c.row} is not one of its data rows.`);
          return { address: blockAddress(c.row, t.firstCol + j, 1, 1), value: toOfficeValue(c.value), formula: isFormula(c.value) };
        });
        if (cells.length > 0) t.blank = false;
        const run: Step = async (w) => {
          const ws = w.ws(t.sheet);
          for (const c of cells) {
            await w.batch.reserve(150 + estimateBytes(c.value));
            const range = ws.getRange(c.address);
            if (c.formula) range.formulas = [[c.value]];
            else range.values = [[c.value]];
          }
        };
        if (cells.some((c) => c.formula)) pushFormula(run);
        else push(run);
        break;
      }
      case 'deleteRows': {
        const t = tableOf(op.table, 'delete rows');
        if (t.filtered) throw new PortError('conflict', OFFICE_MESSAGES.filteredTable(t.name, lang));
        const { runs, clearFirst } = deleteRuns(t, op.rows);
        const expected = t.rowCount;
        push(async (w) => {
          const ws = w.ws(t.sheet);
          for (const run of runs) {
            await w.batch.reserve(300);
            ws.getRange(run.address).delete('Up');
          }
          if (clearFirst) ws.getRange(clearFirst).clear('Contents');
          // Excel deletes nothing from a filtered table and says nothing (office-js #994); without
          // ExcelApi 1.9 the filter cannot be seen beforehand, so the row count is checked after.
          deleteChecks.push({ table: t.name, expected, body: w.table(t).getDataBodyRange().load('rowCount') });
        });
        break;
      }
      case 'defineName': {
        if (tables.has(lc(op.name))) conflict(`Cannot define the name "${op.name}": a table has that name.`);
        const exists = names.has(lc(op.name));
        names.set(lc(op.name), op.name);
        const ref = op.ref.startsWith('=') ? op.ref : `=${op.ref}`;
        push(async (w) => {
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
        push(async (w) => {
          await w.batch.reserve(200);
          w.ws(sheet).freezePanes.freezeRows(op.rows);
        });
        break;
      }
      case 'activate': {
        const sheet = sheetOf(op.sheet, 'activate a sheet');
        push(async (w) => {
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
        push(async (w) => {
          await w.batch.reserve(200);
          w.ws(sheet).getRange(address).clear('Contents');
        });
        break;
      }
      case 'pageSetup': {
        const sheet = sheetOf(op.sheet, 'set up printing');
        if (caps.v19) pageSetups.push({ sheet, op, index: i });
        break;
      }
      case 'setValidation': {
        const sheet = sheetOf(op.sheet, `set data validation on ${op.address}`);
        const address = blockOf(op.address);
        if (!address) conflict(`Cannot set data validation on "${op.address}" on "${sheet}": it is not a range such as A1:C9.`);
        if (!caps.v18) throw new PortError('unsupported', 'This version of Excel cannot add data validation (it needs ExcelApi 1.8); nothing was changed.');
        // After everything else, like column validation: the list source may name a table made by this plan.
        deferred.push({ queue: () => queueValidation(writer.ws(sheet).getRange(address), op.validation), op: i });
        break;
      }
      case 'setColumnWidths': {
        const sheet = sheetOf(op.sheet, 'set column widths');
        push((w) => queueColumnWidths(w, sheet, op.widths));
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
        push(async (w) => {
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
      (current <= barrier && late.some((q) => q.op === i) ? late : steps).push({ run: async (w) => w.batch.worked(units), op: i });
    }
    if (i === barrier) steps.push(...late.splice(0));
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
  const proxyOf = (name: string): Excel.Table => writer.table(tables.get(lc(name)) as PlanTable);
  const span = new Map<number, { from: number; to: number }>();
  const ran = (op: number, from: number): void => {
    const s = span.get(op);
    span.set(op, { from: Math.min(s?.from ?? from, from), to: batch.syncNo });
  };
  const growthChecks = [...checks.values()];
  try {
    for (const q of steps) {
      const from = batch.syncNo;
      running = q.op;
      await q.run(writer);
      ran(q.op, from);
    }
    if (pageSetups.length > 0) {
      const from = batch.syncNo;
      await queuePageSetups(writer, pageSetups);
      for (const p of pageSetups) ran(p.index, from);
    }
    for (const d of deferred) {
      const from = batch.syncNo;
      await batch.reserve(VALIDATION_BYTES);
      d.queue();
      ran(d.op, from);
    }
    if (meta) {
      const from = batch.syncNo;
      await meta.run(writer);
      ran(meta.op, from);
    }
    // The row counts of tables that took rows below them, in the same final request.
    if (growthChecks.length > 0) {
      await batch.reserve(200 * growthChecks.length);
      queueGrowthLoads(growthChecks, proxyOf);
      for (const c of growthChecks) ran(ops.findIndex((op) => op.op === 'appendRows' && lc(op.table) === lc(c.table)), batch.syncNo);
    }
    await batch.finish();
  } catch (e) {
    throw partialFailure(e, ops, span, batch, lang);
  }
  const kept = deleteChecks.find((c) => c.body.rowCount !== c.expected);
  if (kept) throw new PortError('host', OFFICE_MESSAGES.rowsNotDeleted(kept.table, kept.body.rowCount - kept.expected, lang));
  if (growthChecks.length === 0) return;
  batch.restart();
  const short = await queueGrowthFallback(batch, growthChecks, writer.ws, proxyOf);
  if (short.length === 0) return;
  try {
    await batch.finish();
  } catch (e) {
    const c = short[0];
    const first = c.headerRow + 1 + (c.body?.rowCount ?? 0);
    const message = OFFICE_MESSAGES.rowsOutsideTable(c.table, c.sheet, `${first}–${c.headerRow + c.expected}`, lang);
    const err = new PortError('host', `${message} (${toPortError(e, 'adding rows').message})`);
    Object.defineProperty(err, 'cause', { value: e, enumerable: false });
    throw err;
  }
}

/**
 * A request failed: Excel kept every command before the failed one (FACTS). Operations whose steps
 * all ran in earlier requests were written; those with a step in the failed request may be written
 * in part; the rest were not.
 */
function partialFailure(e: unknown, ops: readonly WriteOp[], span: Map<number, { from: number; to: number }>, batch: WriteBatch, lang: Lang): PortError {
  if (e instanceof PortError || batch.failedSync === null) return toPortError(e, 'writing to the workbook');
  const failed = batch.failedSync;
  const written: string[] = [];
  const partly: string[] = [];
  const notWritten: string[] = [];
  ops.forEach((op, i) => {
    const s = span.get(i);
    const text = describeOp(op, lang);
    if (s && s.to < failed) written.push(text);
    else if (s && s.from <= failed) partly.push(text);
    else notWritten.push(text);
  });
  const host = toPortError(e, 'writing to the workbook');
  const err = new PortError('host', OFFICE_MESSAGES.partial(host.message, written, partly, notWritten, lang));
  Object.defineProperty(err, 'cause', { value: e, enumerable: false });
  return err;
}

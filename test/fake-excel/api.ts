/**
 * Proxy objects that behave like Office.js client objects: calls and property writes are queued;
 * `context.sync()` sends them as one request, applies them in order, and fills loaded properties.
 *
 * Strictness, modelled on the documented API (@types/office-js is the reference):
 * - reading a scalar property that was not loaded, or before the sync that loads it, throws
 *   PropertyNotLoaded; so does `isNullObject` before a sync and `items` before a collection load;
 * - `load()` of a property the fake does not know throws at once (a FakeUsageError: the fake is a
 *   subset of the API, so "unknown" means "unknown here");
 * - touching any member that is not modelled throws, so the adapter cannot silently depend on an
 *   unmodelled behaviour;
 * - every member carries its requirement set (`[Api set: ExcelApi x.y]`); using one newer than the
 *   host's version fails the sync with ApiNotFound, as a host without that set does;
 * - each request and each response is measured as UTF-8 JSON; over the limit (5 MB, FACTS) the
 *   sync fails with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
 * - a batch that returns with queued, unsynced operations is reported (they would be lost).
 */
import { MAX_COLS, MAX_ROWS, Rect, parseA1, quoteSheet, rectToA1 } from './a1';
import { CODES, FakeOfficeError, FakeUsageError, fail } from './errors';
import { GET_ACTIVE_CELL, PAGE_LAYOUT_SPECS } from './pageLayout';
import { deleteRange } from './deleteRange';
import type { ChartState, FakeWorkbook, NameState, RangeTarget, SheetState, TableState } from './state';

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly error?: string;
}

export interface FakeHostState {
  readonly wb: FakeWorkbook;
  readonly apiVersion: string;
  readonly payloadLimitBytes: number;
  readonly syncs: SyncRecord[];
  screenUpdatingSuspensions: number;
  /** An injected failure: the sync with this (1-based, since the start) index fails at this command. */
  injected: { readonly sync: number; readonly command: number | 'first' | 'last' } | null;
}

// ---- versions --------------------------------------------------------------------------------

export function versionAtMost(version: string, host: string): boolean {
  const [a1, a2] = version.split('.').map(Number);
  const [b1, b2] = host.split('.').map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

// ---- specs -----------------------------------------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any */
type T = any;

interface PropSpec {
  readonly since: string;
  readonly setSince?: string;
  get(t: T, wb: FakeWorkbook): unknown;
  set?(t: T, v: unknown, wb: FakeWorkbook): void;
}

interface NavSpec {
  readonly type: string;
  readonly since: string;
  resolve(t: T, wb: FakeWorkbook): unknown;
}

interface MethodSpec {
  readonly since: string | ((args: unknown[]) => string);
  /** Type of the returned client object, if the method returns one. */
  readonly returns?: string;
  /** An *OrNullObject method: `run` may return null. */
  readonly nullable?: boolean;
  run(t: T, args: unknown[], wb: FakeWorkbook, host: FakeHostState): unknown;
}

interface TypeSpec {
  readonly props: Record<string, PropSpec>;
  readonly nav?: Record<string, NavSpec>;
  readonly methods?: Record<string, MethodSpec>;
  readonly items?: { readonly type: string; list(t: T, wb: FakeWorkbook): unknown[] };
}

const ro = (since: string, get: PropSpec['get']): PropSpec => ({ since, get });
const rw = (since: string, setSince: string, get: PropSpec['get'], set: NonNullable<PropSpec['set']>): PropSpec => ({ since, setSince, get, set });

const rangeOf = (sheet: SheetState, rect: Rect): RangeTarget => ({ sheet, rect });

function inSheet(rect: Rect): Rect {
  const ok = [rect.r, rect.c, rect.rows, rect.cols].every((n) => Number.isInteger(n));
  if (!ok || rect.r < 0 || rect.c < 0 || rect.rows < 1 || rect.cols < 1 || rect.r + rect.rows > MAX_ROWS || rect.c + rect.cols > MAX_COLS) {
    fail(CODES.invalidArgument, 'The range would lie outside the worksheet.');
  }
  return rect;
}

function addressTarget(wb: FakeWorkbook, address: unknown): RangeTarget {
  if (typeof address !== 'string') fail(CODES.invalidArgument, 'An address must be a string.');
  const bang = address.lastIndexOf('!');
  if (bang < 0) {
    if (!wb.activeSheet) fail(CODES.invalidOperation, 'There is no active worksheet.');
    return rangeOf(wb.activeSheet, parseA1(address));
  }
  let sheetPart = address.slice(0, bang);
  if (sheetPart.startsWith("'") && sheetPart.endsWith("'")) sheetPart = sheetPart.slice(1, -1).replace(/''/g, "'");
  return rangeOf(wb.getSheet(sheetPart), parseA1(address.slice(bang + 1)));
}

function firstCellValidation(wb: FakeWorkbook, t: RangeTarget, key: 'rule' | 'prompt' | 'errorAlert'): unknown {
  return wb.cell(t.sheet, t.rect.r, t.rect.c)?.validation?.[key] ?? null;
}

const SPECS: Record<string, TypeSpec> = {
  ...PAGE_LAYOUT_SPECS,
  Workbook: {
    props: {},
    nav: {
      worksheets: { type: 'WorksheetCollection', since: '1.1', resolve: () => ({}) },
      tables: { type: 'TableCollection', since: '1.1', resolve: () => ({}) },
      names: { type: 'NamedItemCollection', since: '1.1', resolve: () => ({}) },
      application: { type: 'Application', since: '1.1', resolve: () => ({}) },
    },
    methods: { getActiveCell: GET_ACTIVE_CELL },
  },
  Application: {
    props: {
      calculationMode: rw('1.1', '1.8', (_t, wb) => wb.calculationMode, (_t, v, wb) => wb.setCalculationMode(v)),
    },
    methods: {
      calculate: { since: '1.1', run: (_t, [type], wb) => wb.calculate(type) },
      suspendScreenUpdatingUntilNextSync: {
        since: '1.9',
        run: (_t, _a, _wb, host) => {
          host.screenUpdatingSuspensions++;
        },
      },
      suspendApiCalculationUntilNextSync: { since: '1.6', run: () => undefined },
    },
  },
  WorksheetCollection: {
    props: {},
    items: { type: 'Worksheet', list: (_t, wb) => [...wb.sheets] },
    methods: {
      getItem: { since: '1.1', returns: 'Worksheet', run: (_t, [key], wb) => wb.getSheet(String(key)) },
      getItemOrNullObject: { since: '1.4', returns: 'Worksheet', nullable: true, run: (_t, [key], wb) => wb.findSheet(String(key)) ?? null },
      getActiveWorksheet: { since: '1.1', returns: 'Worksheet', run: (_t, _a, wb) => wb.activeSheet ?? fail(CODES.itemNotFound, 'No active worksheet.') },
      add: { since: '1.1', returns: 'Worksheet', run: (_t, [name], wb) => wb.addSheet(name as string) },
    },
  },
  Worksheet: {
    props: {
      name: ro('1.1', (s: SheetState) => s.name),
      id: ro('1.1', (s: SheetState) => s.id),
      position: ro('1.1', (s: SheetState, wb) => wb.sheets.indexOf(s)),
      visibility: rw('1.1', '1.2', (s: SheetState) => s.visibility, (s: SheetState, v, wb) => wb.setVisibility(s, v)),
      // @types/office-js: "if the worksheet is invisible, the value will be null".
      tabColor: rw('1.7', '1.7', (s: SheetState) => (s.visibility === 'Visible' ? s.tabColor : null), (s: SheetState, v, wb) => wb.setTabColor(s, v)),
    },
    nav: {
      freezePanes: { type: 'WorksheetFreezePanes', since: '1.7', resolve: (s) => s },
      protection: { type: 'WorksheetProtection', since: '1.2', resolve: (s) => s },
      charts: { type: 'ChartCollection', since: '1.1', resolve: (s) => s },
      pageLayout: { type: 'PageLayout', since: '1.9', resolve: (s) => s },
    },
    methods: {
      getRange: {
        since: '1.1',
        returns: 'Range',
        run: (s: SheetState, [address]) => {
          if (typeof address !== 'string') throw new FakeUsageError('getRange() without an address is not modelled');
          if (address.includes('!')) throw new FakeUsageError('Worksheet.getRange with a sheet-qualified address is not modelled');
          return rangeOf(s, parseA1(address));
        },
      },
      getRangeByIndexes: {
        since: '1.7',
        returns: 'Range',
        run: (s: SheetState, [r, c, rows, cols]) => {
          for (const n of [r, c, rows, cols]) if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail(CODES.invalidArgument, 'Invalid range indexes.');
          if ((rows as number) < 1 || (cols as number) < 1) fail(CODES.invalidArgument, 'A range has at least one cell.');
          return rangeOf(s, { r: r as number, c: c as number, rows: rows as number, cols: cols as number });
        },
      },
      getCell: { since: '1.1', returns: 'Range', run: (s: SheetState, [r, c]) => rangeOf(s, { r: r as number, c: c as number, rows: 1, cols: 1 }) },
      getUsedRange: {
        since: '1.1',
        returns: 'Range',
        run: (s: SheetState, [valuesOnly], wb) => rangeOf(s, wb.usedRange(s, valuesOnly === true) ?? { r: 0, c: 0, rows: 1, cols: 1 }),
      },
      getUsedRangeOrNullObject: {
        since: '1.4',
        returns: 'Range',
        nullable: true,
        run: (s: SheetState, [valuesOnly], wb) => {
          const u = wb.usedRange(s, valuesOnly === true);
          return u ? rangeOf(s, u) : null;
        },
      },
      activate: { since: '1.1', run: (s: SheetState, _a, wb) => wb.activate(s) },
    },
  },
  ChartCollection: {
    props: {},
    items: { type: 'Chart', list: (s: SheetState) => [...s.charts] },
    methods: {
      add: { since: '1.1', returns: 'Chart', run: (s: SheetState, [type, source, seriesBy], wb) => wb.addChart(s, type, source, seriesBy) },
      getItem: {
        since: '1.1',
        returns: 'Chart',
        run: (s: SheetState, [name], wb) => wb.findChart(s, String(name)) ?? fail(CODES.itemNotFound, `The requested resource doesn't exist: chart "${String(name)}".`),
      },
      getItemOrNullObject: { since: '1.4', returns: 'Chart', nullable: true, run: (s: SheetState, [name], wb) => wb.findChart(s, String(name)) ?? null },
    },
  },
  Chart: {
    props: {
      name: rw('1.1', '1.1', (c: ChartState) => c.name, (c: ChartState, v, wb) => wb.renameChart(c, v)),
    },
    nav: {
      title: { type: 'ChartTitle', since: '1.1', resolve: (c) => c },
    },
    methods: {
      setPosition: { since: '1.1', run: (c: ChartState, [start, end], wb) => wb.setChartPosition(c, start, end) },
      delete: { since: '1.1', run: (c: ChartState, _a, wb) => wb.deleteChart(c) },
    },
  },
  ChartTitle: {
    props: {
      text: rw('1.1', '1.1', (c: ChartState) => c.title, (c: ChartState, v, wb) => wb.setChartTitle(c, v)),
    },
  },
  WorksheetProtection: {
    props: {
      protected: ro('1.2', (s: SheetState) => s.protected),
    },
    methods: {
      protect: { since: '1.2', run: (s: SheetState, _a, wb) => wb.setProtected(s, true) },
      unprotect: { since: '1.2', run: (s: SheetState, _a, wb) => wb.setProtected(s, false) },
    },
  },
  WorksheetFreezePanes: {
    props: {},
    methods: {
      freezeRows: { since: '1.7', run: (s: SheetState, [n], wb) => wb.freezeRows(s, n) },
      unfreeze: { since: '1.7', run: (s: SheetState, _a, wb) => wb.freezeRows(s, 0) },
    },
  },
  Range: {
    props: {
      address: ro('1.1', (t: RangeTarget) => `${quoteSheet(t.sheet.name)}!${rectToA1(t.rect)}`),
      rowIndex: ro('1.1', (t: RangeTarget) => t.rect.r),
      columnIndex: ro('1.1', (t: RangeTarget) => t.rect.c),
      rowCount: ro('1.1', (t: RangeTarget) => t.rect.rows),
      columnCount: ro('1.1', (t: RangeTarget) => t.rect.cols),
      cellCount: ro('1.1', (t: RangeTarget) => t.rect.rows * t.rect.cols),
      values: rw('1.1', '1.1', (t: RangeTarget, wb) => wb.read(t.sheet, t.rect, 'values'), (t: RangeTarget, v, wb) => wb.write(t.sheet, t.rect, v, 'values')),
      formulas: rw('1.1', '1.1', (t: RangeTarget, wb) => wb.read(t.sheet, t.rect, 'formulas'), (t: RangeTarget, v, wb) => wb.write(t.sheet, t.rect, v, 'formulas')),
      numberFormat: rw(
        '1.1',
        '1.1',
        (t: RangeTarget, wb) => wb.read(t.sheet, t.rect, 'numberFormat'),
        (t: RangeTarget, v, wb) => wb.write(t.sheet, t.rect, v, 'numberFormat'),
      ),
      valueTypes: ro('1.1', (t: RangeTarget, wb) => wb.read(t.sheet, t.rect, 'valueTypes')),
    },
    nav: {
      format: { type: 'RangeFormat', since: '1.1', resolve: (t) => t },
      dataValidation: { type: 'DataValidation', since: '1.8', resolve: (t) => t },
      worksheet: { type: 'Worksheet', since: '1.1', resolve: (t: RangeTarget) => t.sheet },
    },
    methods: {
      select: { since: '1.1', run: (t: RangeTarget, _a, wb) => wb.select(t.sheet, t.rect) },
      clear: { since: '1.1', run: (t: RangeTarget, [applyTo], wb) => wb.clearRange(t.sheet, t.rect, applyTo) },
      delete: { since: '1.1', run: (t: RangeTarget, [shift], wb) => deleteRange(wb, t.sheet, t.rect, shift) },
      getLastRow: { since: '1.1', returns: 'Range', run: (t: RangeTarget) => rangeOf(t.sheet, { ...t.rect, r: t.rect.r + t.rect.rows - 1, rows: 1 }) },
      getCell: {
        since: '1.1',
        returns: 'Range',
        run: (t: RangeTarget, [r, c]) => rangeOf(t.sheet, { r: t.rect.r + (r as number), c: t.rect.c + (c as number), rows: 1, cols: 1 }),
      },
      getRowsBelow: {
        since: '1.2',
        returns: 'Range',
        run: (t: RangeTarget, [count]) => rangeOf(t.sheet, inSheet({ r: t.rect.r + t.rect.rows, c: t.rect.c, rows: count === undefined ? 1 : (count as number), cols: t.rect.cols })),
      },
      getColumnsAfter: {
        since: '1.2',
        returns: 'Range',
        run: (t: RangeTarget, [count]) => rangeOf(t.sheet, inSheet({ r: t.rect.r, c: t.rect.c + t.rect.cols, rows: t.rect.rows, cols: count === undefined ? 1 : (count as number) })),
      },
      getResizedRange: {
        since: '1.2',
        returns: 'Range',
        run: (t: RangeTarget, [dr, dc]) => rangeOf(t.sheet, inSheet({ ...t.rect, rows: t.rect.rows + (dr as number), cols: t.rect.cols + (dc as number) })),
      },
      getUsedRangeOrNullObject: {
        since: '1.4',
        returns: 'Range',
        nullable: true,
        run: (t: RangeTarget, [valuesOnly], wb) => {
          const u = wb.usedRange(t.sheet, valuesOnly === true, t.rect);
          return u ? rangeOf(t.sheet, u) : null;
        },
      },
    },
  },
  RangeFormat: {
    props: {
      columnWidth: rw(
        '1.2',
        '1.2',
        (t: RangeTarget) => {
          const ws = [...Array(t.rect.cols).keys()].map((j) => t.sheet.colWidths.get(t.rect.c + j) ?? 48);
          return ws.every((w) => w === ws[0]) ? ws[0] : null;
        },
        (t: RangeTarget, v, wb) => wb.setColumnWidth(t.sheet, t.rect, v),
      ),
    },
    nav: {
      fill: { type: 'RangeFill', since: '1.1', resolve: (t) => t },
      font: { type: 'RangeFont', since: '1.1', resolve: (t) => t },
    },
  },
  RangeFill: {
    props: {
      color: rw(
        '1.1',
        '1.1',
        (t: RangeTarget, wb) => wb.cell(t.sheet, t.rect.r, t.rect.c)?.fill ?? '#FFFFFF',
        (t: RangeTarget, v, wb) => wb.setFill(t.sheet, t.rect, v),
      ),
    },
    methods: { clear: { since: '1.1', run: (t: RangeTarget, _a, wb) => wb.clearFill(t.sheet, t.rect) } },
  },
  RangeFont: {
    props: {
      italic: rw(
        '1.1',
        '1.1',
        (t: RangeTarget, wb) => wb.cell(t.sheet, t.rect.r, t.rect.c)?.italic === true,
        (t: RangeTarget, v, wb) => wb.setItalic(t.sheet, t.rect, v),
      ),
    },
  },
  DataValidation: {
    props: {
      rule: rw('1.8', '1.8', (t: RangeTarget, wb) => firstCellValidation(wb, t, 'rule'), (t: RangeTarget, v, wb) => wb.setValidationRule(t.sheet, t.rect, v)),
      prompt: rw('1.8', '1.8', (t: RangeTarget, wb) => firstCellValidation(wb, t, 'prompt'), (t: RangeTarget, v, wb) => wb.setValidationPrompt(t.sheet, t.rect, v)),
      errorAlert: rw(
        '1.8',
        '1.8',
        (t: RangeTarget, wb) => firstCellValidation(wb, t, 'errorAlert'),
        (t: RangeTarget, v, wb) => wb.setValidationErrorAlert(t.sheet, t.rect, v),
      ),
    },
    methods: { clear: { since: '1.8', run: (t: RangeTarget, _a, wb) => wb.clearValidation(t.sheet, t.rect) } },
  },
  TableCollection: {
    props: {},
    items: { type: 'Table', list: (_t, wb) => [...wb.tables] },
    methods: {
      getItem: { since: '1.1', returns: 'Table', run: (_t, [key], wb) => wb.getTable(String(key)) },
      getItemOrNullObject: { since: '1.4', returns: 'Table', nullable: true, run: (_t, [key], wb) => wb.findTable(String(key)) ?? null },
      // @types/office-js: a Range argument needs ExcelApi 1.3; a string address works from 1.1.
      add: {
        since: (args) => (typeof args[0] === 'string' ? '1.1' : '1.3'),
        returns: 'Table',
        run: (_t, [address, hasHeaders], wb) => wb.addTable(typeof address === 'string' ? addressTarget(wb, address) : (address as RangeTarget), hasHeaders),
      },
    },
  },
  Table: {
    props: {
      name: rw('1.1', '1.1', (t: TableState) => t.name, (t: TableState, v, wb) => wb.renameTable(t, v)),
      id: ro('1.1', (t: TableState) => String(t.id)),
      style: rw('1.1', '1.1', (t: TableState) => t.style, (t: TableState, v, wb) => wb.setTableStyle(t, v)),
      showHeaders: rw('1.1', '1.1', (t: TableState) => t.showHeaders, (t: TableState, v, wb) => wb.setShowHeaders(t, v)),
      showTotals: rw('1.1', '1.1', (t: TableState) => t.showTotals, (t: TableState, v, wb) => wb.setShowTotals(t, v)),
    },
    nav: {
      worksheet: { type: 'Worksheet', since: '1.2', resolve: (t: TableState) => t.sheet },
      columns: { type: 'TableColumnCollection', since: '1.1', resolve: (t) => t },
      rows: { type: 'TableRowCollection', since: '1.1', resolve: (t) => t },
      autoFilter: { type: 'AutoFilter', since: '1.9', resolve: (t) => t },
    },
    methods: {
      getDataBodyRange: { since: '1.1', returns: 'Range', run: (t: TableState, _a, wb) => rangeOf(t.sheet, wb.bodyRect(t)) },
      getHeaderRowRange: { since: '1.1', returns: 'Range', run: (t: TableState, _a, wb) => rangeOf(t.sheet, wb.headerRect(t)) },
      getRange: { since: '1.1', returns: 'Range', run: (t: TableState, _a, wb) => rangeOf(t.sheet, wb.tableRect(t)) },
    },
  },
  // A table's AutoFilter (ExcelApi 1.9); the fake models only whether data is filtered.
  AutoFilter: {
    props: {
      enabled: ro('1.9', () => true),
      isDataFiltered: ro('1.9', (t: TableState) => t.filtered),
    },
    methods: {},
  },
  TableRowCollection: {
    props: {
      count: ro('1.1', (t: TableState) => t.rows),
    },
    methods: {
      // FACTS: adding several rows at once needs ExcelApi 1.4.
      add: {
        since: (args) => (Array.isArray(args[1]) && args[1].length > 1 ? '1.4' : '1.1'),
        run: (t: TableState, [index, values], wb) => wb.addTableRows(t, index, values),
      },
    },
  },
  TableColumnCollection: {
    props: {},
    items: { type: 'TableColumn', list: (t: TableState) => t.headers.map((_, index) => ({ table: t, index })) },
    methods: {
      // @types/office-js: 1.4 allows an omitted index (append) and the name parameter.
      add: {
        since: (args) => (args[0] === undefined || args[0] === null || args[0] === -1 || args[2] !== undefined ? '1.4' : '1.1'),
        returns: 'TableColumn',
        run: (t: TableState, [index, values, name], wb) => ({ table: t, index: wb.addTableColumn(t, index, values, name) }),
      },
      getItem: {
        since: '1.1',
        returns: 'TableColumn',
        run: (t: TableState, [key]) => {
          const index = t.headers.findIndex((h) => h.toLowerCase() === String(key).toLowerCase());
          if (index < 0) fail(CODES.itemNotFound, `The requested resource doesn't exist: column "${String(key)}".`);
          return { table: t, index };
        },
      },
    },
  },
  TableColumn: {
    props: {
      name: ro('1.1', (c: { table: TableState; index: number }) => c.table.headers[c.index]),
      index: ro('1.1', (c: { table: TableState; index: number }) => c.index),
    },
    methods: {
      getDataBodyRange: {
        since: '1.1',
        returns: 'Range',
        run: (c: { table: TableState; index: number }, _a, wb) => {
          const b = wb.bodyRect(c.table);
          return rangeOf(c.table.sheet, { ...b, c: b.c + c.index, cols: 1 });
        },
      },
      getHeaderRowRange: {
        since: '1.1',
        returns: 'Range',
        run: (c: { table: TableState; index: number }) => rangeOf(c.table.sheet, { r: c.table.r0, c: c.table.c0 + c.index, rows: 1, cols: 1 }),
      },
    },
  },
  NamedItemCollection: {
    props: {},
    items: { type: 'NamedItem', list: (_t, wb) => [...wb.names] },
    methods: {
      add: { since: '1.4', returns: 'NamedItem', run: (_t, [name, reference], wb) => wb.addName(name, reference) },
      getItem: { since: '1.1', returns: 'NamedItem', run: (_t, [name], wb) => wb.getName(String(name)) },
      getItemOrNullObject: { since: '1.4', returns: 'NamedItem', nullable: true, run: (_t, [name], wb) => wb.findName(String(name)) ?? null },
    },
  },
  NamedItem: {
    props: {
      name: ro('1.1', (n: NameState) => n.name),
      formula: rw('1.7', '1.7', (n: NameState) => n.formula, (n: NameState, v, wb) => (n.formula = wb.nameFormula(v))),
    },
    methods: { delete: { since: '1.4', run: (n: NameState, _a, wb) => wb.deleteName(n) } },
  },
};

// ---- payload ---------------------------------------------------------------------------------

const PROXIES = new WeakMap<object, ClientObject>();

function jsonBytes(x: unknown): number {
  const s = JSON.stringify(x, (_k, v) => (v && typeof v === 'object' && PROXIES.has(v) ? '{ClientObject}' : v));
  return s === undefined ? 0 : Buffer.byteLength(s, 'utf8');
}

// ---- client objects --------------------------------------------------------------------------

interface Action {
  readonly bytes: number;
  readonly where: string;
  /** Applies the action; a load returns its response size and what to deliver after the sync. */
  exec(): { bytes: number; deliver(): void } | void;
}

const INTROSPECTION = new Set(['then', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'constructor', 'inspect', '_isMockFunction']);

class ClientObject {
  target: unknown = undefined;
  resolved = false;
  isNull = false;
  synced = false;
  readonly loaded = new Map<string, unknown>();
  items: unknown[] | undefined;
  readonly navCache = new Map<string, unknown>();
  readonly proxy: object;

  constructor(
    readonly ctx: FakeContext,
    readonly type: string,
  ) {
    this.proxy = new Proxy(Object.create(null) as object, {
      get: (_o, prop) => this.get(prop),
      set: (_o, prop, value) => this.set(prop, value),
      has: (_o, prop) => typeof prop === 'string' && this.knows(prop),
    });
    PROXIES.set(this.proxy, this);
  }

  get spec(): TypeSpec {
    return SPECS[this.type];
  }

  private knows(prop: string): boolean {
    const s = this.spec;
    return prop in s.props || !!s.nav?.[prop] || !!s.methods?.[prop] || prop === 'load' || prop === 'context';
  }

  /** The resolved target; fails like Office when the object is a null object. */
  need(): unknown {
    if (!this.resolved) throw new FakeUsageError(`${this.type} used before it was resolved`);
    if (this.isNull) fail(CODES.invalidObjectPath, `The ${this.type} is a null object (check isNullObject before using it).`);
    return this.target;
  }

  private get(prop: string | symbol): unknown {
    if (typeof prop === 'symbol') return undefined;
    if (INTROSPECTION.has(prop)) return undefined;
    this.ctx.assertOpen();
    const s = this.spec;
    if (prop === 'context') return this.ctx.api;
    if (prop === 'load') return (opts?: unknown) => (this.ctx.queueLoad(this, opts), this.proxy);
    if (prop === 'toJSON') return () => Object.fromEntries(this.loaded);
    if (prop === 'isNullObject') {
      if (!this.synced) fail(CODES.propertyNotLoaded, `The property 'isNullObject' is not available before context.sync().`);
      return this.isNull;
    }
    if (prop === 'items' && s.items) {
      if (!this.items) fail(CODES.propertyNotLoaded, `The property 'items' is not available. Call load on the collection and context.sync() first.`);
      return this.items;
    }
    if (prop in s.props) {
      if (!this.loaded.has(prop)) {
        fail(
          CODES.propertyNotLoaded,
          `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
          `${this.type}.${prop}`,
        );
      }
      return this.loaded.get(prop);
    }
    const nav = s.nav?.[prop];
    if (nav) {
      let child = this.navCache.get(prop);
      if (!child) {
        child = this.ctx.createChild(nav.type, `${this.type}.${prop}`, nav.since, false, () => nav.resolve(this.need(), this.ctx.host.wb), 0);
        this.navCache.set(prop, child);
      }
      return child;
    }
    const m = s.methods?.[prop];
    if (m) return (...args: unknown[]) => this.ctx.call(this, prop, m, args);
    throw new FakeUsageError(`${this.type}.${prop} is not modelled by the fake (or not an Excel API member)`);
  }

  private set(prop: string | symbol, value: unknown): boolean {
    this.ctx.assertOpen();
    const p = typeof prop === 'string' ? this.spec.props[prop] : undefined;
    if (!p) throw new FakeUsageError(`cannot set ${this.type}.${String(prop)}: not a modelled property`);
    const setter = p.set;
    const since = p.setSince;
    if (!setter || !since) throw new FakeUsageError(`${this.type}.${String(prop)} is read-only`);
    const where = `${this.type}.${String(prop)}`;
    this.ctx.enqueue({
      bytes: 40 + jsonBytes(value),
      where,
      exec: () => {
        this.ctx.checkVersion(since, where);
        setter(this.need(), unwrap(value), this.ctx.host.wb);
      },
    });
    return true;
  }
}

/** Replaces client objects inside arguments by their resolved targets. */
function unwrap(v: unknown): unknown {
  if (v && typeof v === 'object') {
    const co = PROXIES.get(v);
    if (co) return co.need();
    if (Array.isArray(v)) return v;
    if (Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, unwrap(x)]));
    }
  }
  return v;
}

function parseLoad(opts: unknown, type: string): string[] | 'all' {
  if (opts === undefined) return 'all';
  let list: string[];
  if (typeof opts === 'string') list = opts.split(',');
  else if (Array.isArray(opts) && opts.every((x) => typeof x === 'string')) list = opts as string[];
  else throw new FakeUsageError(`${type}.load with an options object is not modelled`);
  return list.map((s) => s.trim()).filter((s) => s !== '');
}

export class FakeContext {
  private queue: Action[] = [];
  private created: ClientObject[] = [];
  private closed = false;
  readonly api: object;

  constructor(readonly host: FakeHostState) {
    const workbook = this.root('Workbook', {});
    const application = this.root('Application', {});
    const ctx = { workbook, application, sync: () => this.sync() };
    this.api = new Proxy(ctx, {
      get: (o, prop) => {
        if (typeof prop === 'symbol' || INTROSPECTION.has(prop)) return undefined;
        if (prop in o) return (o as Record<string, unknown>)[prop];
        throw new FakeUsageError(`RequestContext.${prop} is not modelled`);
      },
    });
  }

  private root(type: string, target: unknown): object {
    const o = new ClientObject(this, type);
    o.target = target;
    o.resolved = true;
    o.synced = true;
    return o.proxy;
  }

  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  assertOpen(): void {
    if (this.closed) throw new FakeUsageError('an object of a finished Excel.run was used (Office: InvalidObjectPath)');
  }

  enqueue(a: Action): void {
    this.assertOpen();
    this.queue.push(a);
  }

  checkVersion(since: string, where: string): void {
    if (!versionAtMost(since, this.host.apiVersion)) {
      fail(CODES.apiNotFound, `The API you are trying to use could not be found (${where} needs ExcelApi ${since}; host has ${this.host.apiVersion}).`, where);
    }
  }

  createChild(type: string, where: string, since: string, nullable: boolean, resolve: () => unknown, argBytes: number): object {
    const o = new ClientObject(this, type);
    this.created.push(o);
    this.enqueue({
      bytes: 40 + argBytes,
      where,
      exec: () => {
        this.checkVersion(since, where);
        const t = resolve();
        if (t === null || t === undefined) {
          if (!nullable) fail(CODES.itemNotFound, `The requested resource doesn't exist (${where}).`, where);
          o.isNull = true;
        }
        o.target = t;
        o.resolved = true;
      },
    });
    return o.proxy;
  }

  call(obj: ClientObject, name: string, m: MethodSpec, args: unknown[]): unknown {
    const where = `${obj.type}.${name}`;
    const since = typeof m.since === 'function' ? m.since(args) : m.since;
    const argBytes = jsonBytes(args);
    const wb = this.host.wb;
    if (m.returns) {
      return this.createChild(m.returns, where, since, m.nullable === true, () => m.run(obj.need(), args.map(unwrap), wb, this.host), argBytes);
    }
    this.enqueue({
      bytes: 40 + argBytes,
      where,
      exec: () => {
        this.checkVersion(since, where);
        m.run(obj.need(), args.map(unwrap), wb, this.host);
      },
    });
    return undefined;
  }

  queueLoad(obj: ClientObject, opts: unknown): void {
    const spec = obj.spec;
    const parsed = parseLoad(opts, obj.type);
    const wb = this.host.wb;
    if (spec.items) {
      const itemSpec = SPECS[spec.items.type];
      const props =
        parsed === 'all'
          ? Object.keys(itemSpec.props)
          : parsed.map((p) => {
              const name = p.startsWith('items/') ? p.slice(6) : p;
              if (!(name in itemSpec.props)) throw new FakeUsageError(`load of unknown property "${p}" on ${obj.type}`);
              return name;
            });
      const where = `${obj.type}.load`;
      const itemsSpec = spec.items;
      this.enqueue({
        bytes: 40 + jsonBytes(props),
        where,
        exec: () => {
          for (const p of props) this.checkVersion(itemSpec.props[p].since, `${itemsSpec.type}.${p}`);
          const targets = itemsSpec.list(obj.need(), wb);
          const rows = targets.map((t) => Object.fromEntries(props.map((p) => [p, itemSpec.props[p].get(t, wb)])));
          return {
            bytes: jsonBytes(rows),
            deliver: () => {
              obj.items = targets.map((t, i) => {
                const item = new ClientObject(this, itemsSpec.type);
                item.target = t;
                item.resolved = true;
                item.synced = true;
                for (const [k, v] of Object.entries(rows[i])) item.loaded.set(k, v);
                return item.proxy;
              });
            },
          };
        },
      });
      return;
    }
    const props =
      parsed === 'all'
        ? Object.keys(spec.props)
        : parsed.map((p) => {
            if (!(p in spec.props)) throw new FakeUsageError(`load of unknown property "${p}" on ${obj.type}`);
            return p;
          });
    const where = `${obj.type}.load(${props.join(',')})`;
    this.enqueue({
      bytes: 40 + jsonBytes(props),
      where,
      exec: () => {
        for (const p of props) this.checkVersion(spec.props[p].since, `${obj.type}.${p}`);
        if (!obj.resolved) throw new FakeUsageError(`${obj.type} loaded before it was resolved`);
        if (obj.isNull) return { bytes: 20, deliver: () => undefined };
        const t = obj.need();
        const values = Object.fromEntries(props.map((p) => [p, spec.props[p].get(t, wb)]));
        return {
          bytes: jsonBytes(values),
          deliver: () => {
            for (const [k, v] of Object.entries(values)) obj.loaded.set(k, v);
          },
        };
      },
    });
  }

  async sync(): Promise<void> {
    this.assertOpen();
    const actions = this.queue;
    const created = this.created;
    this.queue = [];
    this.created = [];
    const requestBytes = 100 + actions.reduce((n, a) => n + a.bytes, 0);
    const record = (responseBytes: number, error?: string): void => {
      this.host.syncs.push({ requestBytes, responseBytes, actions: actions.length, ...(error ? { error } : {}) });
    };
    // A round trip: let other promise callbacks run first, as a real host call would.
    await Promise.resolve();
    if (requestBytes > this.host.payloadLimitBytes) {
      record(0, CODES.requestPayloadSizeLimitExceeded);
      fail(CODES.requestPayloadSizeLimitExceeded, `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const deliveries: Array<() => void> = [];
    let responseBytes = 100;
    let current = '';
    const inject = this.host.injected && this.host.injected.sync === this.host.syncs.length + 1 ? this.host.injected : null;
    const failAt = inject ? (inject.command === 'first' ? 0 : inject.command === 'last' ? actions.length - 1 : inject.command - 1) : -1;
    try {
      for (const [k, a] of actions.entries()) {
        current = a.where;
        // An injected failure: the commands before it stay applied; Excel does not roll a request back (FACTS).
        if (k === failAt) fail('GeneralException', `Injected failure at command ${k + 1} of sync ${this.host.syncs.length + 1}.`, a.where);
        const r = a.exec();
        if (r) {
          responseBytes += r.bytes;
          deliveries.push(r.deliver);
        }
      }
    } catch (e) {
      record(responseBytes, e instanceof FakeOfficeError ? e.code : 'exception');
      if (e instanceof FakeOfficeError && !e.debugInfo.errorLocation) {
        throw new FakeOfficeError(e.code, e.message, current);
      }
      throw e;
    }
    if (responseBytes > this.host.payloadLimitBytes) {
      record(responseBytes, CODES.responsePayloadSizeLimitExceeded);
      fail(CODES.responsePayloadSizeLimitExceeded, `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    record(responseBytes);
    for (const o of created) o.synced = true;
    for (const d of deliveries) d();
  }
}

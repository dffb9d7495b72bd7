/**
 * The fake's page layout (ExcelApi 1.9: Worksheet.pageLayout, PageLayout, HeaderFooterGroup,
 * HeaderFooter) and Workbook.getActiveCell (ExcelApi 1.7), as strict as the rest of the fake:
 * enum values are checked, zoom takes either a scale (10–400) or whole fit-to-page counts ≥ 1 (the
 * docs do not say whether 0 means "automatic", so the fake refuses it), print titles must be whole
 * rows, a print area a plain range, and a header or footer section at most 255 characters.
 */
import type { Rect } from './a1';
import { parseA1, quoteSheet } from './a1';
import { CODES, fail } from './errors';
import type { FakeWorkbook, RangeTarget, SheetState } from './state';

/* eslint-disable @typescript-eslint/no-explicit-any */
type T = any;

export interface FakeZoom {
  readonly scale?: number;
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  printGridlines: boolean;
  centerHorizontally: boolean;
  zoom: FakeZoom;
  printTitleRows: Rect | null;
  printArea: readonly Rect[] | null;
  readonly texts: Record<HeaderFooterKey, string>;
}

const KEYS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
type HeaderFooterKey = (typeof KEYS)[number];
const PAPER = new Set(['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal', 'Executive']);

const LAYOUTS = new WeakMap<SheetState, PageLayoutState>();

/** A sheet's page layout (Excel's defaults until something is set). */
export function pageLayoutOf(s: SheetState): PageLayoutState {
  let l = LAYOUTS.get(s);
  if (!l) {
    l = {
      orientation: 'Portrait',
      paperSize: 'Letter',
      printGridlines: false,
      centerHorizontally: false,
      zoom: { scale: 100 },
      printTitleRows: null,
      printArea: null,
      texts: Object.fromEntries(KEYS.map((k) => [k, ''])) as Record<HeaderFooterKey, string>,
    };
    LAYOUTS.set(s, l);
  }
  return l;
}


const rw = (since: string, get: (t: T, wb: FakeWorkbook) => unknown, set: (t: T, v: unknown, wb: FakeWorkbook) => void) => ({
  since,
  setSince: since,
  get,
  set,
});

function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') fail(CODES.invalidArgument, 'Expected true or false.');
  return v;
}

function zoomOf(v: unknown): FakeZoom {
  if (typeof v !== 'object' || v === null) fail(CODES.invalidArgument, 'zoom must be an object.');
  const z = v as Record<string, unknown>;
  for (const k of Object.keys(z)) if (!['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k)) fail(CODES.invalidArgument, `zoom has no ${k}.`);
  const fit = ['horizontalFitToPages', 'verticalFitToPages'].filter((k) => z[k] !== undefined && z[k] !== null);
  for (const k of fit) if (!Number.isInteger(z[k]) || (z[k] as number) < 1) fail(CODES.invalidArgument, `zoom.${k} must be a whole number of pages.`);
  if (z.scale !== undefined && z.scale !== null) {
    if (fit.length > 0) fail(CODES.invalidArgument, 'zoom takes a scale or pages to fit, not both.');
    if (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400) fail(CODES.invalidArgument, 'zoom.scale must be between 10 and 400.');
  }
  if (fit.length === 0 && (z.scale === undefined || z.scale === null)) fail(CODES.invalidArgument, 'zoom needs a scale or pages to fit.');
  return { ...z } as FakeZoom;
}

function wholeRows(address: unknown): Rect {
  const m = typeof address === 'string' ? /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(address) : null;
  if (!m) fail(CODES.invalidArgument, `Print title rows must be whole rows such as $1:$1, not "${String(address)}".`);
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a < 1 || b < a) fail(CODES.invalidArgument, `Invalid rows "${String(address)}".`);
  return { r: a - 1, c: 0, rows: b - a + 1, cols: 16384 };
}

function wholeColumnsOrRange(a: string): Rect {
  const m = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(a);
  if (!m) return parseA1(a);
  const first = parseA1(`${m[1]}1`).c;
  const last = parseA1(`${m[2]}1`).c;
  if (last < first) fail(CODES.invalidArgument, `Invalid columns "${a}".`);
  return { r: 0, c: first, rows: 1048576, cols: last - first + 1 };
}

export const PAGE_LAYOUT_SPECS = {
  PageLayout: {
    props: {
      orientation: rw('1.9', (s: SheetState) => pageLayoutOf(s).orientation, (s: SheetState, v) => {
        if (v !== 'Portrait' && v !== 'Landscape') fail(CODES.invalidArgument, `Invalid orientation "${String(v)}".`);
        pageLayoutOf(s).orientation = v;
      }),
      paperSize: rw('1.9', (s: SheetState) => pageLayoutOf(s).paperSize, (s: SheetState, v) => {
        if (typeof v !== 'string' || !PAPER.has(v)) fail(CODES.invalidArgument, `Invalid paper size "${String(v)}".`);
        pageLayoutOf(s).paperSize = v;
      }),
      printGridlines: rw('1.9', (s: SheetState) => pageLayoutOf(s).printGridlines, (s: SheetState, v) => {
        pageLayoutOf(s).printGridlines = bool(v);
      }),
      centerHorizontally: rw('1.9', (s: SheetState) => pageLayoutOf(s).centerHorizontally, (s: SheetState, v) => {
        pageLayoutOf(s).centerHorizontally = bool(v);
      }),
      zoom: rw('1.9', (s: SheetState) => ({ ...pageLayoutOf(s).zoom }), (s: SheetState, v) => {
        pageLayoutOf(s).zoom = zoomOf(v);
      }),
    },
    nav: { headersFooters: { type: 'HeaderFooterGroup', since: '1.9', resolve: (s: SheetState) => s } },
    methods: {
      setPrintTitleRows: { since: '1.9', run: (s: SheetState, [address]: unknown[]) => void (pageLayoutOf(s).printTitleRows = wholeRows(address)) },
      setPrintArea: {
        since: '1.9',
        run: (s: SheetState, [address]: unknown[]) => {
          if (typeof address !== 'string' || address.includes('!')) fail(CODES.invalidArgument, 'A print area is an address on this sheet.');
          // Several areas are separated by commas, as Excel writes them (RangeAreas addresses).
          pageLayoutOf(s).printArea = address.split(',').map((a) => wholeColumnsOrRange(a.trim()));
        },
      },
      getPrintTitleRowsOrNullObject: {
        since: '1.9',
        returns: 'Range',
        nullable: true,
        run: (s: SheetState): RangeTarget | null => {
          const r = pageLayoutOf(s).printTitleRows;
          return r ? { sheet: s, rect: r } : null;
        },
      },
    },
  },
  HeaderFooterGroup: {
    props: {},
    nav: { defaultForAllPages: { type: 'HeaderFooter', since: '1.9', resolve: (s: SheetState) => s } },
  },
  HeaderFooter: {
    props: Object.fromEntries(
      KEYS.map((k) => [
        k,
        rw('1.9', (s: SheetState) => pageLayoutOf(s).texts[k], (s: SheetState, v) => {
          if (typeof v !== 'string' || v.length > 255) fail(CODES.invalidArgument, `${k} must be text of at most 255 characters.`);
          pageLayoutOf(s).texts[k] = v;
        }),
      ]),
    ),
  },
};

/** Workbook.getActiveCell: the top-left cell of the selection, or A1 of the active sheet. */
export const GET_ACTIVE_CELL = {
  since: '1.7',
  returns: 'Range',
  run: (_t: T, _a: unknown[], wb: FakeWorkbook): RangeTarget => {
    const sel = wb.selection;
    const sheet = sel ? wb.getSheet(sel.sheet) : wb.activeSheet;
    if (!sheet) fail(CODES.invalidOperation, 'There is no active worksheet.');
    const rect = sel ? parseA1(sel.address) : { r: 0, c: 0, rows: 1, cols: 1 };
    return { sheet, rect: { r: rect.r, c: rect.c, rows: 1, cols: 1 } };
  },
};

/** For tests: the print titles as Excel would show them, e.g. "'Customers'!$1:$1". */
export function printTitlesOf(s: SheetState): string | null {
  const r = pageLayoutOf(s).printTitleRows;
  return r ? `${quoteSheet(s.name)}!$${r.r + 1}:$${r.r + r.rows}` : null;
}



/**
 * The print operations in Office.js: page setup through Worksheet.pageLayout (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout), a range's data validation
 * (ExcelApi 1.8) and column widths (ExcelApi 1.2).
 *
 * Page setup is presentation: on a host without ExcelApi 1.9 it is skipped, never failing the
 * plan, and `pageSetupSupported` lets the task pane say so. With `keepExisting`, one extra round
 * trip (for the whole plan, whatever the number of sheets) reads each such sheet's print titles,
 * footers, orientation and zoom; a sheet where any differs from Excel's defaults is left alone.
 * Header/footer texts use Excel's format codes (&A, &P, &N), which Office.js takes as they are
 * (HeaderFooter: "use format codes specified here: https://msdn.microsoft.com/library/bb225426.aspx").
 */
import type { PageSetup, WriteOp } from '../../core/port/types';
import { parseBlock, blockAddress } from './address';
import { widthToPoints } from './columnFormat';
import type { WriteBatch } from './writeBatch';

type PageSetupOp = Extract<WriteOp, { op: 'pageSetup' }>;

export interface PrintWriter {
  readonly batch: WriteBatch;
  readonly ctx: Excel.RequestContext;
  ws(sheet: string): Excel.Worksheet;
}

/** Whether the host can set up printing: ExcelApi 1.9 (PageLayout). */
export function pageSetupSupported(isSetSupported: (set: string, version: string) => boolean): boolean {
  return isSetSupported('ExcelApi', '1.9');
}

interface Probe {
  readonly titles: Excel.Range;
  readonly layout: Excel.PageLayout;
  readonly footers: Excel.HeaderFooter;
}

/** What the user may have set: anything but Excel's defaults counts as the user's own. */
function userSet(p: Probe): boolean {
  const f = p.footers;
  const z = p.layout.zoom;
  const zoomed = z !== null && z !== undefined && ((z.scale !== undefined && z.scale !== null && z.scale !== 100) || !!z.horizontalFitToPages || !!z.verticalFitToPages);
  return (
    !p.titles.isNullObject ||
    p.layout.orientation === 'Landscape' ||
    zoomed ||
    [f.leftFooter, f.centerFooter, f.rightFooter, f.leftHeader, f.centerHeader, f.rightHeader].some((s) => s !== '')
  );
}

/** Sets up printing of the sheets of every pageSetup operation of a plan: at most one extra sync. */
export async function queuePageSetups(w: PrintWriter, ops: readonly { sheet: string; op: PageSetupOp }[]): Promise<void> {
  const probes = new Map<string, Probe>();
  for (const { sheet, op } of ops) {
    if (!op.keepExisting) continue;
    const layout = w.ws(sheet).pageLayout;
    probes.set(sheet, {
      titles: layout.getPrintTitleRowsOrNullObject().load('address'),
      layout: layout.load('orientation,zoom'),
      footers: layout.headersFooters.defaultForAllPages.load('leftFooter,centerFooter,rightFooter,leftHeader,centerHeader,rightHeader'),
    });
  }
  if (probes.size > 0) {
    await w.batch.flush();
    await w.ctx.sync();
  }
  for (const { sheet, op } of ops) {
    const probe = probes.get(sheet);
    if (probe && userSet(probe)) continue;
    await w.batch.reserve(800);
    queueSetup(w.ws(sheet).pageLayout, op.setup);
  }
}

function queueSetup(layout: Excel.PageLayout, s: PageSetup): void {
  // The enums' string values: tests run without the Excel global.
  layout.paperSize = 'A4';
  layout.orientation = s.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // "As many pages as needed" tall is left out: whether 0 is accepted is not documented.
  const zoom: Excel.PageLayoutZoomOptions = {};
  if (s.fitWide > 0) zoom.horizontalFitToPages = s.fitWide;
  if (s.fitTall > 0) zoom.verticalFitToPages = s.fitTall;
  if (s.fitWide > 0 || s.fitTall > 0) layout.zoom = zoom;
  layout.printGridlines = s.gridLines;
  layout.centerHorizontally = s.centerHorizontally;
  if (s.titleRows) layout.setPrintTitleRows(`$${s.titleRows.first}:$${s.titleRows.last}`);
  if (s.printArea) layout.setPrintArea(s.printArea.replace(/\$/g, ''));
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = s.footer.left;
  footer.centerFooter = s.footer.center;
  footer.rightFooter = s.footer.right;
}

/** A1 address of a block, or null when `address` is not a plain range. */
export function blockOf(address: string): string | null {
  const r = parseBlock(address.replace(/\$/g, ''));
  return r ? blockAddress(r.row, r.col, r.rows, r.cols) : null;
}

export async function queueColumnWidths(w: PrintWriter, sheet: string, widths: readonly { col: number; width: number }[]): Promise<void> {
  const ws = w.ws(sheet);
  for (const x of widths) {
    await w.batch.reserve(200);
    ws.getRangeByIndexes(0, x.col - 1, 1, 1).format.columnWidth = widthToPoints(x.width);
  }
}

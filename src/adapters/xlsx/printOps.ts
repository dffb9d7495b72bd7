/**
 * Printing and view-sheet operations on an .xlsx: page setup (ECMA-376 Part 1 §18.3.1.63
 * pageSetup, §18.3.1.70 printOptions, §18.3.1.46 headerFooter, §18.3.1.65 sheetPr/pageSetUpPr),
 * print titles and print area (the built-in names _xlnm.Print_Titles and _xlnm.Print_Area, scoped
 * to the sheet by localSheetId, §18.2.5), a single range's data validation and column widths.
 */
import type { DataValidationSpec, PageSetup } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import type { Book } from './book';
import { appendValidation, setColumnWidth } from './columns';
import { XLSX_MESSAGES as M } from './messages';
import { formatRange, parseRange } from './refs';
import { WORKBOOK_ORDER, WORKSHEET_ORDER } from './skeleton';
import { attrsOf, escapeText, insertChild, rootChildren, rootPrefix, setAttr, upsertChild } from './xml';

const PAPER_A4 = '9';
const PRINT_NAMES = ['_xlnm.Print_Titles', '_xlnm.Print_Area'];

/** Whether the user (or Excel) has already set how this sheet prints: then keepExisting leaves it. */
function hasOwnPageSetup(book: Book, sheetIndex: number, frame: string): boolean {
  const children = rootChildren(frame);
  const el = (name: string) => children.find((c) => c.name === name);
  const text = (c: { start: number; end: number } | undefined) => (c ? frame.slice(c.start, c.end) : '');
  const setup = attrsOf(/^<[^>]*>/.exec(text(el('pageSetup')))?.[0] ?? '<x>');
  // Excel writes paperSize and orientation="portrait" on every sheet it saves, so only a choice
  // away from its defaults counts: landscape, a scale other than 100 %, or fit-to-page counts.
  if (setup.orientation === 'landscape' || (setup.scale !== undefined && setup.scale !== '100')) return true;
  if (['fitToWidth', 'fitToHeight'].some((a) => setup[a] !== undefined && setup[a] !== '1')) return true;
  if (/<(?:[\w.-]+:)?(?:odd|even|first)(?:Header|Footer)>/.test(text(el('headerFooter')))) return true;
  if (/fitToPage\s*=\s*"(1|true)"/.test(text(el('sheetPr')))) return true;
  return definedNamesOf(book).some((d) => d.localSheetId === sheetIndex && PRINT_NAMES.includes(d.name));
}

function definedNamesOf(book: Book): { name: string; localSheetId: number | null }[] {
  const block = rootChildren(book.workbookXml).find((c) => c.name === 'definedNames');
  if (!block) return [];
  const body = book.workbookXml.slice(block.start, block.end);
  return [...body.matchAll(/<(?:[\w.-]+:)?definedName\b([^>]*)>/g)].map((m) => {
    const a = attrsOf(`<x${m[1]!.replace(/\/$/, '')}>`);
    return { name: a.name ?? '', localSheetId: a.localSheetId === undefined ? null : Number(a.localSheetId) };
  });
}

/** Sets (replacing) a sheet-scoped built-in name such as _xlnm.Print_Titles. */
function setSheetName(book: Book, name: string, sheetIndex: number, formula: string): void {
  const xml = book.workbookXml;
  const p = rootPrefix(xml, 'workbook');
  const el = `<${p}definedName name="${name}" localSheetId="${sheetIndex}">${escapeText(formula)}</${p}definedName>`;
  const block = rootChildren(xml).find((c) => c.name === 'definedNames');
  if (!block) {
    book.workbookXml = upsertChild(xml, WORKBOOK_ORDER, 'definedNames', `<${p}definedNames>${el}</${p}definedNames>`);
    return;
  }
  let text = xml.slice(block.start, block.end);
  text = text.replace(/<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g, (whole, attrs: string) => {
    const a = attrsOf(`<x${attrs}>`);
    return a.name === name && Number(a.localSheetId) === sheetIndex ? '' : whole;
  });
  if (/\/>$/.test(text) && !text.includes('</')) text = text.replace(/\s*\/>$/, `></${p}definedNames>`);
  const close = text.lastIndexOf('</');
  book.workbookXml = xml.slice(0, block.start) + text.slice(0, close) + el + text.slice(close) + xml.slice(block.end);
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export function pageSetup(book: Book, sheetName: string, setup: PageSetup, keepExisting: boolean): void {
  const entry = book.worksheet(sheetName);
  const index = book.sheets().indexOf(entry);
  const doc = book.doc(entry.part);
  if (keepExisting && hasOwnPageSetup(book, index, doc.frame)) return;
  const p = doc.prefix;
  let frame = doc.frame;
  const fit = setup.fitWide > 0 || setup.fitTall > 0;
  const pr = rootChildren(frame).find((c) => c.name === 'sheetPr');
  if (fit) {
    if (!pr) frame = insertChild(frame, WORKSHEET_ORDER, 'sheetPr', `<${p}sheetPr><${p}pageSetUpPr fitToPage="1"/></${p}sheetPr>`);
    else {
      let text = frame.slice(pr.start, pr.end);
      if (/<(?:[\w.-]+:)?pageSetUpPr\b/.test(text)) text = text.replace(/<(?:[\w.-]+:)?pageSetUpPr\b[^>]*?\/?>/, (t) => setAttr(t, 'fitToPage', '1'));
      else if (/\/>$/.test(text)) text = text.replace(/\s*\/>$/, `><${p}pageSetUpPr fitToPage="1"/></${p}sheetPr>`);
      // CT_SheetPr: tabColor, outlinePr, pageSetUpPr — so it goes last.
      else text = text.replace(/<\/(?:[\w.-]+:)?sheetPr>$/, (close) => `<${p}pageSetUpPr fitToPage="1"/>${close}`);
      frame = frame.slice(0, pr.start) + text + frame.slice(pr.end);
    }
  }
  const options = `<${p}printOptions${setup.centerHorizontally ? ' horizontalCentered="1"' : ''}${setup.gridLines ? ' gridLines="1"' : ''}/>`;
  frame = upsertChild(frame, WORKSHEET_ORDER, 'printOptions', options);
  if (!rootChildren(frame).some((c) => c.name === 'pageMargins')) {
    frame = insertChild(frame, WORKSHEET_ORDER, 'pageMargins', `<${p}pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>`);
  }
  const fitAttrs = fit ? ` fitToWidth="${setup.fitWide}" fitToHeight="${setup.fitTall}"` : '';
  frame = upsertChild(frame, WORKSHEET_ORDER, 'pageSetup', `<${p}pageSetup paperSize="${PAPER_A4}" orientation="${setup.orientation}"${fitAttrs}/>`);
  const f = setup.footer;
  const footer = `${f.left ? `&L${f.left}` : ''}${f.center ? `&C${f.center}` : ''}${f.right ? `&R${f.right}` : ''}`;
  frame = upsertChild(frame, WORKSHEET_ORDER, 'headerFooter', `<${p}headerFooter><${p}oddFooter>${escapeText(footer)}</${p}oddFooter></${p}headerFooter>`);
  doc.frame = frame;
  const sheetRef = quoteSheet(entry.name);
  if (setup.titleRows) setSheetName(book, '_xlnm.Print_Titles', index, `${sheetRef}!$${setup.titleRows.first}:$${setup.titleRows.last}`);
  if (setup.printArea) {
    const areas = setup.printArea.split(',').map((a) => `${sheetRef}!${a.trim()}`);
    setSheetName(book, '_xlnm.Print_Area', index, areas.join(','));
  }
}

export function setValidation(book: Book, sheetName: string, address: string, spec: DataValidationSpec): void {
  const doc = book.doc(book.worksheet(sheetName).part);
  const range = parseRange(address.replace(/\$/g, ''));
  if (!range) throw new PortError('conflict', M.badRange[book.lang](sheetName, address));
  appendValidation(doc, formatRange(range), spec);
}

export function setColumnWidths(book: Book, sheetName: string, widths: readonly { col: number; width: number }[]): void {
  const doc = book.doc(book.worksheet(sheetName).part);
  for (const w of widths) setColumnWidth(doc, w.col, w.width);
}


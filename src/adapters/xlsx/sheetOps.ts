/** Workbook-level operations: sheets, visibility, panes, the active sheet and defined names. */
import type { SheetVisibility } from '../../core/model/types';
import { PortError } from '../../core/port/types';
import type { Book } from './book';
import { XLSX_MESSAGES as M } from './messages';
import { CT, REL, addOverride, addRel, freePartName } from './package';
import { newSheetXml, WORKBOOK_ORDER, WORKSHEET_ORDER } from './skeleton';
import { escapeAttr, insertChild, rootChildren, rootPrefix, setAttr, upsertChild } from './xml';

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The prefix bound to the relationships namespace on a part's root, adding `r` if none is. */
export function relPrefix(xml: string, root: string): { xml: string; prefix: string } {
  const m = new RegExp(`xmlns:([\\w.-]+)="${RELS_NS.replace(/[./]/g, '\\$&')}"`).exec(xml);
  if (m) return { xml, prefix: m[1]! };
  const re = new RegExp(`<((?:[\\w.-]+:)?)${root}\\b`);
  return { xml: xml.replace(re, (s) => `${s} xmlns:r="${RELS_NS}"`), prefix: 'r' };
}

export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

export function addSheet(book: Book, name: string, visibility: SheetVisibility, tabColor?: string): void {
  if (!validSheetName(name)) throw new PortError('conflict', M.badSheetName[book.lang](name));
  if (book.sheet(name)) throw new PortError('conflict', M.sheetExists[book.lang](name));
  const dir = book.workbookPart.slice(0, book.workbookPart.lastIndexOf('/') + 1);
  const part = freePartName(book.pkg, `${dir}worksheets/sheet`, '.xml');
  book.pkg.setText(part, newSheetXml(tabColor));
  addOverride(book.pkg, part, CT.worksheet);
  const rId = addRel(book.pkg, book.workbookPart, REL.worksheet, part);
  const sheetId = Math.max(0, ...book.sheets().map((s) => s.sheetId)) + 1;
  const { xml, prefix } = relPrefix(book.workbookXml, 'workbook');
  const p = rootPrefix(xml, 'workbook');
  const state = visibility === 'visible' ? '' : ` state="${visibility}"`;
  const el = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${state} ${prefix}:id="${rId}"/>`;
  const sheets = rootChildren(xml).find((c) => c.name === 'sheets');
  if (!sheets) {
    book.workbookXml = insertChild(xml, WORKBOOK_ORDER, 'sheets', `<${p}sheets>${el}</${p}sheets>`);
  } else {
    let text = xml.slice(sheets.start, sheets.end);
    if (/\/>$/.test(text) && !text.includes('</')) text = text.replace(/\s*\/>$/, `></${p}sheets>`);
    const close = text.lastIndexOf('</');
    book.workbookXml = xml.slice(0, sheets.start) + text.slice(0, close) + el + text.slice(close) + xml.slice(sheets.end);
  }
  book.resetSheets();
}

export function setVisibility(book: Book, sheetName: string, visibility: SheetVisibility): void {
  const target = book.sheet(sheetName);
  if (!target) throw new PortError('conflict', M.noSheet[book.lang](sheetName));
  if (visibility !== 'visible' && !book.sheets().some((s) => s !== target && s.visibility === 'visible')) {
    throw new PortError('conflict', M.lastVisible[book.lang](target.name));
  }
  book.workbookXml = editSheetTag(book.workbookXml, target.name, (tag) => setAttr(tag, 'state', visibility === 'visible' ? null : visibility));
  book.resetSheets();
  if (visibility !== 'visible' && activeIndex(book) === book.sheets().findIndex((s) => s.name === target.name)) {
    // Excel must not open on a hidden sheet: the first visible one becomes active.
    const first = book.sheets().find((s) => s.visibility === 'visible')!;
    activate(book, first.name);
  }
}

function editSheetTag(workbookXml: string, name: string, edit: (tag: string) => string): string {
  const sheets = rootChildren(workbookXml).find((c) => c.name === 'sheets')!;
  const body = workbookXml.slice(sheets.start, sheets.end).replace(/<(?:[\w.-]+:)?sheet\b[^>]*>/g, (tag) => {
    const m = /\bname\s*=\s*"([^"]*)"/.exec(tag);
    return m && m[1] === escapeAttr(name) ? edit(tag) : tag;
  });
  return workbookXml.slice(0, sheets.start) + body + workbookXml.slice(sheets.end);
}

function activeIndex(book: Book): number {
  const m = /<(?:[\w.-]+:)?workbookView\b[^>]*\bactiveTab\s*=\s*"(\d+)"/.exec(book.workbookXml);
  return m ? Number(m[1]) : 0;
}

export function activate(book: Book, sheetName: string): void {
  const sheets = book.sheets();
  const index = sheets.findIndex((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (index < 0) throw new PortError('conflict', M.noSheet[book.lang](sheetName));
  if (sheets[index]!.visibility !== 'visible') throw new PortError('conflict', M.hiddenActive[book.lang](sheetName));
  const xml = book.workbookXml;
  const p = rootPrefix(xml, 'workbook');
  const views = rootChildren(xml).find((c) => c.name === 'bookViews');
  if (views) {
    const text = xml.slice(views.start, views.end).replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/, (tag) => {
      let t = setAttr(tag, 'activeTab', String(index));
      // firstSheet (the first tab shown in the tab bar) must not be after the active one.
      const first = /\bfirstSheet\s*=\s*"(\d+)"/.exec(t);
      if (first && Number(first[1]) > index) t = setAttr(t, 'firstSheet', String(index));
      return t;
    });
    book.workbookXml = xml.slice(0, views.start) + text + xml.slice(views.end);
  } else {
    book.workbookXml = insertChild(xml, WORKBOOK_ORDER, 'bookViews', `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`);
  }
  // Exactly one selected tab: several would open the sheets grouped, and edits would hit them all.
  for (const s of sheets) {
    if (!s.part || !s.isWorksheet) continue;
    const doc = book.doc(s.part);
    const selected = s === sheets[index];
    const frame = doc.frame;
    const next = frame.replace(/<(?:[\w.-]+:)?sheetView\b[^>]*?\/?>/, (tag) => setAttr(tag, 'tabSelected', selected ? '1' : null));
    if (next !== frame) doc.frame = next;
  }
}

export function freezeRows(book: Book, sheetName: string, rows: number): void {
  const doc = book.doc(book.worksheet(sheetName).part);
  const p = doc.prefix;
  let frame = doc.frame;
  const empty = `<${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>`;
  let views = rootChildren(frame).find((c) => c.name === 'sheetViews');
  if (!views) frame = insertChild(frame, WORKSHEET_ORDER, 'sheetViews', empty);
  else if (!/<(?:[\w.-]+:)?sheetView\b/.test(frame.slice(views.start, views.end))) frame = frame.slice(0, views.start) + empty + frame.slice(views.end);
  views = rootChildren(frame).find((c) => c.name === 'sheetViews')!;
  let text = frame.slice(views.start, views.end);
  const view = /<((?:[\w.-]+:)?)sheetView\b[^>]*?(\/?)>/.exec(text)!;
  const close = `</${view[1]}sheetView>`;
  let inner = '';
  let end = view.index + view[0].length;
  if (view[2] !== '/') {
    const at = text.indexOf(close, end);
    inner = text.slice(end, at);
    end = at + close.length;
  }
  // The first view's pane and selections are replaced; pivot selections and extensions stay.
  inner = inner.replace(/<(?:[\w.-]+:)?(?:pane|selection)\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?(?:pane|selection)>)/g, '');
  const cell = `A${rows + 1}`;
  const pane =
    rows > 0
      ? `<${p}pane ySplit="${rows}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/>` +
        `<${p}selection pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>`
      : '';
  const open = view[0].replace(/\s*\/>$/, '>');
  text = text.slice(0, view.index) + open + pane + inner + close + text.slice(end);
  doc.frame = frame.slice(0, views.start) + text + frame.slice(views.end);
}

/** Excel's rules for names: a letter, underscore or backslash first; no cell addresses. */
export function validName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^(?:[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*)$/.test(name)) return false;
  return !/^(true|false)$/i.test(name);
}

export function defineName(book: Book, name: string, ref: string): void {
  if (!validName(name)) throw new PortError('conflict', M.badName[book.lang](name));
  if (book.table(name)) throw new PortError('conflict', M.nameTaken[book.lang](name));
  const xml = book.workbookXml;
  const p = rootPrefix(xml, 'workbook');
  const body = ref.replace(/^=/, '');
  const el = `<${p}definedName name="${escapeAttr(name)}">${body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</${p}definedName>`;
  const block = rootChildren(xml).find((c) => c.name === 'definedNames');
  if (!block) {
    book.workbookXml = upsertChild(xml, WORKBOOK_ORDER, 'definedNames', `<${p}definedNames>${el}</${p}definedNames>`);
    return;
  }
  let text = xml.slice(block.start, block.end);
  let replaced = false;
  text = text.replace(/<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g, (whole, attrs: string) => {
    const n = /\bname\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    if (replaced || /\blocalSheetId\s*=/.test(attrs) || n?.toLowerCase() !== escapeAttr(name).toLowerCase()) return whole;
    replaced = true;
    return el;
  });
  if (!replaced) {
    if (/\/>$/.test(text) && !text.includes('</')) text = text.replace(/\s*\/>$/, `></${p}definedNames>`);
    const close = text.lastIndexOf('</');
    text = text.slice(0, close) + el + text.slice(close);
  }
  book.workbookXml = xml.slice(0, block.start) + text + xml.slice(block.end);
}

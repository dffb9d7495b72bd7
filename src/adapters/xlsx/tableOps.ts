/** Table operations: createTable and addColumns. */
import type { CellInput, ColumnFormat } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import type { Book } from './book';
import { styleOfCell } from './cells';
import { putCell, tableInRange } from './cellOps';
import { addValidation, setColumnWidth, validationBottom } from './columns';
import { DOING, XLSX_MESSAGES as M } from './messages';
import { CT, REL, addOverride, addRel, freePartName } from './package';
import { MAX_COL, MAX_ROW } from './refs';
import type { RangeRef } from './refs';
import type { SheetDoc } from './sheet';
import { attrTextOf } from './sheet';
import { WORKSHEET_ORDER } from './skeleton';
import { relPrefix, validName } from './sheetOps';
import { appendTableColumns, dataRows, newTableXml, setTableColumnFormula, setTableRef } from './tables';
import { insertChild, rootChildren, setAttr } from './xml';

function checkHeaders(book: Book, table: string, headers: readonly string[]): void {
  const seen = new Set<string>();
  for (const h of headers) {
    const k = h.trim().toLowerCase();
    if (k === '' || seen.has(k)) throw new PortError('conflict', M.badHeaders[book.lang](table));
    seen.add(k);
  }
}

/** Refuses a range that runs off the sheet, into another table, or over cells with content. */
function checkFree(book: Book, doc: SheetDoc, sheet: string, table: string, range: RangeRef, doing: string): void {
  if (range.bottom > MAX_ROW || range.right > MAX_COL || range.top < 1 || range.left < 1) {
    throw new PortError('conflict', M.outOfSheet[book.lang](doing));
  }
  const other = tableInRange(book, { name: table, sheet }, range);
  if (other) throw new PortError('conflict', M.overlapsTable[book.lang](table, other.name, doing));
  const used = doc.firstOccupied(range);
  if (used) throw new PortError('conflict', M.occupied[book.lang](sheet, used, doing));
}

/** Widths, and validation from the first data row down past the table's end. */
function formatColumn(doc: SheetDoc, col: number, firstData: number, lastData: number, format: ColumnFormat): void {
  if (format.width) setColumnWidth(doc, col, format.width);
  if (format.validation) addValidation(doc, col, firstData, validationBottom(lastData), format.validation);
}

function lookOf(book: Book, format: ColumnFormat): number | undefined {
  return book.styles().xfFor({
    ...(format.numberFormat !== undefined ? { numberFormat: format.numberFormat } : {}),
    ...(format.computed ? { computed: true } : {}),
  });
}

function addTablePart(book: Book, sheetPart: string, doc: SheetDoc, xml: string): void {
  const dir = book.workbookPart.slice(0, book.workbookPart.lastIndexOf('/') + 1);
  const part = freePartName(book.pkg, `${dir}tables/table`, '.xml');
  book.pkg.setText(part, xml);
  addOverride(book.pkg, part, CT.table);
  const rId = addRel(book.pkg, sheetPart, REL.table, part);
  const { xml: frame, prefix } = relPrefix(doc.frame, 'worksheet');
  const p = doc.prefix;
  const item = `<${p}tablePart ${prefix}:id="${rId}"/>`;
  const block = rootChildren(frame).find((c) => c.name === 'tableParts');
  if (!block) {
    doc.frame = insertChild(frame, WORKSHEET_ORDER, 'tableParts', `<${p}tableParts count="1">${item}</${p}tableParts>`);
    return;
  }
  let text = frame.slice(block.start, block.end);
  const count = (text.match(/<(?:[\w.-]+:)?tablePart\b/g) ?? []).length;
  if (/\/>$/.test(text) && !text.includes('</')) text = text.replace(/\s*\/>$/, `></${p}tableParts>`);
  const close = text.lastIndexOf('</');
  text = (text.slice(0, close) + item + text.slice(close)).replace(/^<[^>]*>/, (t) => setAttr(t, 'count', String(count + 1)));
  doc.frame = frame.slice(0, block.start) + text + frame.slice(block.end);
}

export function createTable(
  book: Book,
  sheetName: string,
  name: string,
  row: number,
  col: number,
  columns: readonly ColumnFormat[],
  rows: readonly (readonly CellInput[])[],
  style: string,
): void {
  const lang = book.lang;
  const doing = DOING.createTable[lang](name);
  const sheet = book.worksheet(sheetName);
  if (!validName(name)) throw new PortError('conflict', M.badName[lang](name));
  const lower = name.toLowerCase();
  if (book.table(name) || book.definedNames().some((n) => n.name.toLowerCase() === lower)) {
    throw new PortError('conflict', M.nameTaken[lang](name));
  }
  checkHeaders(book, name, columns.map((c) => c.header));
  for (const r of rows) if (r.length > columns.length) throw new PortError('unsupported', M.tooWide[lang](name, r.length, columns.length));
  const doc = book.doc(sheet.part);
  // Excel keeps at least one data row in a table: an empty table gets one blank row.
  const body = rows.length > 0 ? rows : [[]];
  const ref: RangeRef = { top: row, left: col, bottom: row + body.length, right: col + columns.length - 1 };
  checkFree(book, doc, sheet.name, name, ref, doing);

  columns.forEach((c, j) => putCell(book, doc, sheet.name, row, col + j, c.header));
  const looks = columns.map((c) => lookOf(book, c));
  body.forEach((r, i) => {
    columns.forEach((c, j) => {
      const v = r[j] ?? null;
      putCell(book, doc, sheet.name, row + 1 + i, col + j, v === null && c.formula ? { formula: c.formula } : v, looks[j] ?? 0);
    });
  });
  columns.forEach((c, j) => formatColumn(doc, col + j, row + 1, ref.bottom, c));

  const id = Math.max(0, ...book.tables().map((t) => t.id)) + 1;
  const defs = columns.map((c) => ({ name: c.header, ...(c.formula ? { formula: c.formula } : {}) }));
  addTablePart(book, sheet.part, doc, newTableXml(id, name, ref, defs, style));
  book.resetTables();
}

export function addColumns(book: Book, tableName: string, columns: readonly ColumnFormat[]): void {
  if (columns.length === 0) return;
  const lang = book.lang;
  const t = book.table(tableName);
  if (!t) throw new PortError('conflict', M.noTable[lang](tableName));
  const doing = DOING.addColumns[lang](t.name);
  if (t.totalsRowCount > 0) throw new PortError('unsupported', M.totalsRow[lang](t.name));
  if (t.headerRowCount === 0) throw new PortError('unsupported', M.noHeaderRow[lang](t.name));
  checkHeaders(book, t.name, [...t.columns.map((c) => c.name), ...columns.map((c) => c.header)]);
  const doc = book.doc(t.sheetPart);
  const added: RangeRef = { top: t.ref.top, left: t.ref.right + 1, bottom: t.ref.bottom, right: t.ref.right + columns.length };
  checkFree(book, doc, t.sheet, t.name, added, doing);

  const headerCell = doc.cell(t.ref.top, t.ref.right);
  const headerStyle = headerCell ? styleOfCell(attrTextOf(headerCell)) : undefined;
  const { first, last } = dataRows(t);
  columns.forEach((c, j) => {
    const col = added.left + j;
    putCell(book, doc, t.sheet, t.ref.top, col, c.header, headerStyle);
    const look = lookOf(book, c) ?? 0;
    for (let r = first; r <= last; r++) putCell(book, doc, t.sheet, r, col, c.formula ? { formula: c.formula } : null, look);
    formatColumn(doc, col, first, last, c);
  });
  let xml = appendTableColumns(book.pkg.text(t.part)!, t.columns, columns.map((c) => ({ name: c.header, ...(c.formula ? { formula: c.formula } : {}) })));
  xml = setTableRef(xml, { ...t.ref, right: added.right });
  book.pkg.setText(t.part, xml);
  book.resetTables();
}

/** Turns an existing column into a calculated column: the formula in every data cell and in the table part. */
export function setColumnFormula(book: Book, tableName: string, column: ColumnFormat & { readonly formula: string }): void {
  const lang = book.lang;
  const t = book.table(tableName);
  if (!t) throw new PortError('conflict', M.noTable[lang](tableName));
  const index = t.columns.findIndex((c) => c.name.trim().toLowerCase() === column.header.trim().toLowerCase());
  if (index < 0) throw new PortError('conflict', M.noColumn[lang](tableName, column.header));
  const doc = book.doc(t.sheetPart);
  const col = t.ref.left + index;
  const look = lookOf(book, column) ?? 0;
  const { first, last } = dataRows(t);
  for (let r = first; r <= last; r++) putCell(book, doc, t.sheet, r, col, { formula: column.formula }, look);
  book.pkg.setText(t.part, setTableColumnFormula(book.pkg.text(t.part)!, index, column.formula));
  book.resetTables();
}

/** Cell-level operations: writeCells, setCells and appendRows. */
import type { CellInput } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import type { Book } from './book';
import { buildCell, formulaOfCell, formulaXml, hasContent, styleOfCell } from './cells';
import { extendValidations } from './columns';
import { ByteSink, encodedOnce } from './byteSink';
import { DOING, XLSX_MESSAGES as M } from './messages';
import { MAX_COL, MAX_ROW, cellAddress, overlaps, parseRange } from './refs';
import type { RangeRef } from './refs';
import type { SheetDoc } from './sheet';
import { attrTextOf, innerOf } from './sheet';
import { dataRows, setTableRef } from './tables';
import type { TableDef } from './tables';
import { tableInfo } from './read';

/**
 * Writes one cell, keeping its style unless `style` is given. Refuses to overwrite a cell that
 * anchors a shared or array formula, because the cells depending on it would lose their formula.
 */
export function putCell(book: Book, doc: SheetDoc, sheet: string, row: number, col: number, value: CellInput, style?: number): void {
  const ref = cellAddress(row, col);
  const old = doc.cell(row, col);
  if (old && formulaOfCell(innerOf(old))?.anchorsOthers) throw new PortError('conflict', M.sharedFormula[book.lang](sheet, ref));
  if (typeof value === 'number' && !Number.isFinite(value)) throw new PortError('unsupported', M.notFinite[book.lang](`${sheet}!${ref}`));
  const s = style ?? (old ? styleOfCell(attrTextOf(old)) : undefined);
  doc.setCell(row, col, buildCell(doc.prefix, ref, s, value, book.sharedStrings()));
  book.cellsChanged = true;
}

export function writeCells(
  book: Book,
  sheetName: string,
  row: number,
  col: number,
  values: readonly (readonly CellInput[])[],
  numberFormat?: string,
): void {
  const sheet = book.worksheet(sheetName);
  const doc = book.doc(sheet.part);
  const width = Math.max(0, ...values.map((r) => r.length));
  if (row < 1 || col < 1 || row + values.length - 1 > MAX_ROW || col + width - 1 > MAX_COL) {
    throw new PortError('conflict', M.outOfSheet[book.lang](`${sheet.name}!${cellAddress(row, col)}`));
  }
  const area: RangeRef = { top: row, left: col, bottom: row + values.length - 1, right: col + width - 1 };
  // Header cells name the table's columns; changing one would desynchronize the table part.
  for (const t of book.tables()) {
    if (t.sheet !== sheet.name || t.headerRowCount === 0) continue;
    const header: RangeRef = { top: t.ref.top, left: t.ref.left, bottom: t.ref.top, right: t.ref.right };
    if (values.length && width && overlaps(area, header)) {
      const r = t.ref.top;
      const c = Math.max(area.left, header.left);
      throw new PortError('conflict', M.headerCell[book.lang](sheet.name, cellAddress(r, c), t.name));
    }
  }
  const style = numberFormat !== undefined ? book.styles().xfFor({ numberFormat }) ?? 0 : undefined;
  values.forEach((r, i) => r.forEach((v, j) => putCell(book, doc, sheet.name, row + i, col + j, v, style)));
}

function tableOrThrow(book: Book, name: string): TableDef {
  const t = book.table(name);
  if (!t) throw new PortError('conflict', M.noTable[book.lang](name));
  return t;
}

/** Column index (0-based) of a header: exact first, then ignoring surrounding spaces and case. */
function columnIndex(headers: readonly string[], header: string): number {
  const exact = headers.indexOf(header);
  if (exact >= 0) return exact;
  const h = header.trim().toLowerCase();
  return headers.findIndex((x) => x.trim().toLowerCase() === h);
}

export function setCells(
  book: Book,
  tableName: string,
  cells: readonly { readonly row: number; readonly header: string; readonly value: CellInput }[],
): void {
  const t = tableOrThrow(book, tableName);
  const { headers } = tableInfo(book, t);
  const { first, last } = dataRows(t);
  const doc = book.doc(t.sheetPart);
  for (const c of cells) {
    if (c.row < first || c.row > last) throw new PortError('conflict', M.notDataRow[book.lang](t.name, c.row));
    const i = columnIndex(headers, c.header);
    if (i < 0) throw new PortError('conflict', M.noColumn[book.lang](t.name, c.header));
    putCell(book, doc, t.sheet, c.row, t.ref.left + i, c.value);
  }
}

/** True when a data row holds nothing but formulas: the blank row Excel keeps in an empty table. */
function isBlankRow(doc: SheetDoc, row: number, t: TableDef): boolean {
  const cells = doc.cells(row);
  for (let c = t.ref.left; c <= t.ref.right; c++) {
    const inner = innerOf(cells.get(c) ?? '<c/>');
    if (hasContent(inner) && !formulaOfCell(inner)) return false;
  }
  return true;
}

/** Other tables on the same sheet that a range would run into. */
export function tableInRange(book: Book, t: { name: string; sheet: string }, range: RangeRef): TableDef | undefined {
  return book.tables().find((o) => o.sheet === t.sheet && o.name !== t.name && overlaps(o.ref, range));
}

export function appendRows(book: Book, tableName: string, rows: readonly (readonly CellInput[])[]): void {
  if (rows.length === 0) return;
  const t = tableOrThrow(book, tableName);
  const lang = book.lang;
  const doing = DOING.appendRows[lang](t.name);
  if (t.totalsRowCount > 0) throw new PortError('unsupported', M.totalsRow[lang](t.name));
  const width = t.ref.right - t.ref.left + 1;
  for (const r of rows) if (r.length > width) throw new PortError('unsupported', M.tooWide[lang](t.name, r.length, width));
  const doc = book.doc(t.sheetPart);
  const { first, last } = dataRows(t);
  // An empty table's one blank row is filled first rather than left above the new rows.
  const start = last === first && isBlankRow(doc, first, t) ? first : last + 1;
  const newLast = start + rows.length - 1;
  if (newLast > MAX_ROW) throw new PortError('conflict', M.outOfSheet[lang](doing));
  if (newLast > last) {
    const below: RangeRef = { top: last + 1, left: t.ref.left, bottom: newLast, right: t.ref.right };
    const other = tableInRange(book, t, below);
    if (other) throw new PortError('conflict', M.overlapsTable[lang](t.name, other.name, doing));
    const used = doc.firstOccupied(below);
    if (used) throw new PortError('conflict', M.occupied[lang](t.sheet, used, doing));
  }
  // New cells look like the last row's (number formats, computed shading); calculated columns fill in.
  const styles: (number | undefined)[] = [];
  for (let c = t.ref.left; c <= t.ref.right; c++) {
    const above = doc.cell(last, c);
    styles.push(above ? styleOfCell(attrTextOf(above)) : undefined);
  }
  const fresh = rows.every((_r, i) => !doc.hasRow(start + i));
  // (The block writes its markup as ASCII: a namespace prefix that is not would take the long way.)
  if (fresh && /^[\w.-]*:?$/.test(doc.prefix)) appendBlock(book, doc, t, start, rows, styles);
  else rows.forEach((r, i) => {
    for (let j = 0; j < width; j++) {
      const v = r[j] ?? null;
      const f = t.columns[j]?.formula;
      const value: CellInput = v === null && f ? { formula: f } : v;
      putCell(book, doc, t.sheet, start + i, t.ref.left + j, value, styles[j]);
    }
  });
  if (newLast > t.ref.bottom) {
    book.pkg.setText(t.part, setTableRef(book.pkg.text(t.part)!, { ...t.ref, bottom: newLast }));
    extendValidations(doc, { left: t.ref.left, right: t.ref.right }, last, newLast);
    book.resetTables();
  }
}

/**
 * New rows below the table, where no row exists yet, as one block of the sheet (SheetDoc.addBlock):
 * values are checked and strings entered in the shared-string table now; the rows' XML is built
 * when the part is written, the same cells as putCell's. An empty cell without a style is not
 * written, and a row of them not at all.
 */
function appendBlock(book: Book, doc: SheetDoc, t: TableDef, start: number, values: readonly (readonly CellInput[])[], styles: readonly (number | undefined)[]): void {
  const width = t.ref.right - t.ref.left + 1;
  const rows = values.map((r) => r.slice());
  const formulas = t.columns.map((c) => c.formula);
  const inputOf = (i: number, j: number): CellInput => {
    const v = rows[i]![j] ?? null;
    const f = formulas[j];
    return v === null && f ? { formula: f } : v;
  };
  const sst = book.sharedStrings();
  const strings = new Int32Array(rows.length * width).fill(-1);
  let left = Infinity;
  let right = 0;
  rows.forEach((_r, i) => {
    for (let j = 0; j < width; j++) {
      const value = inputOf(i, j);
      if (typeof value === 'number' && !Number.isFinite(value)) throw new PortError('unsupported', M.notFinite[book.lang](`${t.sheet}!${cellAddress(start + i, t.ref.left + j)}`));
      if (typeof value === 'string' && value !== '') strings[i * width + j] = sst.add(value);
      if ((value === null || value === '') && !styles[j]) continue;
      left = Math.min(left, t.ref.left + j);
      right = Math.max(right, t.ref.left + j);
    }
  });
  if (right === 0) return;
  const p = doc.prefix;
  const letters = Array.from({ length: width }, (_x, j) => cellAddress(1, t.ref.left + j).slice(0, -1));
  const looks = styles.map((s) => (s ? ` s="${s}"` : ''));
  const write = (row: number, out: ByteSink): void => {
    const i = row - start;
    let open = false;
    for (let j = 0; j < width; j++) {
      const value = inputOf(i, j);
      if ((value === null || value === '') && !looks[j]) continue;
      if (!open) out.ascii(`<${p}row r="${row}">`);
      open = true;
      out.ascii(`<${p}c r="${letters[j]}${row}"${looks[j]}`);
      if (value === null || value === '') out.ascii('/>');
      else if (typeof value === 'string') out.ascii(` t="s"><${p}v>${strings[i * width + j]}</${p}v></${p}c>`);
      else if (typeof value === 'number') out.ascii(`><${p}v>${value}</${p}v></${p}c>`);
      else if (typeof value === 'boolean') out.ascii(` t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`);
      else {
        out.ascii(`><${p}f>`);
        out.bytes(encodedOnce(formulaXml(value.formula)));
        out.ascii(`</${p}f></${p}c>`);
      }
    }
    if (open) out.ascii(`</${p}row>`);
  };
  const sample = new ByteSink();
  write(start, sample);
  const size = sample.length * rows.length;
  doc.addBlock({ first: start, last: start + rows.length - 1, left, right, write, size });
  book.cellsChanged = true;
}

/**
 * Clears the values and formulas of a range, keeping each cell's style (Excel's "Clear Contents").
 * Refuses a range that meets a table: clearing would delete its rows' data or its headers.
 */
export function clearRange(book: Book, sheetName: string, address: string): void {
  const sheet = book.worksheet(sheetName);
  const range = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.test(address.trim()) ? parseRange(address) : null;
  if (!range || range.top < 1 || range.left < 1 || range.bottom > MAX_ROW || range.right > MAX_COL) {
    throw new PortError('conflict', M.badRange[book.lang](sheet.name, address));
  }
  const table = book.tables().find((t) => t.sheet === sheet.name && overlaps(t.ref, range));
  if (table) throw new PortError('conflict', M.clearTable[book.lang](sheet.name, address, table.name));
  const doc = book.doc(sheet.part);
  for (const row of [...doc.rowNumbers()]) {
    if (row < range.top || row > range.bottom) continue;
    for (const [col, xml] of [...doc.cells(row)]) {
      if (col >= range.left && col <= range.right && hasContent(innerOf(xml))) putCell(book, doc, sheet.name, row, col, null);
    }
  }
}

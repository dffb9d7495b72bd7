/**
 * Reading: sheets, tables, names and meta for readStructure; table rows for readTables. Only the
 * workbook, its relationships, worksheets, tables and shared strings are looked at, so parts the
 * adapter does not know (charts, drawings, comments, pivot tables, images, VBA) cannot break it.
 */
import type { Lang } from '../../core/model/types';
import { LANGS } from '../../core/model/types';
import type { CellValue, ProgressReporter, SheetInfo, TableData, TableInfo, WorkbookStructure } from '../../core/port/types';
import { META_KEYS } from '../../core/port/types';
import { LISTS_SHEET } from '../../core/model/formulaContext';
import type { Book } from './book';
import { cellValue } from './cells';
import { attrTextOf, innerOf } from './sheet';
import type { SheetDoc } from './sheet';
import { dataRows } from './tables';
import type { TableDef } from './tables';

export function valueAt(book: Book, doc: SheetDoc, row: number, col: number): CellValue {
  const xml = doc.cell(row, col);
  return xml ? cellValue(attrTextOf(xml), innerOf(xml), book.sharedStrings()) : null;
}

/** Header texts: the header row's cells (what the user sees), else the table's column names. */
function headersOf(book: Book, t: TableDef): string[] {
  if (t.headerRowCount === 0) return t.columns.map((c) => c.name);
  const doc = book.doc(t.sheetPart);
  return t.columns.map((c, i) => {
    const v = valueAt(book, doc, t.ref.top, t.ref.left + i);
    return v === null || v === '' ? c.name : String(v);
  });
}

export function tableInfo(book: Book, t: TableDef): TableInfo {
  const rows = dataRows(t);
  return {
    name: t.name,
    sheet: t.sheet,
    // A table without a header row still has a notional one just above its data.
    headerRow: rows.first - 1,
    firstCol: t.ref.left,
    headers: headersOf(book, t),
    rowCount: Math.max(0, rows.last - rows.first + 1),
  };
}

export function readStructure(book: Book): WorkbookStructure {
  const sheets: SheetInfo[] = book.sheets().map((s) => {
    const extent = s.part && s.isWorksheet ? book.doc(s.part).extent() : { lastRow: 0, lastCol: 0 };
    // A table's range is used even where its cells are blank (an empty table's blank row).
    for (const t of book.tables()) {
      if (t.sheet !== s.name) continue;
      extent.lastRow = Math.max(extent.lastRow, t.ref.bottom);
      extent.lastCol = Math.max(extent.lastCol, t.ref.right);
    }
    return { name: s.name, visibility: s.visibility, ...extent };
  });
  const tables = book.tables().map((t) => tableInfo(book, t));
  const names = book
    .definedNames()
    .filter((n) => n.localSheetId === undefined && !n.hidden && !n.name.startsWith('_xlnm.'))
    .map((n) => n.name);
  return { sheets, tables, names, meta: readMeta(book) };
}

/** The model meta: key/value pairs in A1:B3 of the hidden Lists sheet. */
export function readMeta(book: Book): WorkbookStructure['meta'] {
  const lists = book.sheet(LISTS_SHEET);
  let modelVersion: number | null = null;
  let lang: Lang | null = null;
  if (lists?.part && lists.isWorksheet) {
    const doc = book.doc(lists.part);
    for (let row = 1; row <= 3; row++) {
      const key = valueAt(book, doc, row, 1);
      const value = valueAt(book, doc, row, 2);
      if (key === META_KEYS.modelVersion) {
        const n = typeof value === 'number' ? value : Number(value);
        modelVersion = Number.isInteger(n) && value !== null && value !== '' ? n : null;
      }
      if (key === META_KEYS.lang && LANGS.includes(value as Lang)) lang = value as Lang;
    }
  }
  return { modelVersion, lang };
}

export function readTables(book: Book, names?: readonly string[], progress?: ProgressReporter): TableData[] {
  const wanted = names ? names.map((n) => book.table(n)).filter((t): t is TableDef => !!t) : book.tables();
  const out: TableData[] = [];
  wanted.forEach((t, i) => {
    const info = tableInfo(book, t);
    const doc = book.doc(t.sheetPart);
    const { first, last } = dataRows(t);
    const rows: CellValue[][] = [];
    for (let r = first; r <= last; r++) {
      const cells = doc.cells(r);
      const row: CellValue[] = [];
      for (let c = 0; c < info.headers.length; c++) {
        const xml = cells.get(t.ref.left + c);
        row.push(xml ? cellValue(attrTextOf(xml), innerOf(xml), book.sharedStrings()) : null);
      }
      rows.push(row);
    }
    out.push({ ...info, rows });
    progress?.(i + 1, wanted.length);
  });
  return out;
}

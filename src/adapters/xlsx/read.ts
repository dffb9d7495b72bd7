/**
 * Reading from parsed worksheets, for the write side (a table's headers while appending rows, the
 * meta's language). The port's readStructure and readTables stream instead: see readStream.ts.
 */
import type { Lang } from '../../core/model/types';
import { LANGS } from '../../core/model/types';
import type { CellValue, TableInfo, WorkbookStructure } from '../../core/port/types';
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

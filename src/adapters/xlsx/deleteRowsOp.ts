/**
 * deleteRows on an .xlsx: the table's cells below each deleted row move up within the table's
 * columns only (as Excel's "Delete Table Rows", range.delete(Up) on table rows), so a table beside
 * it on the same sheet keeps its rows; the table's range shrinks. Cost: one pass over the table.
 */
import { PortError } from '../../core/port/types';
import type { Book } from './book';
import { buildCell, formulaOfCell, styleOfCell } from './cells';
import { XLSX_MESSAGES as M } from './messages';
import { cellAddress } from './refs';
import { attrTextOf, innerOf } from './sheet';
import { dataRows, setTableRef } from './tables';

/** The cell's XML at another address; a shared formula becomes its column's plain formula. */
function moved(book: Book, xml: string, to: string, columnFormula: string | undefined, sheet: string, from: string, p: string): string | null {
  const inner = innerOf(xml);
  if (/<(?:[\w.-]+:)?f\b[^>]*\bt\s*=\s*"(?:shared|array)"/.test(inner ?? '')) {
    // A shared formula's text depends on its anchor's position; a calculated column's is the same
    // in every row (structured references), so it is rewritten as that plain formula.
    if (!columnFormula) throw new PortError('conflict', M.sharedFormula[book.lang](sheet, from));
    return buildCell(p, to, styleOfCell(attrTextOf(xml)), { formula: columnFormula }, book.sharedStrings());
  }
  if (formulaOfCell(inner)?.anchorsOthers) throw new PortError('conflict', M.sharedFormula[book.lang](sheet, from));
  return xml.replace(/^(<(?:[\w.-]+:)?c\b[^>]*?\br\s*=\s*")[^"]*(")/, `$1${to}$2`);
}

const NOT_A_ROW = {
  'zh-CN': (table: string, first: number, last: number) => `只能删除表格 ${table} 的数据行(第 ${first}–${last} 行),且每行一次;未做任何修改。`,
  'en-US': (table: string, first: number, last: number) => `Only data rows of table ${table} (rows ${first}–${last}) can be deleted, each once; nothing was changed.`,
};

export function deleteRows(book: Book, tableName: string, rows: readonly number[]): void {
  if (rows.length === 0) return;
  const lang = book.lang;
  const t = book.table(tableName);
  if (!t) throw new PortError('conflict', M.noTable[lang](tableName));
  if (t.totalsRowCount > 0) throw new PortError('unsupported', M.totalsRow[lang](t.name));
  const { first, last } = dataRows(t);
  const gone = new Set(rows);
  if (gone.size !== rows.length || rows.some((r) => !Number.isInteger(r) || r < first || r > last)) {
    throw new PortError('conflict', NOT_A_ROW[lang](t.name, first, last));
  }
  const doc = book.doc(t.sheetPart);
  const keep: number[] = [];
  for (let r = first; r <= last; r++) if (!gone.has(r)) keep.push(r);
  for (let c = t.ref.left; c <= t.ref.right; c++) {
    const formula = t.columns[c - t.ref.left]?.formula;
    // Top-down: a kept row only ever moves up, onto a row already read.
    keep.forEach((from, i) => {
      const to = first + i;
      if (to === from) return;
      const xml = doc.cell(from, c);
      doc.setCell(to, c, xml === undefined ? null : moved(book, xml, cellAddress(to, c), formula, t.sheet, cellAddress(from, c), doc.prefix));
    });
    for (let r = first + keep.length; r <= last; r++) doc.setCell(r, c, null);
    if (keep.length === 0 && formula) doc.setCell(first, c, buildCell(doc.prefix, cellAddress(first, c), undefined, { formula }, book.sharedStrings()));
  }
  // Excel keeps one data row in a table: with every row gone, one blank row stays.
  const bottom = first + Math.max(keep.length, 1) - 1;
  book.pkg.setText(t.part, setTableRef(book.pkg.text(t.part) ?? '', { ...t.ref, bottom }));
  book.cellsChanged = true;
  book.resetTables();
}

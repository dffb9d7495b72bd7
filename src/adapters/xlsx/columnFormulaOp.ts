/** setColumnFormula on an .xlsx: every data cell of the column and its calculatedColumnFormula. */
import { PortError } from '../../core/port/types';
import type { Book } from './book';
import { putCell } from './cellOps';
import { XLSX_MESSAGES as M } from './messages';
import { dataRows } from './tables';
import { toFileFormula } from './formulas';
import { escapeFormula, rootPrefix } from './xml';

const COLUMN_RE = /<((?:[\w.-]+:)?)tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?tableColumn>)/g;

/** The table part with the n-th tableColumn's calculatedColumnFormula set to `formula`. */
function withColumnFormula(xml: string, index: number, formula: string): string {
  const p = rootPrefix(xml, 'table');
  const f = `<${p}calculatedColumnFormula>${escapeFormula(toFileFormula(formula))}</${p}calculatedColumnFormula>`;
  let n = -1;
  return xml.replace(COLUMN_RE, (whole, pre: string, attrs: string, _end: string, body: string | undefined) => {
    n += 1;
    if (n !== index) return whole;
    // calculatedColumnFormula comes first in CT_TableColumn; keep whatever follows it.
    const rest = (body ?? '').replace(/<(?:[\w.-]+:)?calculatedColumnFormula\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?calculatedColumnFormula>/, '');
    return `<${pre}tableColumn${attrs}>${f}${rest}</${pre}tableColumn>`;
  });
}

export function setColumnFormula(book: Book, tableName: string, header: string, formula: string): void {
  const lang = book.lang;
  const t = book.table(tableName);
  if (!t) throw new PortError('conflict', M.noTable[lang](tableName));
  const index = t.columns.findIndex((c) => c.name.trim().toLowerCase() === header.trim().toLowerCase());
  if (index < 0) throw new PortError('conflict', M.noColumn[lang](t.name, header));
  const doc = book.doc(t.sheetPart);
  const { first, last } = dataRows(t);
  for (let r = first; r <= last; r++) putCell(book, doc, t.sheet, r, t.ref.left + index, { formula });
  book.pkg.setText(t.part, withColumnFormula(book.pkg.text(t.part) ?? '', index, formula));
  book.resetTables();
}

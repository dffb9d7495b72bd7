/** Carries out one WriteOp on a Book. */
import type { WriteOp } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import type { Book } from './book';
import { appendRows, clearRange, setCells, writeCells } from './cellOps';
import { XLSX_MESSAGES as M } from './messages';
import { activate, addSheet, defineName, freezeRows, setVisibility } from './sheetOps';
import { addColumns, createTable, setColumnFormula } from './tableOps';
import { pageSetup, setColumnWidths, setValidation } from './printOps';
import { deleteRows } from './deleteRowsOp';

export function applyOp(book: Book, op: WriteOp): void {
  switch (op.op) {
    case 'addSheet':
      return addSheet(book, op.name, op.visibility, op.tabColor);
    case 'setVisibility':
      return setVisibility(book, op.sheet, op.visibility);
    case 'writeCells':
      return writeCells(book, op.sheet, op.row, op.col, op.values, op.numberFormat);
    case 'createTable':
      return createTable(book, op.sheet, op.name, op.row, op.col, op.columns, op.rows, op.style);
    case 'addColumns':
      return addColumns(book, op.table, op.columns);
    case 'setColumnFormula':
      return setColumnFormula(book, op.table, op.column);
    case 'appendRows':
      return appendRows(book, op.table, op.rows);
    case 'setCells':
      return setCells(book, op.table, op.cells);
    case 'deleteRows':
      return deleteRows(book, op.table, op.rows);
    case 'defineName':
      return defineName(book, op.name, op.ref);
    case 'freezeRows':
      return freezeRows(book, op.sheet, op.rows);
    case 'activate':
      return activate(book, op.sheet);
    case 'clearRange':
      return clearRange(book, op.sheet, op.address);
    case 'pageSetup':
      return pageSetup(book, op.sheet, op.setup, op.keepExisting);
    case 'setValidation':
      return setValidation(book, op.sheet, op.address, op.validation);
    case 'setColumnWidths':
      return setColumnWidths(book, op.sheet, op.widths);
    case 'addChart':
      // The dashboard is an Excel-side feature: the add-in draws its charts through Office.js.
      // Writing DrawingML chart parts here would be a second, untested chart writer.
      throw new PortError('unsupported', M.charts[book.lang]());
  }
}

/**
 * 打印此记录 (issue #10): from the cell the user has selected in a table, fills the matching print
 * view's key cells and shows the view, ready for Ctrl+P. One read of the active cell, one of the
 * structure, one of the selected table's rows, one apply.
 */
import type { Lang } from '../model/types';
import { textIn } from '../model/types';
import type { CellInput, TableData, TableInfo, WorkbookPort } from '../port/types';
import { findTable, sheetOfTable } from '../model/lookup';
import { WORKBOOK_MODEL } from '../model/workbook';
import { PRINT_VIEWS } from '../print/views';
import type { ViewId } from '../print/types';

import { isoOf } from '../validate/dates';
import { PRINT_RECORD_MESSAGES as M } from '../print/messages';

/** Which view prints a row of each table, and the row's columns that fill its key cells. */
const ROUTES: Readonly<Record<string, { view: ViewId; keys: readonly string[] }>> = {
  Customers: { view: 'customer-file', keys: ['customerId'] },
  Contacts: { view: 'customer-file', keys: ['customerId'] },
  Competitors: { view: 'customer-file', keys: ['customerId'] },
  FollowUps: { view: 'customer-file', keys: ['customerId'] },
  Visits: { view: 'visit-day', keys: ['reporter', 'date'] },
  VisitDaily: { view: 'visit-day', keys: ['reporter', 'date'] },
  RelationPlan: { view: 'relation-plan', keys: ['customer'] },
  GiftPlans: { view: 'gift-plan', keys: ['planId'] },
  GiftRequests: { view: 'gift-request', keys: ['requestId'] },
  ReceptionRequests: { view: 'reception-request', keys: ['requestId'] },
  ReceptionReports: { view: 'reception-report', keys: ['reportId'] },
  KpiS1: { view: 'kpi-sheet', keys: ['period', 'staffId'] },
  KpiL1: { view: 'kpi-sheet', keys: ['period', 'staffId'] },
  KpiL3: { view: 'kpi-sheet', keys: ['period', 'staffId'] },
  KpiL4: { view: 'kpi-sheet', keys: ['period', 'staffId'] },
  KpiSummary: { view: 'kpi-sheet', keys: ['period', 'staffId'] },
};

export const PRINTABLE_TABLES: readonly string[] = Object.keys(ROUTES);

export interface PrintRecordResult {
  readonly shown: boolean;
  readonly message: string;
  readonly sheet?: string;
}

function within(t: TableInfo, sheet: string, row: number, col: number): boolean {
  return (
    t.sheet.toLowerCase() === sheet.toLowerCase() &&
    row > t.headerRow &&
    row <= t.headerRow + t.rowCount &&
    col >= t.firstCol &&
    col < t.firstCol + t.headers.length
  );
}

export async function printRecord(port: WorkbookPort, lang: Lang): Promise<PrintRecordResult> {
  const cell = await port.activeCell();
  if (!cell) return { shown: false, message: M.noCell[lang]() };
  const structure = await port.readStructure();
  const bookLang = structure.meta.lang ?? lang;
  const table = structure.tables.find((t) => ROUTES[t.name] && within(t, cell.sheet, cell.row, cell.col));
  if (!table) {
    const sheets = [...new Set(PRINTABLE_TABLES.map((n) => sheetOfTable(WORKBOOK_MODEL, n)).flatMap((s) => (s ? [textIn(s.name, bookLang)] : [])))];
    return { shown: false, message: M.notPrintable[lang](sheets.join(lang === 'zh-CN' ? '、' : ', ')) };
  }
  const route = ROUTES[table.name]!;
  const view = PRINT_VIEWS.find((v) => v.id === route.view)!;
  const viewSheet = structure.sheets.find((s) => [view.sheet.zh, view.sheet.en].includes(s.name));
  if (!viewSheet) return { shown: false, message: M.noView[lang](textIn(view.sheet, bookLang)) };

  const [data] = await port.readTables([table.name]);
  const values = keyValues(data, route.keys, cell.row - table.headerRow - 1);
  const spec = findTable(WORKBOOK_MODEL, table.name)!;
  const missing = values.findIndex((v) => v === null || v === '');
  if (missing >= 0) {
    const col = spec.columns.find((c) => c.key === route.keys[missing])!;
    return { shown: false, message: M.noKey[lang](textIn(col.header, bookLang)) };
  }
  await port.apply([
    ...values.map((v, i) => ({ op: 'writeCells' as const, sheet: viewSheet.name, row: 2, col: 2 + 2 * i, values: [[v as CellInput]] })),
    { op: 'activate', sheet: viewSheet.name },
  ]);
  await port.select(viewSheet.name, 'A1');
  const shownKey = values.map((v) => (typeof v === 'number' && route.keys.includes('date') ? isoOf(v) : String(v))).join(' / ');
  return { shown: true, sheet: viewSheet.name, message: M.ready[lang](viewSheet.name, shownKey) };
}

/** The row's values of the key columns, found by either language's header. */
function keyValues(data: TableData | undefined, keys: readonly string[], index: number): (string | number | null)[] {
  if (!data) return keys.map(() => null);
  const spec = findTable(WORKBOOK_MODEL, data.name)!;
  const row = data.rows[index] ?? [];
  return keys.map((k) => {
    const col = spec.columns.find((c) => c.key === k)!;
    const i = [col.header.zh, col.header.en].map((h) => data.headers.indexOf(h)).find((x) => x >= 0) ?? -1;
    const v = i >= 0 ? row[i] : null;
    return typeof v === 'boolean' || v === undefined ? null : v;
  });
}



/**
 * What every rule sees: the workbook's tables matched to the model by column header, and a
 * constructor for problems that writes the location into the message.
 */
import type { CellValue, TableData } from '../port/types';
import type { Column, Lang, TableSpec } from '../model/types';
import { headerOf } from '../model/lookup';
import type { Problem, RuleId, Severity } from './problem';
import { isBlank } from './cells';
import { messagesFor, type Messages } from './messages';

export interface TableView {
  readonly spec: TableSpec;
  readonly data: TableData;
  /** Position of the table in the model (sheet order, then table order): sorts problems. */
  readonly order: number;
  /** Index into a data row per column key; absent when the workbook lacks the column. */
  readonly idx: Readonly<Record<string, number | undefined>>;
  /** Data-row indices that hold at least one input: Excel's blank table row is not a record. */
  readonly rows: readonly number[];
  /** A cell by column key; null when the column is missing. */
  value(row: number, key: string): CellValue;
  /** Worksheet row of a data-row index, as Excel shows it. */
  sheetRow(row: number): number;
  /** The column's header as the workbook writes it (the model's header when the column is missing). */
  header(key: string): string;
}

export interface RuleContext {
  readonly lang: Lang;
  /** Today as an Excel serial (whole days). */
  readonly today: number;
  /** KpiParams values by id, the workbook's own overriding the defaults. */
  readonly params: ReadonlyMap<string, number>;
  readonly msg: Messages;
  table(name: string): TableView | undefined;
  /** A problem at a data row's cell; the message gets the sheet, row and header in front. */
  problem(view: TableView, row: number, key: string, rule: RuleId, severity: Severity, detail: string): Problem;
}

/** Matches a workbook table to its model table by header (zh or en, trimmed). */
export function createView(spec: TableSpec, data: TableData, order: number, lang: Lang): TableView {
  const byHeader = new Map<string, number>();
  data.headers.forEach((h, i) => {
    const t = String(h ?? '').trim();
    if (!byHeader.has(t)) byHeader.set(t, i);
  });
  const idx: Record<string, number | undefined> = {};
  for (const c of spec.columns) {
    const i = byHeader.get(c.header.zh) ?? byHeader.get(c.header.en);
    if (i !== undefined) idx[c.key] = i;
  }
  // A row is a record when any plain input holds something. Prefilled inputs are left out: their
  // formula may show a value (or "") even on Excel's blank table row.
  const plain = spec.columns.filter((c) => c.type.kind !== 'formula' && !c.prefill);
  const signal = (plain.length > 0 ? plain : spec.columns.filter((c) => c.type.kind !== 'formula'))
    .map((c) => idx[c.key])
    .filter((i): i is number => i !== undefined);
  const rows: number[] = [];
  data.rows.forEach((r, n) => {
    for (const i of signal) {
      if (!isBlank(r[i])) {
        rows.push(n);
        return;
      }
    }
  });
  const byKey = new Map<string, Column>(spec.columns.map((c) => [c.key, c]));
  return {
    spec,
    data,
    order,
    idx,
    rows,
    value: (row, key) => {
      const i = idx[key];
      if (i === undefined) return null;
      const v = data.rows[row]?.[i];
      return v === undefined ? null : v;
    },
    sheetRow: (row) => data.headerRow + 1 + row,
    header: (key) => {
      const i = idx[key];
      if (i !== undefined) return String(data.headers[i]);
      const c = byKey.get(key);
      return c ? headerOf(c, lang) : key;
    },
  };
}

export function createContext(
  views: ReadonlyMap<string, TableView>,
  lang: Lang,
  today: number,
  params: ReadonlyMap<string, number>,
): RuleContext {
  const msg = messagesFor(lang);
  const tablesOnSheet = new Map<string, number>();
  for (const v of views.values()) tablesOnSheet.set(v.data.sheet, (tablesOnSheet.get(v.data.sheet) ?? 0) + 1);
  return {
    lang,
    today,
    params,
    msg,
    table: (name) => views.get(name),
    problem: (view, row, key, rule, severity, detail) => {
      const sheetRow = view.sheetRow(row);
      const column = view.header(key);
      return {
        table: view.spec.name,
        row: sheetRow,
        column,
        rule,
        severity,
        message: msg.at(view.data.sheet, sheetRow, column, detail, (tablesOnSheet.get(view.data.sheet) ?? 0) > 1 ? view.spec.name : undefined),
      };
    },
  };
}

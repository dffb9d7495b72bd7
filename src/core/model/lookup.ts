import type { Column, Lang, SheetSpec, TableSpec, WorkbookModel } from './types';
import { textIn } from './types';

export function headerOf(column: Column, lang: Lang): string {
  return textIn(column.header, lang);
}

export function allTables(model: WorkbookModel): TableSpec[] {
  return model.sheets.flatMap((s) => s.tables);
}

export function findTable(model: WorkbookModel, name: string): TableSpec | undefined {
  for (const sheet of model.sheets) {
    const t = sheet.tables.find((x) => x.name === name);
    if (t) return t;
  }
  return undefined;
}

export function sheetOfTable(model: WorkbookModel, name: string): SheetSpec | undefined {
  return model.sheets.find((s) => s.tables.some((t) => t.name === name));
}

/** Finds a column by its header in either language (users may import en-US CSVs into zh-CN books). */
export function columnByHeader(table: TableSpec, header: string): Column | undefined {
  const h = header.trim();
  return table.columns.find((c) => c.header.zh === h || c.header.en === h);
}

export function columnByKey(table: TableSpec, key: string): Column {
  const c = table.columns.find((x) => x.key === key);
  if (!c) throw new Error(`unknown column ${table.name}.${key}`);
  return c;
}

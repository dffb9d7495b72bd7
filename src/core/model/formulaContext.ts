import type { FormulaContext, Lang, WorkbookModel } from './types';
import { findTable, headerOf } from './lookup';

/** Sheet that holds the enumerations and the model meta; its name is the same in every language. */
export const LISTS_SHEET = 'Lists';

/** Defined name of an enumeration's range on the Lists sheet. */
export function listName(listId: string): string {
  return `List_${listId}`;
}

/**
 * Structured-reference column part. The bracketed form `[Header]` is safe for every header we use;
 * only `[`, `]`, `#` and `'` need escaping with an apostrophe inside it.
 */
export function escapeHeader(header: string): string {
  return header.replace(/['[\]#]/g, (c) => `'${c}`);
}

/** Renders formula templates for one table in one workbook language. */
export function createFormulaContext(model: WorkbookModel, tableName: string, lang: Lang): FormulaContext {
  const col = (table: string, key: string): string => {
    const spec = findTable(model, table);
    if (!spec) throw new Error(`formula refers to unknown table ${table}`);
    const column = spec.columns.find((c) => c.key === key);
    if (!column) throw new Error(`formula refers to unknown column ${table}.${key}`);
    return escapeHeader(headerOf(column, lang));
  };
  return {
    lang,
    // The file format's canonical spelling; Excel, LibreOffice and Office.js all accept it.
    thisRow: (key) => `${tableName}[[#This Row],[${col(tableName, key)}]]`,
    column: (table, key) => `${table}[${col(table, key)}]`,
    // A range between two structured references (the ":" reference operator), both static.
    upToThisRow: (key) => `${tableName}[[#Headers],[${col(tableName, key)}]]:${tableName}[[#This Row],[${col(tableName, key)}]]`,
    param: (id) =>
      `INDEX(KpiParams[${col('KpiParams', 'value')}],MATCH("${id}",KpiParams[${col('KpiParams', 'id')}],0))`,
    list: (id) => listName(id),
    str: (s) => `"${s.replace(/"/g, '""')}"`,
  };
}

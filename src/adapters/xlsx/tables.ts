/** Table (ListObject) parts: xl/tables/tableN.xml. */
import { fromFileFormula, toFileFormula } from './formulas';
import { formatRange, parseRange } from './refs';
import type { RangeRef } from './refs';
import { attrsOf, decodeEntities, decodeXstring, escapeAttr, escapeFormula, rootPrefix, setAttr } from './xml';

export interface TableColumnDef {
  readonly id: number;
  readonly name: string;
  /** The calculated column's formula with its "=", if the column has one. */
  readonly formula?: string;
}

export interface TableDef {
  readonly part: string;
  readonly sheet: string;
  readonly sheetPart: string;
  readonly id: number;
  /** The name users and formulas see (displayName). */
  readonly name: string;
  readonly ref: RangeRef;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columns: readonly TableColumnDef[];
}

const COLUMN_RE = /<(?:[\w.-]+:)?tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?tableColumn>)/g;

export function parseTable(xml: string, part: string, sheet: string, sheetPart: string): TableDef | null {
  const root = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml);
  if (!root) return null;
  const a = attrsOf(root[0]);
  const ref = a.ref ? parseRange(a.ref) : null;
  const name = a.displayName || a.name;
  if (!ref || !name) return null;
  const columns: TableColumnDef[] = [];
  COLUMN_RE.lastIndex = 0;
  for (let m = COLUMN_RE.exec(xml); m; m = COLUMN_RE.exec(xml)) {
    const c = attrsOf(m[1] ?? '');
    const f = /<(?:[\w.-]+:)?calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?calculatedColumnFormula>/.exec(m[2] ?? '');
    columns.push({
      id: Number(c.id) || columns.length + 1,
      name: decodeXstring(c.name ?? ''),
      ...(f ? { formula: fromFileFormula(decodeEntities(f[1]!)) } : {}),
    });
  }
  return {
    part,
    sheet,
    sheetPart,
    id: Number(a.id) || 0,
    name,
    ref,
    headerRowCount: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount),
    totalsRowCount: Number(a.totalsRowCount ?? 0) || 0,
    columns,
  };
}

/** First and last data rows (worksheet rows). */
export function dataRows(t: TableDef): { first: number; last: number } {
  return { first: t.ref.top + (t.headerRowCount > 0 ? 1 : 0), last: t.ref.bottom - t.totalsRowCount };
}

/** Sets the table's range (and its filter's, which must match it). */
export function setTableRef(xml: string, ref: RangeRef): string {
  const text = formatRange(ref);
  const out = xml.replace(/<(?:[\w.-]+:)?table\b[^>]*>/, (tag) => setAttr(tag, 'ref', text));
  return out.replace(/<(?:[\w.-]+:)?autoFilter\b[^>]*?\/?>/, (tag) => setAttr(tag, 'ref', text));
}

export interface NewColumn {
  readonly name: string;
  readonly formula?: string;
}

function columnXml(p: string, id: number, c: NewColumn): string {
  const name = escapeAttr(c.name.replace(/\r?\n/g, '_x000a_'));
  if (!c.formula) return `<${p}tableColumn id="${id}" name="${name}"/>`;
  // Calculated column: rows a user adds in Excel fill this formula in.
  const f = escapeFormula(toFileFormula(c.formula));
  return `<${p}tableColumn id="${id}" name="${name}"><${p}calculatedColumnFormula>${f}</${p}calculatedColumnFormula></${p}tableColumn>`;
}

/** Makes the `index`-th tableColumn (0-based) a calculated column with `formula` ("=" included). */
export function setTableColumnFormula(xml: string, index: number, formula: string): string {
  const p = rootPrefix(xml, 'table');
  let i = -1;
  COLUMN_RE.lastIndex = 0;
  return xml.replace(COLUMN_RE, (whole: string, attrs: string) => {
    i++;
    if (i !== index) return whole;
    const f = escapeFormula(toFileFormula(formula));
    return `<${p}tableColumn${attrs.replace(/\s+$/, '')}><${p}calculatedColumnFormula>${f}</${p}calculatedColumnFormula></${p}tableColumn>`;
  });
}

/** Appends columns to a table part's tableColumns. */
export function appendTableColumns(xml: string, existing: readonly TableColumnDef[], added: readonly NewColumn[]): string {
  const p = rootPrefix(xml, 'table');
  let id = Math.max(0, ...existing.map((c) => c.id));
  const items = added.map((c) => columnXml(p, ++id, c)).join('');
  return xml.replace(/(<(?:[\w.-]+:)?tableColumns\b[^>]*>)([\s\S]*?)(<\/(?:[\w.-]+:)?tableColumns>)/, (_m, open: string, body: string, close: string) =>
    `${setAttr(open, 'count', String(existing.length + added.length))}${body}${items}${close}`,
  );
}

export function newTableXml(id: number, name: string, ref: RangeRef, columns: readonly NewColumn[], style: string): string {
  const r = formatRange(ref);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeAttr(name)}" ` +
    `displayName="${escapeAttr(name)}" ref="${r}" totalsRowShown="0"><autoFilter ref="${r}"/>` +
    `<tableColumns count="${columns.length}">${columns.map((c, i) => columnXml('', i + 1, c)).join('')}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** Reading and writing single `<c>` cell elements. */
import type { CellInput, CellValue } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import type { SharedStrings } from './sharedStrings';
import { toFileFormula } from './formulas';
import { attrsOf, decodeEntities, decodeXstring, escapeFormula, runText } from './xml';

export const CELL_RE = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const V_RE = /<(?:[\w.-]+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/;
const V_AFTER = new RegExp(V_RE.source, 'g');
const F_RE = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const IS_RE = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

/** Days between 1899-12-30 and 1970-01-01. */
const EPOCH_OFFSET = 25569;

/**
 * The value of a cell from its attribute text and inner XML. A formula gives its cached value.
 * `text` turns the XML's text into a string: a scan reading the part's bytes as Latin-1 (one
 * character a byte, see Package.latin1Chunks) passes a UTF-8 decoder here; shared strings come
 * from their own part and need none.
 */
export function cellValue(attrText: string, inner: string | undefined, sst: SharedStrings, text: (s: string) => string = (s) => s): CellValue {
  if (!inner) return null;
  const t = /\bt\s*=\s*"([^"]*)"/.exec(attrText)?.[1] ?? 'n';
  if (t === 'inlineStr') {
    const is = IS_RE.exec(inner);
    return is ? runText(text(is[1]!)) : null;
  }
  // The value follows the formula, whose text (often the bulk of a sheet) holds no "<": the
  // search for <v> starts at the first "<" after the first tag rather than reading it again.
  V_AFTER.lastIndex = inner.indexOf('<', inner.indexOf('>') + 1);
  if (V_AFTER.lastIndex < 0) V_AFTER.lastIndex = 0;
  const vm = /^<(?:[\w.-]+:)?f\b/.test(inner) ? V_AFTER.exec(inner) : V_RE.exec(inner);
  if (!vm) return null;
  const v = t === 's' ? (vm[1] ?? '') : text(vm[1] ?? '');
  switch (t) {
    case 's': {
      const i = Number(v);
      return Number.isInteger(i) ? (sst.get(i) ?? null) : null;
    }
    case 'str':
      return decodeXstring(decodeEntities(v));
    case 'b':
      return v.trim() === '1' || v.trim().toLowerCase() === 'true';
    case 'e':
      return decodeEntities(v).trim();
    case 'd': {
      const ms = Date.parse(decodeEntities(v).trim());
      return Number.isFinite(ms) ? ms / 86400000 + EPOCH_OFFSET : decodeEntities(v);
    }
    default: {
      const s = v.trim();
      if (s === '') return null;
      const n = Number(s);
      return Number.isFinite(n) ? n : decodeEntities(s);
    }
  }
}

/** True when the cell holds a value, a formula or an inline string (not just a style). */
export function hasContent(inner: string | undefined): boolean {
  return !!inner && /<(?:[\w.-]+:)?(?:v|f|is)\b/.test(inner);
}

export interface FormulaInfo {
  /** Formula text as stored (no "="), empty for a shared formula's dependent cell. */
  readonly text: string;
  /** The cell anchors a shared or multi-cell array formula that other cells depend on. */
  readonly anchorsOthers: boolean;
}

export function formulaOfCell(inner: string | undefined): FormulaInfo | undefined {
  if (!inner) return undefined;
  const m = F_RE.exec(inner);
  if (!m) return undefined;
  const a = attrsOf(m[1] ?? '');
  const multi = !!a.ref && a.ref.includes(':');
  return { text: decodeEntities(m[2] ?? ''), anchorsOthers: (a.t === 'shared' || a.t === 'array') && multi };
}

export function styleOfCell(attrText: string): number | undefined {
  const m = /\bs\s*=\s*"(\d+)"/.exec(attrText);
  return m ? Number(m[1]) : undefined;
}

/**
 * The XML of a cell holding `input`, or null for an empty cell without a style.
 * A string is always stored as text (a shared string), whatever it starts with.
 */
export function buildCell(p: string, ref: string, style: number | undefined, input: CellInput, sst: SharedStrings): string | null {
  const s = style ? ` s="${style}"` : '';
  // An empty string clears the cell, as writing "" through Office.js does.
  if (input === null || input === undefined || input === '') return style ? `<${p}c r="${ref}"${s}/>` : null;
  if (typeof input === 'string') return `<${p}c r="${ref}"${s} t="s"><${p}v>${sst.add(input)}</${p}v></${p}c>`;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new PortError('unsupported', `not a finite number in ${ref}: ${input}`);
    return `<${p}c r="${ref}"${s}><${p}v>${input}</${p}v></${p}c>`;
  }
  if (typeof input === 'boolean') return `<${p}c r="${ref}"${s} t="b"><${p}v>${input ? 1 : 0}</${p}v></${p}c>`;
  // No cached value: the file asks for a full recalculation on load (calcPr fullCalcOnLoad).
  return `<${p}c r="${ref}"${s}><${p}f>${formulaXml(input.formula)}</${p}f></${p}c>`;
}

const formulaCache = new Map<string, string>();

/**
 * A formula as the file stores it, escaped: a table's calculated column writes the same formula
 * in every new row, so the conversion is done once per formula rather than once per cell.
 */
export function formulaXml(formula: string): string {
  let xml = formulaCache.get(formula);
  if (xml === undefined) {
    xml = escapeFormula(toFileFormula(formula));
    if (formulaCache.size >= 1000) formulaCache.clear();
    formulaCache.set(formula, xml);
  }
  return xml;
}

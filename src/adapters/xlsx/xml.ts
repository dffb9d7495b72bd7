/**
 * Small XML helpers for editing SpreadsheetML parts as text.
 *
 * The adapter edits only the elements it owns and copies everything else byte for byte, so it
 * works on the raw text of each part rather than on a parsed tree that would re-serialize (and
 * possibly alter) parts it does not understand.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities and character references. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/**
 * SpreadsheetML strings (ST_Xstring) escape characters that XML 1.0 cannot carry as `_xHHHH_`;
 * a literal `_xHHHH_` in the text is itself escaped as `_x005F_xHHHH_`.
 */
export function decodeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function encodeXstring(s: string): string {
  return s
    .replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')
    .replace(XML_INVALID, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Escapes cell or shared-string text (ST_Xstring) for element content. */
export function escapeText(s: string): string {
  return encodeXstring(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value; line breaks are kept as character references. */
export function escapeAttr(s: string): string {
  return s
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Escapes formula text for element content (a formula is not an Xstring: no `_x` escaping). */
export function escapeFormula(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attributes of a start tag (or of the attribute text inside it), entity-decoded. */
export function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** Sets (or with null removes) one attribute of a start tag given as text. */
export function setAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, value === null ? '' : ` ${name}="${escapeAttr(value)}"`);
  if (value === null) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeAttr(value)}"${tag.slice(end)}`;
}

/** Local name of a possibly prefixed tag name (`x:row` → `row`). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Text of every `<t>` run in a shared string or inline string, phonetic runs (`<rPh>`) excluded. */
export function runText(inner: string): string {
  const body = inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let text = '';
  const re = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) text += m[1] ?? '';
  return decodeXstring(decodeEntities(text));
}

export interface ChildElement {
  /** Local name, e.g. `tableParts`. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The children of a part's root element, in document order, with their text positions.
 * Elements named in `skip` (e.g. a huge `sheetData`) are jumped over to their end tag, unscanned.
 */
export function rootChildren(xml: string, skip: readonly string[] = ['sheetData']): ChildElement[] {
  const out: ChildElement[] = [];
  const re = /<(\/?)([A-Za-z_][\w:.-]*)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;
  let depth = 0;
  let current: { name: string; start: number } | null = null;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2] === undefined) continue;
    const closing = m[1] === '/';
    const selfClosing = m[3] === '/';
    if (closing) {
      depth -= 1;
      if (depth === 1 && current) {
        out.push({ name: current.name, start: current.start, end: m.index + m[0].length });
        current = null;
      }
      if (depth <= 0) break;
      continue;
    }
    if (depth === 0) {
      // The root's start tag.
      if (selfClosing) break;
      depth = 1;
      continue;
    }
    if (depth === 1) {
      const name = localName(m[2]);
      if (selfClosing) {
        out.push({ name, start: m.index, end: m.index + m[0].length });
        continue;
      }
      if (skip.includes(name)) {
        const close = xml.indexOf(`</${m[2]}>`, m.index);
        if (close < 0) break;
        const end = close + m[2].length + 3;
        out.push({ name, start: m.index, end });
        re.lastIndex = end;
        continue;
      }
      current = { name, start: m.index };
    }
    if (!selfClosing) depth += 1;
  }
  return out;
}

/**
 * Inserts `element` as a child of the root, before the first existing child whose name comes
 * after `name` in the schema's `order` (or before the root's end tag). Returns the new text.
 */
export function insertChild(xml: string, order: readonly string[], name: string, element: string): string {
  const rank = order.indexOf(name);
  const children = rootChildren(xml);
  const next = children.find((c) => {
    const r = order.indexOf(c.name);
    return r > rank;
  });
  if (next) return xml.slice(0, next.start) + element + xml.slice(next.start);
  const close = xml.lastIndexOf('</');
  return xml.slice(0, close) + element + xml.slice(close);
}

/** Replaces a root child (found by local name) with `element`, or inserts it in schema order. */
export function upsertChild(xml: string, order: readonly string[], name: string, element: string): string {
  const found = rootChildren(xml).find((c) => c.name === name);
  if (found) return xml.slice(0, found.start) + element + xml.slice(found.end);
  return insertChild(xml, order, name, element);
}

/** Removes every root child with the given local name. */
export function removeChildren(xml: string, name: string): string {
  const found = rootChildren(xml).filter((c) => c.name === name);
  let out = xml;
  for (const c of found.reverse()) out = out.slice(0, c.start) + out.slice(c.end);
  return out;
}

/** The namespace prefix (with its colon, or '') that a part's root element uses. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/**
 * Relationships and content types of an OPC package: reading and editing the .rels parts and
 * [Content_Types].xml (re-exported by package.ts, where callers import them from).
 */
import type { Package } from './package';
import { attrsOf, escapeAttr, insertChild } from './xml';

export const CONTENT_TYPES = '[Content_Types].xml';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
} as const;

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
} as const;

/** Relationship types match by their last segment, so Strict OOXML (purl.oclc.org) files read too. */
export function relTypeIs(type: string, wanted: string): boolean {
  return type === wanted || type.slice(type.lastIndexOf('/')) === wanted.slice(wanted.lastIndexOf('/'));
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved part name (no leading slash), or the raw target for external relationships. */
  readonly target: string;
  readonly external: boolean;
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** Resolves a relationship target against the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = decodeURIComponentSafe(target);
  const segments = t.startsWith('/') ? [] : dirOf(sourcePart).split('/').filter(Boolean);
  for (const s of t.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    // A target with a stray "%" is a literal name, not an encoding.
    return s;
  }
}

/** Relative target from one part's folder to another part. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = dirOf(sourcePart).split('/').filter(Boolean);
  const to = targetPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function readRels(pkg: Package, sourcePart: string): Relationship[] {
  const xml = pkg.text(relsPathOf(sourcePart));
  if (!xml) return [];
  const out: Relationship[] = [];
  const re = /<(?:[\w.-]+:)?Relationship\b[^>]*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = attrsOf(m[0]);
    if (!a.Id || !a.Type || a.Target === undefined) continue;
    const external = a.TargetMode === 'External';
    out.push({ id: a.Id, type: a.Type, target: external ? a.Target : resolveTarget(sourcePart, a.Target), external });
  }
  return out;
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship from `sourcePart` to `targetPart`; returns its new id. */
export function addRel(pkg: Package, sourcePart: string, type: string, targetPart: string): string {
  const path = relsPathOf(sourcePart);
  const xml = pkg.text(path) ?? EMPTY_RELS;
  const used = new Set(readRels(pkg, sourcePart).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget(sourcePart, targetPart))}"/>`;
  const close = xml.lastIndexOf('</');
  pkg.setText(path, close < 0 || /<(?:[\w.-]+:)?Relationships\b[^>]*\/>\s*$/.test(xml) ? EMPTY_RELS.replace('</', `${rel}</`) : xml.slice(0, close) + rel + xml.slice(close));
  return id;
}

export function removeRel(pkg: Package, sourcePart: string, id: string): void {
  const path = relsPathOf(sourcePart);
  const xml = pkg.text(path);
  if (!xml) return;
  const re = new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*\\bId="${id}"[^>]*>`);
  pkg.setText(path, xml.replace(re, ''));
}

export function addOverride(pkg: Package, part: string, contentType: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  if (!xml) throw new Error('package has no [Content_Types].xml');
  const el = `<Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>`;
  pkg.setText(CONTENT_TYPES, insertChild(xml, ['Default', 'Override'], 'Override', el));
}

export function removeOverride(pkg: Package, part: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  if (!xml) return;
  const re = new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`, 'i');
  pkg.setText(CONTENT_TYPES, xml.replace(re, ''));
}

/** A part name like `xl/tables/table7.xml` that is not used yet. */
export function freePartName(pkg: Package, prefix: string, ext: string): string {
  const taken = new Set(pkg.names().map((n) => n.toLowerCase()));
  let n = 1;
  while (taken.has(`${prefix}${n}${ext}`.toLowerCase())) n++;
  return `${prefix}${n}${ext}`;
}

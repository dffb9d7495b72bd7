/**
 * Opening a package: inflate the small parts the adapter reads, and refuse a damaged file before
 * any command acts on it. Every part the adapter owns (content types, relationships, the
 * workbook, styles, shared strings, tables) must be well-formed XML, [Content_Types].xml must be
 * there, and every table must lie on the sheet. Worksheets are checked as they are streamed
 * (reading) or before they are edited (writing), see scan.ts and Book.doc.
 */
import type { Lang } from '../../core/model/types';
import { PortError } from '../../core/port/types';
import { Book } from './book';
import { XLSX_MESSAGES as M } from './messages';
import { CONTENT_TYPES, REL, readRels, relTypeIs, relsPathOf } from './package';
import type { Package } from './package';
import { MAX_COL, MAX_ROW, formatRange } from './refs';
import { xmlFault } from './wellFormed';
import { PartDataError } from './zipCodec';

function checkPart(pkg: Package, part: string, lang: Lang, what: string): void {
  const text = pkg.text(part);
  if (text === undefined) return;
  const fault = xmlFault(text);
  if (fault !== undefined) throw new PortError('unreadable', M.corruptPart[lang](what, part, fault));
}

/** Inflates every lazy part except worksheets, which are streamed or inflated when edited. */
async function inflateSmallParts(pkg: Package, worksheets: ReadonlySet<string>): Promise<void> {
  for (const name of pkg.names()) if (pkg.isLazy(name) && !worksheets.has(name)) await pkg.inflate(name);
}

/** A part whose compressed data is damaged, as the message for a damaged part. */
export function damagedPart(e: unknown, lang: Lang, what: string): unknown {
  return e instanceof PartDataError ? new PortError('unreadable', M.corruptPart[lang](what, e.part, e.message)) : e;
}

/**
 * Readies a loaded package and checks the parts the adapter owns; throws PortError('unreadable')
 * naming the damaged part. A package without a workbook part is left to the caller's message.
 */
export async function openPackage(pkg: Package, lang: Lang, what: string): Promise<Book> {
  try {
    return await checkPackage(pkg, lang, what);
  } catch (e) {
    throw damagedPart(e, lang, what);
  }
}

async function checkPackage(pkg: Package, lang: Lang, what: string): Promise<Book> {
  await pkg.inflate('_rels/.rels');
  checkPart(pkg, '_rels/.rels', lang, what);
  const main = readRels(pkg, '').find((r) => relTypeIs(r.type, REL.officeDocument) && !r.external);
  const workbookPart = main && pkg.has(main.target) ? main.target : 'xl/workbook.xml';
  await pkg.inflate(workbookPart);
  await pkg.inflate(relsPathOf(workbookPart));
  checkPart(pkg, workbookPart, lang, what);
  checkPart(pkg, relsPathOf(workbookPart), lang, what);
  const book = new Book(pkg, lang, what);
  if (!pkg.has(CONTENT_TYPES)) throw new PortError('unreadable', M.noContentTypes[lang](what));
  const worksheets = new Set(book.sheets().filter((s) => s.part && s.isWorksheet).map((s) => s.part));
  await inflateSmallParts(pkg, worksheets);
  checkPart(pkg, CONTENT_TYPES, lang, what);
  for (const r of readRels(pkg, workbookPart)) {
    if (!r.external && (relTypeIs(r.type, REL.styles) || relTypeIs(r.type, REL.sharedStrings))) checkPart(pkg, r.target, lang, what);
  }
  for (const part of worksheets) {
    checkPart(pkg, relsPathOf(part), lang, what);
    for (const r of readRels(pkg, part)) if (!r.external && relTypeIs(r.type, REL.table)) checkPart(pkg, r.target, lang, what);
  }
  for (const t of book.tables()) {
    if (t.ref.bottom > MAX_ROW || t.ref.right > MAX_COL) throw new PortError('unreadable', M.badTableRef[lang](what, t.name, formatRange(t.ref)));
  }
  return book;
}

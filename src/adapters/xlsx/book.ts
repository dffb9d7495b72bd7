/**
 * The workbook as the adapter sees it: the sheet list, tables, defined names, shared strings and
 * styles of a Package, parsed on demand. Edits happen on a Book over a cloned Package and are
 * written back by `commit()`; if an operation throws, the clone is dropped and nothing changed.
 */
import type { Lang, SheetVisibility } from '../../core/model/types';
import { PortError } from '../../core/port/types';
import { XLSX_MESSAGES as M } from './messages';
import { CT, Package, REL, addOverride, addRel, readRels, relTypeIs, removeOverride, removeRel } from './package';
import { SharedStrings } from './sharedStrings';
import { SheetDoc } from './sheet';
import { skeletonParts, WORKBOOK_ORDER } from './skeleton';
import { Styles } from './styles';
import { parseTable } from './tables';
import type { TableDef } from './tables';
import { xmlFault, xmlFaultBytes } from './wellFormed';
import type { RawEntry, ZipCodec } from './zipCodec';
import type { EntryVerdict } from './checker';
import { attrsOf, decodeEntities, rootChildren, rootPrefix, setAttr, upsertChild } from './xml';

/** Largest worksheet part (uncompressed bytes) that a command reads or edits. */
export const EDIT_LIMIT = 256 * 2 ** 20;

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** The part, or '' when the relationship is missing. */
  readonly part: string;
  readonly visibility: SheetVisibility;
  /** False for chart sheets, dialog sheets and macro sheets: they hold no cells we can use. */
  readonly isWorksheet: boolean;
}

export interface DefinedName {
  readonly name: string;
  readonly ref: string;
  readonly localSheetId?: number;
  readonly hidden: boolean;
}

/** A worksheet's strict check started before the edit (XlsxWorkbook.prepareEdit), over the entry it was loaded from. */
export interface EarlyCheck {
  readonly raw: RawEntry;
  readonly verdict: Promise<EntryVerdict>;
}

export class Book {
  readonly workbookPart: string;
  private sheetList: SheetEntry[] | null = null;
  private tableList: TableDef[] | null = null;
  private readonly docs = new Map<string, SheetDoc>();
  private sst: SharedStrings | null = null;
  private stylesObj: Styles | null = null;
  private workbookText: string;
  private workbookDirty = false;
  /** Cells changed: the calc chain is dropped and Excel recalculates on open. */
  cellsChanged = false;
  /** Early checks that doc() relied on, by part: settled() awaits them. */
  private readonly relied = new Map<string, Promise<EntryVerdict>>();

  constructor(
    readonly pkg: Package,
    readonly lang: Lang,
    /** Names the file in messages about damaged parts. */
    readonly what: string = lang === 'zh-CN' ? '该文件' : 'the file',
    /** Strict checks of worksheets already running elsewhere (Node: on a worker thread), by part. */
    private readonly early: ReadonlyMap<string, EarlyCheck> = new Map(),
  ) {
    const main = readRels(pkg, '').find((r) => relTypeIs(r.type, REL.officeDocument) && !r.external);
    this.workbookPart = main && pkg.has(main.target) ? main.target : 'xl/workbook.xml';
    const text = pkg.text(this.workbookPart);
    if (text === undefined) throw new PortError('unreadable', M.noWorkbook[lang](what));
    this.workbookText = text;
  }

  static empty(lang: Lang, codec?: ZipCodec): Book {
    return new Book(Package.fromTexts(skeletonParts(), codec), lang);
  }

  get isStrict(): boolean {
    return /purl\.oclc\.org\/ooxml\/spreadsheetml\/main/.test(this.workbookText.slice(0, 2000));
  }

  get workbookXml(): string {
    return this.workbookText;
  }

  set workbookXml(text: string) {
    this.workbookText = text;
    this.workbookDirty = true;
  }

  sheets(): SheetEntry[] {
    if (this.sheetList) return this.sheetList;
    const rels = new Map(readRels(this.pkg, this.workbookPart).map((r) => [r.id, r]));
    const out: SheetEntry[] = [];
    const sheets = rootChildren(this.workbookText).find((c) => c.name === 'sheets');
    const body = sheets ? this.workbookText.slice(sheets.start, sheets.end) : '';
    const re = /<(?:[\w.-]+:)?sheet\b[^>]*>/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const a = attrsOf(m[0]);
      const idKey = Object.keys(a).find((k) => /(^|:)id$/.test(k) && k !== 'sheetId');
      const rId = idKey ? a[idKey]! : '';
      const rel = rels.get(rId);
      const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
      out.push({
        name: a.name ?? '',
        sheetId: Number(a.sheetId) || 0,
        rId,
        part: rel && !rel.external && this.pkg.has(rel.target) ? rel.target : '',
        visibility: state,
        isWorksheet: !!rel && relTypeIs(rel.type, REL.worksheet),
      });
    }
    this.sheetList = out;
    return out;
  }

  /** Forget the parsed sheet list after editing workbook.xml or its relationships. */
  resetSheets(): void {
    this.sheetList = null;
  }

  sheet(name: string): SheetEntry | undefined {
    const lower = name.toLowerCase();
    return this.sheets().find((s) => s.name.toLowerCase() === lower);
  }

  /** A worksheet that exists, or a PortError naming it. */
  worksheet(name: string): SheetEntry {
    const s = this.sheet(name);
    if (!s || !s.isWorksheet || !s.part) throw new PortError('conflict', M.noSheet[this.lang](name));
    return s;
  }

  /**
   * A worksheet to read or edit as a whole. It must be well-formed: the adapter rewrites what it
   * parses, and a truncated part would otherwise come back "repaired" with rows missing. A part
   * left compressed because it is larger than EDIT_LIMIT is refused.
   */
  doc(part: string): SheetDoc {
    let d = this.docs.get(part);
    if (!d) {
      if (this.pkg.isLazy(part)) {
        const sheet = this.sheets().find((s) => s.part === part)?.name ?? part;
        throw new PortError('unreadable', M.sheetTooLarge[this.lang](sheet, Math.round(this.pkg.size(part) / 2 ** 20), EDIT_LIMIT / 2 ** 20));
      }
      // A worksheet stays bytes: checked and indexed without becoming one (UTF-16) string.
      // (A part with a byte-order mark, UTF-8 or UTF-16, is read as text: rare, and never large.)
      const bytes = this.pkg.bytes(part);
      const marked = !!bytes && bytes.length >= 2 && (bytes[0]! >= 0xef || bytes[0] === 0xfe);
      const source = (marked ? undefined : bytes) ?? this.pkg.text(part) ?? '';
      // A check started early over the very entry these bytes were inflated from is awaited in
      // settled(), before anything is written; otherwise the part is checked here and now.
      const early = this.early.get(part);
      if (early && !marked && bytes && this.pkg.rawEntry(part) === early.raw) this.relied.set(part, early.verdict);
      else {
        const fault = source.length === 0 ? undefined : typeof source === 'string' ? xmlFault(source) : xmlFaultBytes(source);
        if (fault !== undefined) throw new PortError('unreadable', M.corruptPart[this.lang](this.what, part, fault));
      }
      d = new SheetDoc(source);
      this.docs.set(part, d);
    }
    return d;
  }

  /**
   * Waits for the early checks that doc() relied on; throws the message doc() would have thrown
   * for a part that is not well-formed (or whose data is damaged).
   */
  async settled(): Promise<void> {
    for (const [part, verdict] of this.relied) {
      const v = await verdict;
      const why = v.damaged ?? v.fault;
      if (why !== undefined) throw new PortError('unreadable', M.corruptPart[this.lang](this.what, part, why));
    }
  }

  tables(): TableDef[] {
    if (this.tableList) return this.tableList;
    const out: TableDef[] = [];
    for (const s of this.sheets()) {
      if (!s.part) continue;
      for (const r of readRels(this.pkg, s.part)) {
        if (r.external || !relTypeIs(r.type, REL.table)) continue;
        const xml = this.pkg.text(r.target);
        const t = xml ? parseTable(xml, r.target, s.name, s.part) : null;
        if (t) out.push(t);
      }
    }
    this.tableList = out;
    return out;
  }

  resetTables(): void {
    this.tableList = null;
  }

  table(name: string): TableDef | undefined {
    const lower = name.toLowerCase();
    return this.tables().find((t) => t.name.toLowerCase() === lower);
  }

  definedNames(): DefinedName[] {
    const block = rootChildren(this.workbookText).find((c) => c.name === 'definedNames');
    if (!block) return [];
    const body = this.workbookText.slice(block.start, block.end);
    const out: DefinedName[] = [];
    const re = /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const a = attrsOf(m[1] ?? '');
      if (!a.name) continue;
      out.push({
        name: a.name,
        ref: decodeEntities(m[2] ?? ''),
        ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}),
        hidden: a.hidden === '1' || a.hidden === 'true',
      });
    }
    return out;
  }

  sharedStrings(): SharedStrings {
    if (!this.sst) {
      const rel = readRels(this.pkg, this.workbookPart).find((r) => relTypeIs(r.type, REL.sharedStrings) && !r.external);
      this.sst = new SharedStrings(rel ? this.pkg.text(rel.target) : undefined);
    }
    return this.sst;
  }

  styles(): Styles {
    if (!this.stylesObj) {
      const rel = readRels(this.pkg, this.workbookPart).find((r) => relTypeIs(r.type, REL.styles) && !r.external);
      const text = rel ? this.pkg.text(rel.target) : undefined;
      this.stylesObj = new Styles(text ?? skeletonParts()['xl/styles.xml']!);
    }
    return this.stylesObj;
  }

  /** Writes every edited part back into the package. */
  commit(): void {
    for (const [part, doc] of this.docs) if (doc.dirty) this.pkg.setPieces(part, () => doc.chunks(), doc.size(), () => doc.copiedRanges(), (piece) => doc.isCopied(piece));
    if (this.sst?.dirty) this.commitSharedStrings(this.sst);
    if (this.stylesObj?.dirty) this.commitStyles(this.stylesObj);
    if (this.cellsChanged) this.dropCalcChain();
    if (this.workbookDirty || this.cellsChanged) {
      // Formulas written without cached values, and formulas that depend on new rows, compute on open.
      const calc = rootChildren(this.workbookText).find((c) => c.name === 'calcPr');
      if (calc) {
        const tag = this.workbookText.slice(calc.start, calc.end).replace(/^<[^>]*>/, (t) => setAttr(t, 'fullCalcOnLoad', '1'));
        this.workbookText = this.workbookText.slice(0, calc.start) + tag + this.workbookText.slice(calc.end);
      } else {
        const p = rootPrefix(this.workbookText, 'workbook');
        this.workbookText = upsertChild(this.workbookText, WORKBOOK_ORDER, 'calcPr', `<${p}calcPr fullCalcOnLoad="1"/>`);
      }
      this.pkg.setText(this.workbookPart, this.workbookText);
    }
  }

  private commitSharedStrings(sst: SharedStrings): void {
    const rel = readRels(this.pkg, this.workbookPart).find((r) => relTypeIs(r.type, REL.sharedStrings) && !r.external);
    if (rel) {
      this.pkg.setText(rel.target, sst.serialize());
      return;
    }
    const dir = this.workbookPart.slice(0, this.workbookPart.lastIndexOf('/') + 1);
    const part = `${dir}sharedStrings.xml`;
    this.pkg.setText(part, sst.serialize());
    addRel(this.pkg, this.workbookPart, REL.sharedStrings, part);
    addOverride(this.pkg, part, CT.sharedStrings);
  }

  private commitStyles(styles: Styles): void {
    const rel = readRels(this.pkg, this.workbookPart).find((r) => relTypeIs(r.type, REL.styles) && !r.external);
    if (rel) {
      this.pkg.setText(rel.target, styles.serialize());
      return;
    }
    const dir = this.workbookPart.slice(0, this.workbookPart.lastIndexOf('/') + 1);
    const part = `${dir}styles.xml`;
    this.pkg.setText(part, styles.serialize());
    addRel(this.pkg, this.workbookPart, REL.styles, part);
    addOverride(this.pkg, part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
  }

  /**
   * The calc chain lists formula cells in calculation order; an entry for a cell that no longer
   * holds a formula makes Excel "repair" the file. Excel rebuilds a missing chain silently.
   */
  private dropCalcChain(): void {
    for (const r of readRels(this.pkg, this.workbookPart)) {
      if (r.external || !relTypeIs(r.type, REL.calcChain)) continue;
      this.pkg.remove(r.target);
      removeRel(this.pkg, this.workbookPart, r.id);
      removeOverride(this.pkg, r.target);
    }
  }
}

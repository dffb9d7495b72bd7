/**
 * The .xlsx adapter: a WorkbookPort over an .xlsx file held in memory.
 *
 * Reading never depends on understanding every part, and writing edits only the parts it owns
 * (sheet cells, tables, names, styles) and copies every other part unchanged, so charts,
 * comments, pivot tables, images, VBA and add-in data survive (SPEC §6). This module has no
 * Node.js dependency, so the task pane can load it lazily; saving to a path needs a FileWriter,
 * which the Node entry (index.ts) supplies.
 */
import type { Lang } from '../../core/model/types';
import type { ActiveCell, ProgressReporter, TableData, WorkbookPort, WorkbookStructure, WriteOp } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import { Book, EDIT_LIMIT } from './book';
import type { EarlyCheck } from './book';
import { OFF_THREAD_OVER } from './checker';
import type { PartChecker } from './checker';
import { damagedPart, openPackage } from './integrity';
import { XLSX_MESSAGES as M } from './messages';
import { applyOp } from './ops';
import { CONTENT_TYPES, Package } from './package';
import { isBinaryWorkbook } from './sniff';
import { readMeta } from './read';
import { readStructureStream, readTablesStream } from './readStream';
import type { ReadAhead } from './readStream';
import { formatRange } from './refs';
import { readBackFault, writtenPartFault } from './verifyPart';
import { PartDataError } from './zipCodec';
import type { ZipCodec } from './zipCodec';

/** Writes bytes to a path so that a failure never leaves a half-written file. */
export type FileWriter = (path: string, bytes: Uint8Array) => Promise<void>;

export interface XlsxOptions {
  /** Language of error messages; by default the workbook's own (its meta), else zh-CN. */
  readonly lang?: Lang;
  /** How save() writes files; absent in the browser, where save() is unsupported. */
  readonly writer?: FileWriter;
  /** Named in "cannot read" messages, e.g. the file's path. */
  readonly source?: string;
  /** Native compression (Node.js); without it JSZip's JavaScript zlib does the work. */
  readonly codec?: ZipCodec;
  /**
   * readStructure also keeps the tables' rows for the readTables that follows (validate, score):
   * each sheet is inflated and scanned once instead of twice, for the memory of the rows.
   */
  readonly readAhead?: boolean;
  /**
   * Strict checks of large parts off the main thread (Node.js: a worker, nodeChecker.ts); without
   * it every check runs on the caller's thread, as in the browser.
   */
  readonly checker?: PartChecker;
}

export class XlsxWorkbook implements WorkbookPort {
  private metaLang: Lang | null | undefined;
  /** Rows kept by readStructure (options.readAhead), until readTables takes them or a plan runs. */
  private ahead: ReadAhead | undefined;
  /** Worksheets being checked ahead of an edit (prepareEdit), by part. */
  private readonly early = new Map<string, EarlyCheck>();

  constructor(
    private pkg: Package,
    private readonly options: XlsxOptions = {},
  ) {}

  /** The language messages use. */
  get lang(): Lang {
    if (this.options.lang) return this.options.lang;
    if (this.metaLang === undefined) this.metaLang = readMeta(this.book()).lang;
    return this.metaLang ?? 'zh-CN';
  }

  private get what(): string {
    return this.options.source ?? (this.lang === 'zh-CN' ? '该文件' : 'the file');
  }

  private book(lang: Lang = this.options.lang ?? 'zh-CN'): Book {
    return new Book(this.pkg, lang, this.options.source);
  }

  async readStructure(): Promise<WorkbookStructure> {
    this.ahead = this.options.readAhead ? new Map() : undefined;
    return readStructureStream(this.book(this.lang), this.what, this.ahead);
  }

  async readTables(names?: readonly string[], progress?: ProgressReporter): Promise<TableData[]> {
    return readTablesStream(this.book(this.lang), this.what, names, progress, this.ahead);
  }

  /**
   * The main part's content type says what the file is: a macro-enabled workbook must keep the
   * .xlsm extension (Excel refuses to open it as .xlsx), a template its own.
   */
  fileKind(): 'xlsx' | 'xlsm' | 'other' {
    const types = this.pkg.text(CONTENT_TYPES) ?? '';
    const part = `/${this.book().workbookPart}`.toLowerCase();
    const re = /<(?:[\w.-]+:)?Override\b[^>]*>/g;
    for (let m = re.exec(types); m; m = re.exec(types)) {
      if (!/PartName\s*=\s*"([^"]*)"/.exec(m[0])?.[1]?.toLowerCase().endsWith(part)) continue;
      const type = /ContentType\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? '';
      if (type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') return 'xlsx';
      if (type === 'application/vnd.ms-excel.sheet.macroEnabled.main+xml') return 'xlsm';
      return 'other';
    }
    return 'xlsx';
  }

  /**
   * Checks bytes about to replace a file (read back from the temporary file): every part this
   * workbook rewrote parses, no part went missing, and every table is where the plan put it.
   * Throws a PortError saying what failed; the caller then keeps the original file.
   */
  async verify(bytes: Uint8Array): Promise<void> {
    const lang = this.lang;
    const fail = (why: string): never => {
      throw new PortError('unsupported', M.verifyFailed[lang](why));
    };
    let copy: Package;
    try {
      copy = await Package.load(bytes, this.options.codec);
    } catch {
      return fail('not a zip file');
    }
    const names = new Set(copy.names());
    for (const n of this.pkg.names()) if (!names.has(n)) fail(`part ${n} is missing`);
    for (const part of this.pkg.editedParts()) {
      const written = this.pkg.writtenPart(part);
      const checker = this.options.checker;
      const check = written && checker ? readBackFault(copy, part, written, checker) : writtenPartFault(copy, part, this.pkg.copiedRanges(part));
      const fault = await check.catch((e: unknown) => {
        if (e instanceof PartDataError) return e.message;
        throw e;
      });
      if (fault !== undefined) fail(`${part}: ${fault}`);
    }
    const theirs = new Map((await openPackage(copy, lang, this.what)).tables().map((t) => [t.name, t]));
    for (const t of this.book(lang).tables()) {
      const o = theirs.get(t.name);
      if (!o || o.sheet !== t.sheet || formatRange(o.ref) !== formatRange(t.ref)) fail(`table ${t.name} is not at ${t.sheet}!${formatRange(t.ref)}`);
    }
  }

  /**
   * Starts the strict check of the worksheets that hold these tables, which a plan is about to
   * edit, on the checker's thread: the command goes on reading its input meanwhile, and apply()
   * awaits the verdict before anything changes. Does nothing without a checker or for small parts.
   */
  prepareEdit(tables: readonly string[]): void {
    const checker = this.options.checker;
    if (!checker) return;
    const book = this.book();
    for (const name of tables) {
      const part = book.table(name)?.sheetPart;
      const raw = part ? this.pkg.rawEntry(part) : undefined;
      if (!part || !raw || raw.size <= OFF_THREAD_OVER || this.early.get(part)?.raw === raw) continue;
      this.early.set(part, { raw, verdict: checker.checkEntry(raw) });
    }
  }

  /** All or nothing: the plan runs on a copy, which replaces the workbook only when every op succeeded. */
  async apply(ops: readonly WriteOp[], progress?: ProgressReporter): Promise<void> {
    if (ops.length === 0) return;
    const lang = this.lang;
    this.ahead = undefined;
    const work = this.pkg.clone();
    // Worksheets left compressed at load are inflated to be edited, up to a size a command can hold.
    try {
      for (const name of work.names()) if (work.isLazy(name) && work.size(name) <= EDIT_LIMIT) await work.inflate(name);
    } catch (e) {
      throw damagedPart(e, lang, this.what);
    }
    const book = new Book(work, lang, this.options.source, this.early);
    if (book.isStrict) throw new PortError('unsupported', M.strict[lang]());
    try {
      ops.forEach((op, i) => {
        applyOp(book, op);
        progress?.(i + 1, ops.length);
      });
    } catch (e) {
      // A part that is not well-formed may make an op fail in its own way: the fault is the message.
      await book.settled();
      throw e;
    }
    await book.settled();
    book.commit();
    this.pkg = work;
    this.metaLang = undefined;
  }

  /** A file has no selection to show. */
  async select(_sheet: string, _address: string): Promise<void> {}

  /** A file has no user and no cursor. */
  async activeCell(): Promise<ActiveCell | null> {
    return null;
  }

  /** The file's bytes; large generated parts are checked as they are made, and verify() awaits the verdicts. */
  async toBuffer(): Promise<Uint8Array> {
    return this.pkg.toBytes(this.options.checker);
  }

  async save(path: string): Promise<void> {
    if (!this.options.writer) throw new PortError('unsupported', M.noFile[this.lang](path));
    await this.options.writer(path, await this.toBuffer());
  }
}

/** A new, empty workbook (no sheets yet: a generate plan adds them). */
export function createXlsx(options: XlsxOptions = {}): XlsxWorkbook {
  return new XlsxWorkbook(Book.empty(options.lang ?? 'zh-CN', options.codec).pkg, options);
}

/** Opens .xlsx bytes; a file that is not a readable workbook gives PortError('unreadable'). */
export async function loadXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<XlsxWorkbook> {
  const lang = options.lang ?? 'zh-CN';
  const what = options.source ?? (lang === 'zh-CN' ? '该文件' : 'the file');
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE compound file: an encrypted .xlsx or a legacy .xls.
    throw new PortError('unreadable', M.encryptedOrXls[lang](what));
  }
  let pkg: Package;
  try {
    pkg = await Package.load(bytes, options.codec);
  } catch {
    // JSZip's own message ("End of data reached", "Corrupted zip") would not tell a user what to do.
    throw new PortError('unreadable', M.notZip[lang](what));
  }
  await pkg.inflate(CONTENT_TYPES);
  await pkg.inflate('_rels/.rels');
  if (isBinaryWorkbook(pkg)) throw new PortError('unreadable', M.xlsb[lang](what));
  await openPackage(pkg, lang, what);
  return new XlsxWorkbook(pkg, options);
}

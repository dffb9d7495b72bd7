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
import { Book } from './book';
import { XLSX_MESSAGES as M } from './messages';
import { applyOp } from './ops';
import { Package } from './package';
import { readMeta, readStructure, readTables } from './read';

/** Writes bytes to a path so that a failure never leaves a half-written file. */
export type FileWriter = (path: string, bytes: Uint8Array) => Promise<void>;

export interface XlsxOptions {
  /** Language of error messages; by default the workbook's own (its meta), else zh-CN. */
  readonly lang?: Lang;
  /** How save() writes files; absent in the browser, where save() is unsupported. */
  readonly writer?: FileWriter;
  /** Named in "cannot read" messages, e.g. the file's path. */
  readonly source?: string;
}

export class XlsxWorkbook implements WorkbookPort {
  private metaLang: Lang | null | undefined;

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

  private book(lang: Lang = this.options.lang ?? 'zh-CN'): Book {
    return new Book(this.pkg, lang);
  }

  async readStructure(): Promise<WorkbookStructure> {
    return readStructure(this.book(this.lang));
  }

  async readTables(names?: readonly string[], progress?: ProgressReporter): Promise<TableData[]> {
    return readTables(this.book(this.lang), names, progress);
  }

  /** All or nothing: the plan runs on a copy, which replaces the workbook only when every op succeeded. */
  async apply(ops: readonly WriteOp[], progress?: ProgressReporter): Promise<void> {
    if (ops.length === 0) return;
    const lang = this.lang;
    const work = this.pkg.clone();
    const book = new Book(work, lang);
    if (book.isStrict) throw new PortError('unsupported', M.strict[lang]());
    ops.forEach((op, i) => {
      applyOp(book, op);
      progress?.(i + 1, ops.length);
    });
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

  async toBuffer(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }

  async save(path: string): Promise<void> {
    if (!this.options.writer) throw new PortError('unsupported', M.noFile[this.lang](path));
    await this.options.writer(path, await this.toBuffer());
  }
}

/** A new, empty workbook (no sheets yet: a generate plan adds them). */
export function createXlsx(options: XlsxOptions = {}): XlsxWorkbook {
  return new XlsxWorkbook(Book.empty(options.lang ?? 'zh-CN').pkg, options);
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
    pkg = await Package.load(bytes);
  } catch {
    // JSZip's own message ("End of data reached", "Corrupted zip") would not tell a user what to do.
    throw new PortError('unreadable', M.notZip[lang](what));
  }
  try {
    new Book(pkg, lang);
  } catch (e) {
    if (e instanceof PortError) throw new PortError('unreadable', M.noWorkbook[lang](what));
    throw e;
  }
  return new XlsxWorkbook(pkg, options);
}

/**
 * ka-workbench import --in FILE.xlsx --table NAME --csv FILE.csv [--out FILE.xlsx]
 *
 * Appends the rows of a CSV file to a table. The CSV's header row names the columns, in zh-CN or
 * en-US (either, whatever the workbook's language), in any order; missing columns stay empty.
 * Values are converted by column type through the conversion table that validate also uses
 * (core/convert/textValue.ts): what the check would suggest, import does; an ambiguous value stays
 * text exactly as written ("=1+1" stays text) and is reported with the message validate gives it.
 * A table that is not the workbench's (the user's own) is read as Excel reads a pasted CSV (#9.11).
 * The file's encoding (UTF-8, UTF-16, GBK) and delimiter (comma, tab, semicolon) are sniffed.
 *
 * A CSV that cannot be read as a whole (unknown table, unknown or computed column, a row with the
 * wrong number of values, broken quoting) is reported with line numbers, and nothing is written.
 * New rows get the table's formulas. The result goes to --out, or back to --in, through a
 * temporary file; every part of the workbook the adapter does not own is kept.
 *
 * Exit codes: 0 imported (or nothing to import), 1 the CSV or the workbook refused the rows
 * (nothing written), 2 a file could not be read.
 */
import { promises as fs } from 'node:fs';
import type { CliIo } from '../io';
import { parseOptions, requireOption } from '../args';
import type { Column, Lang, TableSpec } from '../../core/model/types';
import type { CellInput, TableInfo } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import { WORKBOOK_MODEL } from '../../core/model/workbook';
import { columnByHeader, findTable } from '../../core/model/lookup';
import { prefillOf, formulaOf } from '../../core/plan/columnFormat';
import { convertText, targetKindOf, type TargetKind } from '../../core/convert/textValue';
import { checkDate, checkNumber } from '../../core/validate/cellRules';
import { messagesFor, type Messages } from '../../core/validate/messages';
import { openWorkbench } from '../workbench';
import { decodeCsv, dialectNote, parseCsvText, sniffDelimiter, undecodableMessage, type CsvRecord } from '../csvFile';
import { checkOutput, extensionsFor, saveWorkbook } from '../outputPolicy';

type Msg<A extends unknown[]> = Record<Lang, (...args: A) => string>;

const T = {
  noCsv: { 'zh-CN': (f: string) => `找不到或无法读取 CSV 文件 ${f}。`, 'en-US': (f: string) => `Cannot find or read the CSV file ${f}.` } as Msg<[string]>,
  noTable: {
    'zh-CN': (t: string, all: string) => `工作簿中没有表格 ${t}。可导入的表格:${all}。`,
    'en-US': (t: string, all: string) => `The workbook has no table ${t}. Tables you can import into: ${all}.`,
  } as Msg<[string, string]>,
  csvSyntax: {
    'zh-CN': (line: number, why: string) => `第 ${line} 行:CSV 格式错误(${why})。请检查引号是否成对。`,
    'en-US': (line: number, why: string) => `Line ${line}: the CSV is malformed (${why}). Check that quotes are paired.`,
  } as Msg<[number, string]>,
  empty: { 'zh-CN': (f: string) => `${f} 是空文件,没有标题行。`, 'en-US': (f: string) => `${f} is empty: it has no header row.` } as Msg<[string]>,
  unknownHeader: {
    'zh-CN': (h: string, t: string, all: string) => `第 1 行:表格 ${t} 没有列「${h}」。可用的列:${all}。`,
    'en-US': (h: string, t: string, all: string) => `Line 1: table ${t} has no column "${h}". Its columns are: ${all}.`,
  } as Msg<[string, string, string]>,
  emptyHeader: {
    'zh-CN': (n: number) => `第 1 行:第 ${n} 列没有标题,但下面有值。请补上列标题或删除该列。`,
    'en-US': (n: number) => `Line 1: column ${n} has no header but holds values. Add its header or delete the column.`,
  } as Msg<[number]>,
  duplicateHeader: {
    'zh-CN': (h: string) => `第 1 行:列「${h}」出现了不止一次。`,
    'en-US': (h: string) => `Line 1: column "${h}" appears more than once.`,
  } as Msg<[string]>,
  computed: {
    'zh-CN': (h: string) => `第 1 行:「${h}」是计算列,由公式自动得出,不能导入。请从 CSV 中删除这一列。`,
    'en-US': (h: string) => `Line 1: "${h}" is a computed column (a formula fills it) and cannot be imported. Delete this column from the CSV.`,
  } as Msg<[string]>,
  width: {
    'zh-CN': (line: number, n: number, want: number) => `第 ${line} 行:有 ${n} 个值,但标题行有 ${want} 列。请检查是否多了或少了逗号(含逗号的值需用双引号括起来)。`,
    'en-US': (line: number, n: number, want: number) => `Line ${line}: ${n} values, but the header row has ${want} columns. Check for a missing or extra comma (quote values that contain commas).`,
  } as Msg<[number, number, number]>,
  more: { 'zh-CN': (n: number) => `……另有 ${n} 个问题。`, 'en-US': (n: number) => `…and ${n} more problems.` } as Msg<[number]>,
  nothingWritten: {
    'zh-CN': (f: string) => `CSV 无法导入,${f} 未做任何修改。`,
    'en-US': (f: string) => `The CSV cannot be imported; ${f} was not changed.`,
  } as Msg<[string]>,
  noRows: { 'zh-CN': (f: string) => `${f} 中没有数据行,未做任何修改。`, 'en-US': (f: string) => `${f} has no data rows; nothing was changed.` } as Msg<[string]>,
  done: {
    'zh-CN': (n: number, t: string, out: string) => `已向表格 ${t} 导入 ${n} 行,写入 ${out}。请运行 validate 检查数据。`,
    'en-US': (n: number, t: string, out: string) => `Imported ${n} rows into table ${t}, written to ${out}. Run validate to check them.`,
  } as Msg<[number, string, string]>,
  kept: {
    'zh-CN': (line: number, header: string, why: string) => `第 ${line} 行「${header}」:${why}`,
    'en-US': (line: number, header: string, why: string) => `Line ${line}, "${header}": ${why}`,
  } as Msg<[number, string, string]>,
  keptHeading: {
    'zh-CN': (n: number) => `注意:${n} 个值无法按列的类型读取,已原样保留为文本(validate 会同样报告):`,
    'en-US': (n: number) => `Note: ${n} values could not be read as their column's type and were kept as text, as written (validate reports them the same way):`,
  } as Msg<[number]>,
  userTable: {
    'zh-CN': (t: string) => `(${t} 不是工作台的表格:数字和 YYYY-MM-DD 日期已按 Excel 打开 CSV 的方式转换,其余保留为文本。)`,
    'en-US': (t: string) => `(${t} is not a workbench table: numbers and YYYY-MM-DD dates were converted as Excel converts a CSV; everything else was kept as text.)`,
  } as Msg<[string]>,
  tooLong: {
    'zh-CN': (line: number, h: string, n: number) => `第 ${line} 行:「${h}」的值有 ${n} 个字符,超过了 Excel 单元格的上限 32,767(Excel 会截断它)。请缩短该值或拆分到几行。`,
    'en-US': (line: number, h: string, n: number) => `Line ${line}: the value of "${h}" has ${n} characters, more than an Excel cell holds (32,767; Excel would cut it). Shorten it or split it over several rows.`,
  } as Msg<[number, string, number]>,
  skipped: {
    'zh-CN': (n: number) => `(跳过了 ${n} 个全空的行。)`,
    'en-US': (n: number) => `(${n} completely empty rows were skipped.)`,
  } as Msg<[number]>,
};

/** Excel's limit on a cell's text (FACTS: "Excel's cell limit is 32,767 characters"). */
const MAX_CELL_TEXT = 32_767;

interface Target {
  /** Index into the workbook table's headers, for each CSV column (-1: an empty ignored column). */
  readonly columns: number[];
  readonly kinds: TargetKind[];
  /** The model column of each CSV column, for the check's wording of a value kept as text. */
  readonly models: (Column | undefined)[];
}

function mapHeaders(header: string[], records: CsvRecord[], info: TableInfo, spec: TableSpec | undefined, lang: Lang, errors: string[]): Target {
  const columns: number[] = [];
  const kinds: TargetKind[] = [];
  const models: (Column | undefined)[] = [];
  const seen = new Set<number>();
  const list = info.headers.join(lang === 'zh-CN' ? '、' : ', ');
  header.forEach((raw, i) => {
    const h = raw.trim();
    if (h === '') {
      if (records.some((r) => (r.values[i] ?? '').trim() !== '')) errors.push(T.emptyHeader[lang](i + 1));
      columns.push(-1);
      kinds.push('text');
      models.push(undefined);
      return;
    }
    const modelColumn = spec ? columnByHeader(spec, h) : undefined;
    let index = info.headers.findIndex((x) => x.trim() === h);
    if (index < 0 && modelColumn) {
      index = info.headers.findIndex((x) => x.trim() === modelColumn.header.zh || x.trim() === modelColumn.header.en);
    }
    if (index < 0) {
      errors.push(T.unknownHeader[lang](h, info.name, list));
    } else if (modelColumn?.type.kind === 'formula') {
      errors.push(T.computed[lang](h));
    } else if (seen.has(index)) {
      errors.push(T.duplicateHeader[lang](h));
    }
    seen.add(index);
    columns.push(index);
    const model = modelColumn ?? (spec ? columnByHeader(spec, info.headers[index] ?? '') : undefined);
    // A workbench table's column that the model lacks (a user's extra column) is "general" too.
    kinds.push(targetKindOf(model?.type));
    models.push(model);
  });
  return { columns, kinds, models };
}

/** The check's own words for a value import kept as text: both report it the same way (#9.10). */
function keptMessage(text: string, column: Column, m: Messages): string {
  const f = column.type.kind === 'date' ? checkDate(text, column, m) : checkNumber(text, column.type, m);
  return f?.detail ?? text;
}

/** Formulas that new rows get: calculated columns always, prefilled inputs when left empty. */
function rowFormulas(info: TableInfo, spec: TableSpec | undefined, lang: Lang): { always: (string | null)[]; prefill: (string | null)[] } {
  const always: (string | null)[] = [];
  const prefill: (string | null)[] = [];
  for (const h of info.headers) {
    const c = spec ? columnByHeader(spec, h) : undefined;
    always.push(c && spec ? (formulaOf(WORKBOOK_MODEL, spec.name, c, lang) ?? null) : null);
    prefill.push(c && spec ? (prefillOf(WORKBOOK_MODEL, spec.name, c, lang) ?? null) : null);
  }
  return { always, prefill };
}

function report(io: CliIo, errors: string[], file: string): number {
  const shown = errors.slice(0, 50);
  for (const e of shown) io.err(e);
  if (errors.length > shown.length) io.err(T.more[io.lang](errors.length - shown.length));
  io.err(T.nothingWritten[io.lang](file));
  return 1;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, { in: { type: 'string' }, table: { type: 'string' }, csv: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } });
  const input = requireOption(opts.in, 'in');
  const tableName = requireOption(opts.table, 'table');
  const csvFile = requireOption(opts.csv, 'csv');
  const out = opts.out ?? input;
  const lang = io.lang;

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(csvFile));
  } catch {
    io.err(T.noCsv[lang](csvFile));
    return 2;
  }
  const decoded = decodeCsv(bytes);
  if (!decoded) {
    io.err(undecodableMessage(csvFile, lang));
    return 2;
  }
  const { text, encoding } = decoded;
  const delimiter = sniffDelimiter(text);
  const note = dialectNote(csvFile, encoding, delimiter, lang);
  if (note) io.out(note);

  // The target table's worksheet is checked on the second core while this one reads the CSV.
  const opened = await openWorkbench(input, io, false, [tableName]);
  if ('exit' in opened) return opened.exit;
  try {
    const { port, structure } = opened;
    await checkOutput({ out, inputs: [input, csvFile], updates: input, force: !!opts.force, extensions: extensionsFor(port, input) }, lang);
    const info = structure.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    if (!info) {
      const all = structure.tables.map((t) => t.name).join(', ') || '—';
      return report(io, [T.noTable[lang](tableName, all)], input);
    }
    const spec = findTable(WORKBOOK_MODEL, info.name);
    const bookLang: Lang = structure.meta.lang ?? 'zh-CN';

    let records: CsvRecord[];
    try {
      records = parseCsvText(text, delimiter);
    } catch (e) {
      const err = e as { lines?: number; message: string };
      return report(io, [T.csvSyntax[lang](err.lines ?? 1, err.message)], input);
    }
    if (records.length === 0) return report(io, [T.empty[lang](csvFile)], input);
    const [head, ...body] = records;
    const errors: string[] = [];
    const target = mapHeaders(head!.values, body, info, spec, lang, errors);
    const width = head!.values.length;
    const { always, prefill } = rowFormulas(info, spec, bookLang);

    const rows: CellInput[][] = [];
    const keptAsText: string[] = [];
    const checkText = messagesFor(lang);
    let skipped = 0;
    for (const r of body) {
      if (r.values.every((v) => v.trim() === '')) {
        skipped++;
        continue;
      }
      if (r.values.length !== width) {
        errors.push(T.width[lang](r.line, r.values.length, width));
        continue;
      }
      // Excel keeps at most 32,767 characters in a cell; it "repairs" a longer one by cutting it.
      const long = r.values.findIndex((v) => v.length > MAX_CELL_TEXT);
      if (long >= 0) {
        errors.push(T.tooLong[lang](r.line, head!.values[long] ?? String(long + 1), r.values[long]!.length));
        continue;
      }
      const row: CellInput[] = info.headers.map(() => null);
      r.values.forEach((v, i) => {
        const c = target.columns[i]!;
        if (c < 0) return;
        const converted = convertText(v, target.kinds[i]!);
        row[c] = converted.value;
        const model = target.models[i];
        if (converted.kept && model) keptAsText.push(T.kept[lang](r.line, info.headers[c] ?? '', keptMessage(v, model, checkText)));
      });
      rows.push(row.map((v, i) => (always[i] ? { formula: always[i]! } : v === null && prefill[i] ? { formula: prefill[i]! } : v)));
    }
    if (errors.length > 0) return report(io, errors, input);
    if (rows.length === 0) {
      io.out(T.noRows[lang](csvFile));
      return 0;
    }
    await port.apply([{ op: 'appendRows', table: info.name, rows }]);
    await saveWorkbook(port, out, lang);
    io.out(T.done[lang](rows.length, info.name, out));
    if (skipped > 0) io.out(T.skipped[lang](skipped));
    if (spec === undefined) io.out(T.userTable[lang](info.name));
    if (keptAsText.length > 0) {
      io.out(T.keptHeading[lang](keptAsText.length));
      for (const k of keptAsText.slice(0, 50)) io.out(`  ${k}`);
      if (keptAsText.length > 50) io.out(T.more[lang](keptAsText.length - 50));
    }
    return 0;
  } catch (e) {
    if (e instanceof PortError) {
      io.err(e.message);
      if (e.code === 'unreadable') return 2;
      io.err(T.nothingWritten[lang](input));
      return 1;
    }
    throw e;
  }
}

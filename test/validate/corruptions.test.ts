/**
 * End to end: the sample workbook written by the .xlsx adapter passes the check with no errors;
 * each of 37 corruptions, made through the adapter (or, where the adapter refuses, in the file XML), is
 * reported by `ka-workbench validate --json` with the expected rule on the expected cell; and the
 * check never changes the file.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { run } from '../../src/cli/commands/validate';
import type { CliIo } from '../../src/cli/io';
import { newXlsx, openXlsxBuffer } from '../../src/adapters/xlsx';
import type { XlsxWorkbook } from '../../src/adapters/xlsx';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import type { Problem } from '../../src/core/validate';
import type { CellValue, TableData, WriteOp } from '../../src/core/port/types';
import { serialOf } from '../../src/core/validate/dates';
import { createFakeExcel } from '../fake-excel';
import { OfficePort } from '../../src/adapters/office/officePort';
import { checkWorkbook } from '../../src/core/services/checkWorkbook';
import { columnLetters } from '../../src/core/model/a1';

const TODAY = serialOf(2026, 11, 20);
const dir = mkdtempSync(join(tmpdir(), 'ka-validate-'));
let base: Uint8Array;
let baseFile: string;
let tables: Map<string, TableData>;
let baseline: Problem[];
let n = 0;

/**
 * The check as the add-in runs it: the file's sheets and tables are put into the fake Excel at the
 * same places with the same cell values, and checkWorkbook reads them through the Office adapter.
 */
async function officeProblems(file: string): Promise<Problem[]> {
  const book = await openXlsxBuffer(readFileSync(file));
  const structure = await book.readStructure();
  const data = await book.readTables();
  const fake = createFakeExcel({ sheets: [] });
  const visibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
  for (const s of structure.sheets) fake.seed.sheet(s.name, visibility[s.visibility]);
  fake.seed.cells('Lists', 'A1', [
    ['key', 'value'],
    ['modelVersion', structure.meta.modelVersion],
    ['lang', structure.meta.lang],
  ]);
  for (const t of data) fake.seed.table(t.sheet, `${columnLetters(t.firstCol)}${t.headerRow}`, t.name, t.headers, t.rows);
  const port = new OfficePort(fake.run, { isSetSupported: (set, v) => fake.isSetSupported(set, v) });
  const located = await checkWorkbook(port, { lang: 'zh-CN', today: TODAY });
  return located.map(({ table, row, column, rule, severity, message }) => ({ table, row, column, rule, severity, message }));
}

function captureIo(): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { lang: 'zh-CN', out: (s) => out.push(s), err: (s) => err.push(s), outText: () => out.join('\n'), errText: () => err.join('\n') };
}

async function validate(file: string): Promise<{ code: number; problems: Problem[]; err: string }> {
  const io = captureIo();
  const code = await run(['--in', file, '--json'], io);
  const text = io.outText();
  return { code, problems: text ? (JSON.parse(text) as Problem[]) : [], err: io.errText() };
}

async function corrupted(edit: (wb: XlsxWorkbook) => Promise<void>): Promise<string> {
  const wb = await openXlsxBuffer(base);
  await edit(wb);
  const file = join(dir, `corrupt-${++n}.xlsx`);
  writeFileSync(file, await wb.toBuffer());
  return file;
}

/** Worksheet row of the first data row of `table` for which `pred` holds (by header). */
function rowWhere(table: string, pred: (r: Record<string, CellValue>) => boolean = () => true): number {
  const t = tables.get(table)!;
  const i = t.rows.findIndex((r) => pred(Object.fromEntries(t.headers.map((h, j) => [h, r[j] ?? null]))));
  if (i < 0) throw new Error(`no ${table} row matches`);
  return t.headerRow + 1 + i;
}

const cell = (table: string, row: number, header: string, value: CellValue): WriteOp => ({ op: 'setCells', table, cells: [{ row, header, value }] });
const cells = (table: string, row: number, values: Record<string, CellValue>): WriteOp => ({
  op: 'setCells',
  table,
  cells: Object.entries(values).map(([header, value]) => ({ row, header, value })),
});

/** A row in the table's header order from values by header. */
function rowOf(table: string, values: Record<string, CellValue>): CellValue[] {
  return tables.get(table)!.headers.map((h) => values[h] ?? null);
}

/** A new customer of value class A (all ratings 5) with one insider decider who was never visited. */
function classACustomerOps(withDecider: boolean): WriteOp[] {
  const ops: WriteOp[] = [
    { op: 'appendRows', table: 'Customers', rows: [rowOf('Customers', { 档案编号: 'KH-9001', 建档日期: TODAY - 30, 客户名称: '测试新客户有限公司', 负责人: '王建国' })] },
    {
      op: 'appendRows',
      table: 'CustomerValue',
      rows: [rowOf('CustomerValue', { 档案编号: 'KH-9001', 评估日期: TODAY - 10, 'A 成交后份额': 5, 'B 时间精力费用投入': 5, 'C 成交风险': 5, 'D 对我司经营价值': 5, 'E 客户付款风险': 5, 'F 我方供应与服务能力': 5, 'G 技术与管理难度': 5 })],
    },
  ];
  if (withDecider) {
    ops.push({ op: 'appendRows', table: 'Contacts', rows: [rowOf('Contacts', { 档案编号: 'KH-9001', 姓名: '新决策人', 决策角色: '决策者', 是否内线: '是' })] });
  }
  return ops;
}

/** The worksheet row a row appended to `table` gets (after its current rows, blank row included). */
const appendedRow = (table: string): number => {
  const t = tables.get(table)!;
  return t.headerRow + 1 + t.rows.length;
};

interface Case {
  readonly name: string;
  /** Plan operations on the sample, through the adapter… */
  readonly ops?: () => WriteOp[];
  /** …or an edit of the file's XML, for what the adapter rightly refuses to do (renaming a header). */
  readonly zip?: (zip: JSZip) => Promise<void>;
  readonly expect: () => { table: string; row: number; column: string; rule: string };
}

const V = 'Visits';
const firstVisit = (): number => rowWhere(V);
const visitCase = (name: string, column: string, value: CellValue, rule: string): Case => ({
  name,
  ops: () => [cell(V, firstVisit(), column, value)],
  expect: () => ({ table: V, row: firstVisit(), column, rule }),
});

const CASES: Case[] = [
  visitCase('text in a money column', '金额(元)', 'abc', 'TYPE'),
  visitCase('an impossible date typed as text', '日期', '2026/13/45', 'TYPE'),
  visitCase('a Chinese date typed as text', '日期', '2026年10月1日', 'TYPE'),
  visitCase('a date serial stored as text', '日期', '45123', 'TYPE'),
  visitCase('full-width digits', '金额(元)', '１２３', 'TYPE'),
  visitCase('a number stored as text', '金额(元)', '123', 'TYPE'),
  visitCase('a whitespace-only required cell', '面谈者', '   ', 'REQUIRED'),
  visitCase('a 10,000-character cell', '备注', 'x'.repeat(10_000), 'RANGE'),
  visitCase('an unknown customer', '客户', '不存在的公司', 'REF'),
  visitCase('a value outside the dropdown', '商谈计划', 'b', 'ENUM'),
  visitCase('text that Excel would run as a formula', '备注', '=1+1', 'FORMULA-TEXT'),
  visitCase('a negative amount', '金额(元)', -5, 'RANGE'),
  visitCase('a visit in the future', '日期', TODAY + 5, 'V-FUTURE'),
  {
    name: 'an amount without a visit summary',
    ops: () => [cells(V, firstVisit(), { '金额(元)': 100, 面谈概要: null })],
    expect: () => ({ table: V, row: firstVisit(), column: '面谈概要', rule: 'V-SUMMARY' }),
  },
  {
    name: 'a problem visit without its status',
    ops: () => [cells(V, firstVisit(), { 商谈计划: 'b 处理问题', 问题状态: null })],
    expect: () => ({ table: V, row: firstVisit(), column: '问题状态', rule: 'V-PROBLEM' }),
  },
  {
    name: 'a promising visit never followed up',
    ops: () => [cells(V, firstVisit(), { 日期: serialOf(2025, 1, 10), 成果: 'B 有希望' })],
    expect: () => ({ table: V, row: firstVisit(), column: '成果', rule: 'V-FOLLOWUP' }),
  },
  {
    name: 'a duplicate customer file number',
    ops: () => [cell('Customers', 3, '档案编号', tables.get('Customers')!.rows[0]![0]!)],
    expect: () => ({ table: 'Customers', row: 3, column: '档案编号', rule: 'UNIQUE' }),
  },
  {
    name: 'a customer name of spaces only',
    ops: () => [cell('Customers', 4, '客户名称', '  ')],
    expect: () => ({ table: 'Customers', row: 4, column: '客户名称', rule: 'REQUIRED' }),
  },
  {
    name: 'a malformed phone number',
    ops: () => [cell('Customers', 2, '电话', 'abc')],
    expect: () => ({ table: 'Customers', row: 2, column: '电话', rule: 'PHONE' }),
  },
  {
    name: 'a rating out of range',
    ops: () => [cell('Contacts', 2, '亲密程度', 7)],
    expect: () => ({ table: 'Contacts', row: 2, column: '亲密程度', rule: 'RANGE' }),
  },
  {
    name: 'yes/no typed in English',
    ops: () => [cell('Contacts', 3, '是否内线', 'yes')],
    expect: () => ({ table: 'Contacts', row: 3, column: '是否内线', rule: 'ENUM' }),
  },
  {
    name: 'a formula error in an input cell',
    ops: () => [cell('Staff', 3, '入职日期', '#REF!')],
    expect: () => ({ table: 'Staff', row: 3, column: '入职日期', rule: 'TYPE' }),
  },
  {
    name: 'an approved, past reception without a report',
    ops: () => [cell('ReceptionRequests', rowWhere('ReceptionRequests', (r) => r['申请编号'] === 'JD-001'), '申请编号', 'JD-101')],
    expect: () => ({ table: 'ReceptionRequests', row: rowWhere('ReceptionRequests', (r) => r['申请编号'] === 'JD-001'), column: '申请编号', rule: 'R-REPORT' }),
  },
  {
    name: 'a reception report over its request',
    ops: () => [cell('ReceptionReports', 2, '用餐费', 999_999)],
    expect: () => ({ table: 'ReceptionReports', row: 2, column: '合计', rule: 'R-OVERSPEND' }),
  },
  {
    name: 'a reception held without the director’s approval',
    ops: () => [cell('ReceptionRequests', 3, '大客户总监审核', '待审批')],
    expect: () => ({ table: 'ReceptionRequests', row: 3, column: '大客户总监审核', rule: 'R-APPROVAL' }),
  },
  {
    name: 'gift requests over the plan budget',
    ops: () => [cell('GiftRequests', 2, '价值(元)', 999_999)],
    expect: () => ({ table: 'GiftRequests', row: 2, column: '价值(元)', rule: 'G-BUDGET' }),
  },
  {
    name: 'a refused gift',
    ops: () => [cell('GiftRequests', 3, '办公室主任审批', '不同意')],
    expect: () => ({ table: 'GiftRequests', row: 3, column: '办公室主任审批', rule: 'G-APPROVAL' }),
  },
  {
    name: 'a duplicate gift plan number',
    ops: () => [cell('GiftPlans', 3, '计划编号', 'LP-001')],
    expect: () => ({ table: 'GiftPlans', row: 3, column: '计划编号', rule: 'UNIQUE' }),
  },
  {
    name: 'a big customer owned by a junior',
    ops: () => [cell('Customers', rowWhere('Customers', (r) => r['负责人'] === '刘芳'), '月业务量(万元)', 80)],
    expect: () => ({ table: 'Customers', row: rowWhere('Customers', (r) => r['负责人'] === '刘芳'), column: '负责人', rule: 'C-OWNER' }),
  },
  {
    name: 'a class A customer without insiders',
    ops: () => classACustomerOps(false),
    expect: () => ({ table: 'Customers', row: appendedRow('Customers'), column: '客户名称', rule: 'C-INSIDER' }),
  },
  {
    name: 'a class A customer whose decider was never met',
    ops: () => classACustomerOps(true),
    expect: () => ({ table: 'Customers', row: appendedRow('Customers'), column: '客户名称', rule: 'C-DECIDERS' }),
  },
  {
    name: 'a zero KPI denominator',
    ops: () => [cell('KpiS1', 2, '计划销售额(万元)', 0)],
    expect: () => ({ table: 'KpiS1', row: 2, column: '计划销售额(万元)', rule: 'K-INPUT' }),
  },
  {
    name: 'a KPI input outside its allowed values',
    ops: () => [cell('KpiS1', 2, '分析判断能力', 3.2)],
    expect: () => ({ table: 'KpiS1', row: 2, column: '分析判断能力', rule: 'K-INPUT' }),
  },
  {
    name: 'a first review by someone other than the line manager',
    ops: () => [cell('KpiS1', 2, '初评人', '李思远')],
    expect: () => ({ table: 'KpiS1', row: 2, column: '初评人', rule: 'K-REVIEW' }),
  },
  {
    name: 'a late first review',
    ops: () => [cell('KpiS1', 2, '初评日期', serialOf(2026, 9, 30))],
    expect: () => ({ table: 'KpiS1', row: 2, column: '初评日期', rule: 'K-DEADLINE' }),
  },
  {
    // Renames every 备注 header (one shared string): Visits then lacks its 备注 column.
    name: 'a deleted (renamed) column',
    zip: async (zip) => {
      const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
      const renamed = xml.replace(/(<si><t[^>]*>)备注(<\/t><\/si>)/, '$1备注(旧)$2');
      expect(renamed).not.toBe(xml);
      zip.file('xl/sharedStrings.xml', renamed);
    },
    expect: () => ({ table: V, row: 1, column: '备注', rule: 'STRUCTURE' }),
  },
];

describe('validate: the sample workbook and 37 corruptions', () => {
  const prevToday = process.env.KA_TODAY;

  beforeAll(async () => {
    process.env.KA_TODAY = '2026-11-20';
    const wb = newXlsx();
    const plan = await generateWorkbook(wb, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: TODAY });
    expect(plan.conflicts).toEqual([]);
    base = await wb.toBuffer();
    baseFile = join(dir, 'sample.xlsx');
    writeFileSync(baseFile, base);
    const reread = await openXlsxBuffer(base);
    tables = new Map((await reread.readTables()).map((t) => [t.name, t]));
    baseline = (await validate(baseFile)).problems;
  });

  afterAll(() => {
    if (prevToday === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prevToday;
  });

  it('passes the sample with no errors (warnings allowed), exit 0, and leaves the file byte-identical', async () => {
    const hash = (): string => createHash('sha256').update(readFileSync(baseFile)).digest('hex');
    const before = hash();
    const { code, problems } = await validate(baseFile);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    expect(hash()).toBe(before);
    // The JSON form is exactly SPEC §3's.
    for (const p of problems) expect(Object.keys(p)).toEqual(['table', 'row', 'column', 'rule', 'severity', 'message']);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('detects %s', async (_name, c) => {
    const want = c.expect();
    const has = (ps: readonly Problem[]): boolean =>
      ps.some((p) => p.table === want.table && p.row === want.row && p.column === want.column && p.rule === want.rule);
    expect(has(baseline)).toBe(false);
    let file: string;
    if (c.zip) {
      const zip = await JSZip.loadAsync(base);
      await c.zip(zip);
      file = join(dir, `corrupt-${++n}.xlsx`);
      writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    } else {
      file = await corrupted((wb) => wb.apply(c.ops!()));
    }
    const { code, problems } = await validate(file);
    expect(problems.filter((p) => p.table === want.table && p.row === want.row && p.column === want.column)).toContainEqual(
      expect.objectContaining(want),
    );
    const errors = problems.some((p) => p.severity === 'error');
    expect(code).toBe(errors ? 1 : 0);
    // The add-in path (Office adapter over the fake Excel, holding the same cells) finds the same.
    expect(await officeProblems(file)).toEqual(problems);
  });

  it('detects a renamed table (STRUCTURE) and exits 2 since the check is incomplete', async () => {
    const zip = await JSZip.loadAsync(base);
    let renamed = false;
    for (const f of Object.values(zip.files)) {
      if (!/^xl\/tables\/.*\.xml$/.test(f.name)) continue;
      const xml = await f.async('string');
      if (!/\bname="Visits"/.test(xml)) continue;
      zip.file(f.name, xml.replace(/\bname="Visits"/, 'name="MyVisits"').replace(/\bdisplayName="Visits"/, 'displayName="MyVisits"'));
      renamed = true;
    }
    expect(renamed).toBe(true);
    const file = join(dir, 'renamed.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    const { code, problems, err } = await validate(file);
    expect(code).toBe(2);
    expect(problems).toContainEqual(expect.objectContaining({ table: 'Visits', row: 0, column: '', rule: 'STRUCTURE' }));
    expect(err).toContain('STRUCTURE');
  });

  it('exits 2 with a message for a file that is not an .xlsx, a missing file, and a newer model version', async () => {
    const bogus = join(dir, 'bogus.xlsx');
    writeFileSync(bogus, 'not a zip');
    const a = await validate(bogus);
    expect(a.code).toBe(2);
    expect(a.err.length).toBeGreaterThan(0);

    const b = await validate(join(dir, 'missing.xlsx'));
    expect(b.code).toBe(2);
    expect(b.err).toContain('missing.xlsx');

    const newer = await corrupted((wb) => wb.apply([{ op: 'writeCells', sheet: 'Lists', row: 2, col: 2, values: [[99]] }]));
    const c = await validate(newer);
    expect(c.code).toBe(2);
    expect(c.err).toContain('99');
  });

  it('prints a readable listing grouped by table, with cell addresses and counts', async () => {
    const file = await corrupted((wb) => wb.apply([cell(V, firstVisit(), '金额(元)', 'abc')]));
    const io = captureIo();
    expect(await run(['--in', file], io)).toBe(1);
    const text = io.outText();
    expect(text).toMatch(/拜访日报\(Visits\):错误 1,警告 \d+/);
    expect(text).toMatch(/\[错误\] N2 +TYPE +拜访日报\(Visits\)第2行 金额\(元\):"abc" 不是数字/);
    expect(text).toMatch(/错误 1 个,警告 \d+ 个。/);
  });
});

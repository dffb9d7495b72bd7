/**
 * KPI inputs of one staff member's row, for the task pane's input form (SPEC §4): read what the row
 * holds (with the values the workbook derives for prefilled inputs), and save what the director
 * typed, checked against each input's type first. One table read and at most one write, like every
 * service; the cell values are the same ones the director could type into the grid.
 */
import type { Lang } from '../model/types';
import { textIn } from '../model/types';
import type { CellInput, CellValue, TableData, WorkbookPort } from '../port/types';
import { PortError } from '../port/types';
import { WORKBOOK_MODEL } from '../model/workbook';
import { STAFF } from '../model/tables/staff';
import { KPI_PARAMS } from '../model/tables/kpiParams';
import { prefillOf } from '../plan/columnFormat';
import { recordsOf } from '../scoring/tableView';
import { SCHEMES } from '../kpi/schemes';
import { KPI_SCHEME_TABLES } from '../kpi/tables';
import { KPI_COL } from '../kpi/columns';
import { inputProblems, isEmptyCell } from '../kpi/inputs';
import type { InputProblem, InputProblemKind } from '../kpi/inputs';
import { DEFAULT_PARAMS, paramMapFrom, paramOf } from '../kpi/params';
import type { ParamMap } from '../kpi/params';
import { monthKeyOf, periodEndOf } from '../kpi/period';
import { ymdOf } from '../kpi/dates';
import { derivePrefill } from '../kpi/ledgers';
import { ledgersOf, LEDGER_TABLES } from '../scoring/ledgerTables';
import type { KpiInput, Scheme, SchemeId } from '../kpi/types';

/** Which row: the scheme table and worksheet row, and (optionally) what it must still hold. */
export interface KpiRowRef {
  /** KpiS1, KpiL1, KpiL3 or KpiL4. */
  readonly table: string;
  /** Worksheet row of the staff member's row in `table`. */
  readonly row: number;
  /**
   * When given, the row must still hold this period and 工号: a table sorted since the summary was
   * read must not get someone else's inputs.
   */
  readonly period?: string;
  readonly staffId?: string;
  /** Language of the messages. */
  readonly lang: Lang;
}

export interface KpiInputField {
  readonly key: string;
  /** The column's header as the table has it (zh-CN or en-US). */
  readonly header: string;
  /** The cell as read (a prefill formula reads as its value, or null where the host does not compute). */
  readonly value: CellValue;
  /** Prefilled inputs only: the value the workbook derives from its logs; null when it cannot (no name or period). */
  readonly derived?: number | null;
  /** Prefilled inputs only: how many ledger rows the derived value counts (a target: 1 when found). */
  readonly derivedRows?: number;
  /** Prefilled inputs only: the cell follows the derived value (empty, or equal to it), as far as a read can tell. */
  readonly auto?: boolean;
}

export interface KpiInputsSnapshot {
  readonly table: string;
  readonly row: number;
  readonly scheme: SchemeId;
  readonly period: string;
  readonly staffId: string;
  readonly name: string;
  /** The scheme's inputs that the table has, in scheme order. */
  readonly fields: readonly KpiInputField[];
  /** Headers (in `lang`) of the scheme's inputs that the table lacks: they cannot be entered here. */
  readonly missingColumns: readonly string[];
  /** Parameters for the checks (workbook values over the defaults) and the period's last day. */
  readonly params: ParamMap;
  readonly periodEnd: number | null;
}

/** One input that cannot be saved as it is, with a message that names it and says what is allowed. */
export interface KpiInputIssue {
  readonly key: string;
  readonly kind: Exclude<InputProblemKind, 'empty'>;
  readonly message: string;
}

export interface SaveKpiInputsRequest extends KpiRowRef {
  /** New values by input key; null (or "") empties the cell. Yes/no inputs take 是 or 否. */
  readonly values: Readonly<Record<string, number | string | null>>;
  /** Prefilled inputs to give back their formula (they follow the logs again). */
  readonly auto?: readonly string[];
}

export interface SaveKpiInputsResult {
  /** False when an issue stopped the save; nothing was written then. */
  readonly saved: boolean;
  /** Cells written. */
  readonly written: number;
  readonly issues: readonly KpiInputIssue[];
}

const M = {
  'zh-CN': {
    unknownTable: (t: string) => `「${t}」不是考核方案表(应为 KpiS1、KpiL1、KpiL3 或 KpiL4)。`,
    missingTable: (t: string) => `找不到考核表 ${t}。请在「表单」页生成/升级工作簿后重试。`,
    badRow: (t: string, row: number) => `第 ${row} 行不在表格 ${t} 中(可能已被删除)。请刷新考核汇总后重试。`,
    moved: (t: string, row: number, what: string) =>
      `表格 ${t} 第 ${row} 行已不是 ${what} 的记录(表格可能已排序或改动)。请刷新考核汇总后重试。`,
    unknownInput: (t: string, key: string) => `表格 ${t} 没有考核项「${key}」。`,
    missingColumn: (t: string, header: string) => `表格 ${t} 缺少列「${header}」,无法保存。请在「表单」页生成/升级工作簿以补齐。`,
    notAuto: (header: string) => `「${header}」不是自动计算的项目。`,
    money: (h: string) => `「${h}」须为不小于 0 的数字(单位见列名)。`,
    int: (h: string, min: number, max?: number) =>
      max === undefined ? `「${h}」须为不小于 ${min} 的整数。` : `「${h}」须为 ${min}–${max} 的整数。`,
    range: (h: string, min?: number, max?: number) =>
      min !== undefined && max !== undefined ? `「${h}」须为 ${min}–${max} 之间的数字。`
        : min !== undefined ? `「${h}」须为不小于 ${min} 的数字。`
          : max !== undefined ? `「${h}」须为不大于 ${max} 的数字。` : `「${h}」须为数字。`,
    allowed: (h: string, values: string) => `「${h}」只能是 ${values}。`,
    rangeOrAllowed: (h: string, min: number, max: number, values: string[]) => `「${h}」须为 ${min}–${max} 之间的数字,或 ${values.join('、')}。`,
    yesno: (h: string) => `「${h}」只能填「是」或「否」。`,
    zero: (h: string) => `「${h}」必须大于 0(它是比率的分母)。`,
    deduction: (h: string, count: string, limit: number) => `「${count}」不超过 ${limit} 次时,「${h}」只能为 0。`,
    overMonth: (h: string, days: number) => `「${h}」不能超过本月的天数(${days} 天)。`,
    or: (values: string[]) => (values.length > 1 ? `${values.slice(0, -1).join('、')} 或 ${values[values.length - 1]}` : values.join('')),
  },
  'en-US': {
    unknownTable: (t: string) => `"${t}" is not a KPI scheme table (KpiS1, KpiL1, KpiL3 or KpiL4).`,
    missingTable: (t: string) => `The KPI table ${t} is missing. Generate or upgrade the workbook on the Forms page, then try again.`,
    badRow: (t: string, row: number) => `Row ${row} is not in table ${t} (it may have been deleted). Refresh the period summary and try again.`,
    moved: (t: string, row: number, what: string) =>
      `Row ${row} of table ${t} no longer holds ${what} (the table may have been sorted or edited). Refresh the period summary and try again.`,
    unknownInput: (t: string, key: string) => `Table ${t} has no KPI input "${key}".`,
    missingColumn: (t: string, header: string) => `Table ${t} lacks the column "${header}", so it cannot be saved. Generate or upgrade the workbook on the Forms page to add it.`,
    notAuto: (header: string) => `"${header}" is not computed automatically.`,
    money: (h: string) => `"${h}" must be a number of at least 0 (the unit is in the column name).`,
    int: (h: string, min: number, max?: number) =>
      max === undefined ? `"${h}" must be a whole number of at least ${min}.` : `"${h}" must be a whole number from ${min} to ${max}.`,
    range: (h: string, min?: number, max?: number) =>
      min !== undefined && max !== undefined ? `"${h}" must be a number from ${min} to ${max}.`
        : min !== undefined ? `"${h}" must be a number of at least ${min}.`
          : max !== undefined ? `"${h}" must be a number of at most ${max}.` : `"${h}" must be a number.`,
    allowed: (h: string, values: string) => `"${h}" must be ${values}.`,
    rangeOrAllowed: (h: string, min: number, max: number, values: string[]) => `"${h}" must be a number from ${min} to ${max}, or one of ${values.join(', ')}.`,
    yesno: (h: string) => `"${h}" must be 是 (yes) or 否 (no).`,
    zero: (h: string) => `"${h}" must be greater than 0 (it divides a rate).`,
    deduction: (h: string, count: string, limit: number) => `"${h}" must be 0 unless "${count}" is above ${limit}.`,
    overMonth: (h: string, days: number) => `"${h}" cannot exceed the days of the month (${days}).`,
    or: (values: string[]) => (values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : values.join('')),
  },
};

function schemeOfTable(table: string, lang: Lang): Scheme {
  const scheme = SCHEMES.find((s) => s.table === table);
  if (!scheme) throw new PortError('conflict', M[lang].unknownTable(table));
  return scheme;
}

const headerIndex = (t: TableData, h: { zh: string; en: string }): number =>
  t.headers.findIndex((x) => x.trim() === h.zh || x.trim() === h.en);

const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/** The table and the row's cells, after checking that the row is still the one meant. */
async function readRow(port: WorkbookPort, ref: KpiRowRef, extra: readonly string[]) {
  const T = M[ref.lang];
  const scheme = schemeOfTable(ref.table, ref.lang);
  const tables = await port.readTables([ref.table, ...extra]);
  const data = tables.find((t) => t.name === ref.table);
  if (!data) throw new PortError('conflict', T.missingTable(ref.table));
  const index = ref.row - data.headerRow - 1;
  const cells = data.rows[index];
  if (!Number.isInteger(ref.row) || index < 0 || !cells) throw new PortError('conflict', T.badRow(ref.table, ref.row));
  const period = str(cells[headerIndex(data, KPI_COL.period.header)]);
  const staffId = str(cells[headerIndex(data, KPI_COL.staffId.header)]);
  const expected = [ref.staffId, ref.period].filter((x): x is string => x !== undefined && x !== '');
  if ((ref.period !== undefined && ref.period !== period) || (ref.staffId !== undefined && ref.staffId.toLowerCase() !== staffId.toLowerCase())) {
    throw new PortError('conflict', T.moved(ref.table, ref.row, expected.join(' ')));
  }
  const rest = new Map(tables.map((t) => [t.name, t]));
  return { scheme, data, cells, period, staffId, rest };
}

/** Workbook parameters over the defaults, as the scorer uses them. */
function paramsOf(table: TableData | undefined): ParamMap {
  const { params } = paramMapFrom(recordsOf(KPI_PARAMS, table).map((r) => ({ id: r.id, value: r.value })));
  const merged = new Map(params);
  for (const d of DEFAULT_PARAMS) if (!merged.has(d.id)) merged.set(d.id, d.value);
  return merged;
}

function periodEndFor(period: string): number | null {
  const key = monthKeyOf(period);
  return key === null ? null : periodEndOf(key);
}

/** What one staff member's row holds, for the input form. One table read, no write. */
export async function readKpiInputs(port: WorkbookPort, ref: KpiRowRef): Promise<KpiInputsSnapshot> {
  const scheme = schemeOfTable(ref.table, ref.lang);
  const prefilled = scheme.inputs.some((i) => i.prefill !== undefined);
  const extra = [...new Set([STAFF.name, KPI_PARAMS.name, ...(prefilled ? LEDGER_TABLES : [])])];
  const { data, cells, period, staffId, rest } = await readRow(port, ref, extra);
  const member = recordsOf(STAFF, rest.get(STAFF.name)).find((s) => str(s.staffId).toLowerCase() === staffId.toLowerCase() && staffId !== '');
  const name = str(member?.name);
  const ledgers = prefilled ? ledgersOf(rest) : null;
  const subject = { period, staffId, name, dept: str(member?.dept) };
  const derive = (input: KpiInput): { value: number | null; rows: number } => {
    if (ledgers === null) return { value: null, rows: 0 };
    const d = derivePrefill(input, subject, ledgers);
    return { value: typeof d.value === 'number' ? d.value : null, rows: d.rows };
  };
  const fields: KpiInputField[] = [];
  const missingColumns: string[] = [];
  for (const input of scheme.inputs) {
    const j = headerIndex(data, input.header);
    if (j < 0) {
      missingColumns.push(textIn(input.header, ref.lang));
      continue;
    }
    const value = cells[j] ?? null;
    const base = { key: input.key, header: data.headers[j]!.trim(), value };
    if (!input.prefill) {
      fields.push(base);
      continue;
    }
    const { value: derived, rows } = derive(input);
    fields.push({ ...base, derived, derivedRows: rows, auto: isEmptyCell(value) || value === derived });
  }
  return {
    table: ref.table,
    row: ref.row,
    scheme: scheme.id,
    period,
    staffId,
    name,
    fields,
    missingColumns,
    params: paramsOf(rest.get(KPI_PARAMS.name)),
    periodEnd: periodEndFor(period),
  };
}

/** Which inputs a problem concerns: the deduction rule ties two together. */
function involved(scheme: Scheme, p: InputProblem): string[] {
  if (p.kind !== 'deductionNotAllowed') return [p.key];
  const rule = scheme.items.map((i) => i.rule).find((r) => r.kind === 'conduct' && r.unreportedDeduction === p.key);
  return rule && rule.kind === 'conduct' ? [rule.unreportedCount, p.key] : [p.key];
}

function typeMessage(input: KpiInput, h: string, lang: Lang): string {
  const T = M[lang];
  const t = input.type;
  switch (t.kind) {
    case 'yesno':
      return T.yesno(h);
    case 'money':
      return T.money(h);
    case 'int':
      return T.int(h, t.min, t.max);
    case 'number': {
      // Largest first, as the seeds and the hints list them.
      const allowed = t.allowed ? [...t.allowed].sort((a, b) => b - a).map(String) : undefined;
      if (allowed !== undefined && t.min !== undefined && t.max !== undefined) return T.rangeOrAllowed(h, t.min, t.max, allowed);
      if (allowed !== undefined && t.min === undefined && t.max === undefined) return T.allowed(h, T.or(allowed));
      return T.range(h, t.min, t.max);
    }
  }
}

/**
 * Issues of a row's inputs that stop a save: values of the wrong type or out of range, a zero
 * denominator, a deduction that is not allowed, more days than the month has. Empty inputs are no
 * issue: the row stays 待录入 until they are filled. `only` limits the result to issues that concern
 * those inputs (the ones being written). Headers in the messages are in `lang`.
 */
export function kpiInputIssues(
  scheme: Scheme,
  values: Readonly<Record<string, CellValue | undefined>>,
  context: { readonly params: ParamMap; readonly periodEnd: number | null; readonly lang: Lang; readonly only?: readonly string[] },
): KpiInputIssue[] {
  const { lang } = context;
  const T = M[lang];
  const byKey = new Map(scheme.inputs.map((i) => [i.key, i]));
  const h = (key: string) => {
    const input = byKey.get(key);
    return input ? textIn(input.header, lang) : key;
  };
  const issues: KpiInputIssue[] = [];
  for (const p of inputProblems(scheme, values, context.params, context.periodEnd)) {
    if (p.kind === 'empty') continue;
    if (context.only && !involved(scheme, p).some((k) => context.only!.includes(k))) continue;
    const input = byKey.get(p.key);
    if (!input) continue;
    const message =
      p.kind === 'invalid' ? typeMessage(input, h(p.key), lang)
        : p.kind === 'zero' ? T.zero(h(p.key))
          : p.kind === 'overMonth' ? T.overMonth(h(p.key), context.periodEnd === null ? 31 : ymdOf(context.periodEnd).day)
            : deductionMessage(scheme, p.key, context.params, lang);
    issues.push({ key: p.key, kind: p.kind, message });
  }
  return issues;
}

function deductionMessage(scheme: Scheme, key: string, params: ParamMap, lang: Lang): string {
  const rule = scheme.items.map((i) => i.rule).find((r) => r.kind === 'conduct' && r.unreportedDeduction === key);
  const header = (k: string) => textIn(scheme.inputs.find((i) => i.key === k)?.header ?? { zh: k, en: k }, lang);
  if (!rule || rule.kind !== 'conduct') return M[lang].deduction(header(key), '', 0);
  return M[lang].deduction(header(key), header(rule.unreportedCount), paramOf(params, rule.unreportedLimitParam));
}

/**
 * Saves inputs of one row in one write (setCells), after checking them against their types and
 * against the rest of the row. With any issue, nothing is written and the issues come back with
 * messages in `req.lang`. A missing table or column, a row that moved, or an unknown input key is a
 * PortError ('conflict') that says what to do.
 */
export async function saveKpiInputs(port: WorkbookPort, req: SaveKpiInputsRequest): Promise<SaveKpiInputsResult> {
  const T = M[req.lang];
  const { scheme, data, cells, period, rest } = await readRow(port, req, [KPI_PARAMS.name]);
  const auto = req.auto ?? [];
  const keys = [...new Set([...Object.keys(req.values), ...auto])];
  const byKey = new Map(scheme.inputs.map((i) => [i.key, i]));
  const spec = KPI_SCHEME_TABLES.find((t) => t.name === scheme.table)!;
  // The table's own language decides the prefill formulas' column names.
  const tableLang: Lang = data.headers.some((h) => h.trim() === KPI_COL.period.header.en) ? 'en-US' : 'zh-CN';

  const targets = new Map<string, { header: string; value: CellInput }>();
  const merged: Record<string, CellValue> = {};
  for (const input of scheme.inputs) {
    const j = headerIndex(data, input.header);
    merged[input.key] = j < 0 ? null : (cells[j] ?? null);
  }
  for (const key of keys) {
    const input = byKey.get(key);
    if (!input) throw new PortError('conflict', T.unknownInput(req.table, key));
    const j = headerIndex(data, input.header);
    if (j < 0) throw new PortError('conflict', T.missingColumn(req.table, textIn(input.header, req.lang)));
    const header = data.headers[j]!;
    if (auto.includes(key)) {
      const column = spec.columns.find((c) => c.key === key);
      const formula = column ? prefillOf(WORKBOOK_MODEL, spec.name, column, tableLang) : undefined;
      if (!formula) throw new PortError('conflict', T.notAuto(textIn(input.header, req.lang)));
      targets.set(key, { header, value: { formula } });
      // The check cannot compute the formula; what it derives is a count, always valid.
      merged[key] = null;
      continue;
    }
    const raw = req.values[key];
    const value: CellValue = raw === undefined || raw === '' ? null : raw;
    targets.set(key, { header, value });
    merged[key] = value;
  }

  const issues = kpiInputIssues(scheme, merged, {
    params: paramsOf(rest.get(KPI_PARAMS.name)),
    periodEnd: periodEndFor(period),
    lang: req.lang,
    only: keys,
  });
  if (issues.length > 0) return { saved: false, written: 0, issues };
  if (targets.size === 0) return { saved: true, written: 0, issues: [] };
  await port.apply([
    { op: 'setCells', table: req.table, cells: [...targets.values()].map((t) => ({ row: req.row, header: t.header, value: t.value })) },
  ]);
  return { saved: true, written: targets.size, issues: [] };
}

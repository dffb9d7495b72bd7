/**
 * ka-workbench generate --out FILE.xlsx [--lang zh-CN|en-US] [--sample]
 *
 * Writes a new workbench workbook. When FILE already exists it is upgraded in place instead: the
 * same planner as the add-in's Forms page adds what the model has and the file lacks, and never
 * touches the user's rows; an existing workbook keeps its own language. The file is written only
 * when the plan has no conflicts, and through a temporary file, so a failure leaves it as it was.
 * Every part the adapter does not own (charts, comments, pivot tables, images…) is kept.
 *
 * Exit codes: 0 written or already up to date, 1 conflicts (nothing written), 2 unreadable file.
 * KA_TODAY=YYYY-MM-DD fixes "today" for the sample data.
 */
import { existsSync } from 'node:fs';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { parseOptions, requireOption } from '../args';
import type { Lang } from '../../core/model/types';
import { LANGS } from '../../core/model/types';
import { PortError } from '../../core/port/types';
import { WORKBOOK_MODEL } from '../../core/model/workbook';
import { generateWorkbook } from '../../core/services/api';
import type { GeneratePlan, PlanChange } from '../../core/plan/generate';
import { excelValidationFor } from '../../core/validate/excelValidation';
import { newXlsx, openXlsx } from '../../adapters/xlsx';
import { todayOf } from '../today';
import { checkOutput, saveWorkbook } from '../outputPolicy';

type Msg<A extends unknown[]> = Record<Lang, (...args: A) => string>;

const T = {
  badLang: { 'zh-CN': (v: string) => `--lang 只能是 zh-CN 或 en-US,而不是「${v}」。`, 'en-US': (v: string) => `--lang must be zh-CN or en-US, not "${v}".` } as Msg<[string]>,
  conflicts: {
    'zh-CN': (file: string) => `无法生成或升级 ${file},未写入任何内容:`,
    'en-US': (file: string) => `Cannot generate or upgrade ${file}; nothing was written:`,
  } as Msg<[string]>,
  upToDate: { 'zh-CN': (file: string) => `${file} 已是最新,无需修改。`, 'en-US': (file: string) => `${file} is up to date; nothing to change.` } as Msg<[string]>,
  created: { 'zh-CN': (file: string) => `已生成 ${file}。`, 'en-US': (file: string) => `Generated ${file}.` } as Msg<[string]>,
  upgraded: { 'zh-CN': (file: string) => `已升级 ${file}。`, 'en-US': (file: string) => `Upgraded ${file}.` } as Msg<[string]>,
  addSheet: { 'zh-CN': (s: string) => `  新增工作表「${s}」`, 'en-US': (s: string) => `  added sheet "${s}"` } as Msg<[string]>,
  addTable: {
    'zh-CN': (t: string, s: string, n: number) => `  新增表格 ${t}(工作表「${s}」,${n} 行)`,
    'en-US': (t: string, s: string, n: number) => `  added table ${t} (sheet "${s}", ${n} rows)`,
  } as Msg<[string, string, number]>,
  addColumns: { 'zh-CN': (t: string, c: string) => `  表格 ${t} 新增列:${c}`, 'en-US': (t: string, c: string) => `  table ${t}: added columns ${c}` } as Msg<[string, string]>,
  addRows: { 'zh-CN': (t: string, n: number) => `  表格 ${t} 新增 ${n} 行`, 'en-US': (t: string, n: number) => `  table ${t}: added ${n} rows` } as Msg<[string, number]>,
  migrateStages: {
    'zh-CN': (t: string, n: number) => `  已把客户档案中填写的 ${n} 个开发阶段移入表格 ${t},开发阶段改为按记录自动计算`,
    'en-US': (t: string, n: number) => `  moved ${n} typed customer stages into table ${t}; 开发阶段 is now computed from it`,
  } as Msg<[string, number]>,
  setVersion: {
    'zh-CN': (from: number | null, to: number) => `  模型版本:${from ?? '无'} → ${to}`,
    'en-US': (from: number | null, to: number) => `  model version: ${from ?? 'none'} → ${to}`,
  } as Msg<[number | null, number]>,
};

function describe(change: PlanChange, lang: Lang): string {
  switch (change.kind) {
    case 'addSheet':
      return T.addSheet[lang](change.sheet);
    case 'addTable':
      return T.addTable[lang](change.table, change.sheet, change.rows);
    case 'addColumns':
      return T.addColumns[lang](change.table, change.columns.join(lang === 'zh-CN' ? '、' : ', '));
    case 'addRows':
      return T.addRows[lang](change.table, change.rows);
    case 'migrateStages':
      return T.migrateStages[lang](change.table, change.moved);
    case 'setVersion':
      return T.setVersion[lang](change.from, change.to);
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseOptions(args, { out: { type: 'string' }, lang: { type: 'string' }, sample: { type: 'boolean' } });
  const out = requireOption(opts.out, 'out');
  const lang = (opts.lang ?? io.lang) as Lang;
  if (!LANGS.includes(lang)) throw new UsageError(T.badLang[io.lang](String(opts.lang)));
  const sampleAsOf = opts.sample ? todayOf(process.env) : undefined;

  const upgrading = existsSync(out);
  let plan: GeneratePlan;
  let save: () => Promise<void>;
  try {
    const port = upgrading ? await openXlsx(out, { lang: io.lang }) : newXlsx({ lang: io.lang });
    plan = await generateWorkbook(port, {
      model: WORKBOOK_MODEL,
      lang,
      validationFor: excelValidationFor,
      ...(sampleAsOf !== undefined ? { sampleAsOf } : {}),
    });
    // An existing --out is the workbook generate reads and upgrades in place; a new one is an .xlsx.
    if (!upgrading) await checkOutput({ out, inputs: [], force: false, extensions: ['.xlsx'] }, io.lang);
    save = () => saveWorkbook(port, out, io.lang);
  } catch (e) {
    if (e instanceof PortError) {
      io.err(e.message);
      return e.code === 'unreadable' ? 2 : 1;
    }
    throw e;
  }

  for (const n of plan.notices) io.out(n.message);
  if (plan.conflicts.length > 0) {
    io.err(T.conflicts[io.lang](out));
    for (const c of plan.conflicts) io.err(`  ${c.message}`);
    return 1;
  }
  // The planner leaves an up-to-date workbook untouched: no operations at all.
  if (plan.ops.length === 0) {
    io.out(T.upToDate[io.lang](out));
    return 0;
  }
  try {
    await save();
  } catch (e) {
    if (e instanceof PortError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  io.out((upgrading ? T.upgraded : T.created)[io.lang](out));
  for (const c of plan.changes) io.out(describe(c, io.lang));
  return 0;
}


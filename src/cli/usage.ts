/**
 * Usage text and usage errors in the user's language (#9.13): `ka-workbench --help`,
 * `ka-workbench <command> --help`, `--version`, and the messages for a missing or unknown option.
 * A command without an entry in HELP (one added later) still gets a generic line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../core/model/types';
import { UsageError } from './io';

type Both = Record<Lang, string>;

/** A usage error whose text is chosen when printed, in the language of the command line. */
export class LocalUsageError extends UsageError {
  constructor(readonly texts: Both) {
    super(texts['en-US']);
  }
}

interface Help {
  readonly synopsis: string;
  readonly summary: Both;
  readonly details: Both;
}

const PERIOD_ZH = 'YYYY-MM(如 2026-10),或 current(本月)/ previous(上月)/ next(下月);范围 2000-01 至明年 12 月';
const PERIOD_EN = 'YYYY-MM (e.g. 2026-10), or current / previous / next; from 2000-01 to December of next year';

export const HELP: Readonly<Record<string, Help>> = {
  generate: {
    synopsis: 'generate --out FILE.xlsx [--lang zh-CN|en-US] [--sample]',
    summary: { 'zh-CN': '生成工作台工作簿;文件已存在时就地升级,保留所有原有内容', 'en-US': 'create a workbench workbook; an existing file is upgraded in place, keeping everything in it' },
    details: {
      'zh-CN': '  --out FILE.xlsx   要生成或升级的工作簿\n  --lang            工作簿语言(默认跟随 KA_LANG/LANG)\n  --sample          填入示例数据(截至今天,可用 KA_TODAY=YYYY-MM-DD 指定)',
      'en-US': '  --out FILE.xlsx   the workbook to create or upgrade\n  --lang            the workbook language (default: KA_LANG/LANG)\n  --sample          fill in sample data up to today (KA_TODAY=YYYY-MM-DD sets today)',
    },
  },
  import: {
    synopsis: 'import --in FILE.xlsx --table NAME --csv FILE.csv [--out FILE.xlsx] [--force]',
    summary: { 'zh-CN': '把 CSV 的行追加到表格(按标题对应列)', 'en-US': 'append the rows of a CSV file to a table (columns matched by header)' },
    details: {
      'zh-CN':
        '  --in FILE.xlsx    工作台工作簿\n  --table NAME      表格名,如 Visits、Customers(见 examples/)\n  --csv FILE.csv    逗号、分号或制表符分隔;UTF-8、UTF-16(「Unicode 文本」)或 GBK 编码\n  --out FILE.xlsx   写入另一个文件(默认写回 --in)\n  --force           允许覆盖一个已存在、但不是本命令读入的工作簿的文件(从不覆盖输入文件)',
      'en-US':
        '  --in FILE.xlsx    the workbench workbook\n  --table NAME      the table, e.g. Visits, Customers (see examples/)\n  --csv FILE.csv    comma-, semicolon- or tab-separated; UTF-8, UTF-16 ("Unicode Text") or GBK\n  --out FILE.xlsx   write to another file (default: back to --in)\n  --force           allow replacing an existing file that is not the workbook this command read (never one of its inputs)',
    },
  },
  validate: {
    synopsis: 'validate --in FILE.xlsx [--json]',
    summary: { 'zh-CN': '检查工作簿的数据(不修改文件)', 'en-US': 'check the data of a workbook (never changes the file)' },
    details: {
      'zh-CN': '  --in FILE.xlsx    要检查的工作簿\n  --json            以 JSON 输出问题列表\n退出码:0 无错误,1 有错误,2 无法读取',
      'en-US': '  --in FILE.xlsx    the workbook to check\n  --json            print the problems as JSON\nExit codes: 0 no errors, 1 errors, 2 unreadable',
    },
  },
  score: {
    synopsis: 'score --in FILE.xlsx [--period PERIOD] [--json]',
    summary: { 'zh-CN': '打印考核得分、等级和处理建议', 'en-US': 'print KPI scores, grades and consequences' },
    details: {
      'zh-CN': `  --in FILE.xlsx    工作台工作簿\n  --period PERIOD   只看这个期间:${PERIOD_ZH}\n  --json            以 JSON 输出`,
      'en-US': `  --in FILE.xlsx    the workbench workbook\n  --period PERIOD   only this period: ${PERIOD_EN}\n  --json            print JSON`,
    },
  },
  'new-period': {
    synopsis: 'new-period --in FILE.xlsx --period PERIOD [--out FILE.xlsx] [--force]',
    summary: { 'zh-CN': '为每位在职员工新建一个考核期的行', 'en-US': 'add one KPI row per active staff member for a period' },
    details: {
      'zh-CN': `  --in FILE.xlsx    工作台工作簿\n  --period PERIOD   ${PERIOD_ZH}\n  --out FILE.xlsx   写入另一个文件(默认写回 --in)\n  --force           允许覆盖一个已存在、但不是本命令读入的工作簿的文件(从不覆盖输入文件)`,
      'en-US': `  --in FILE.xlsx    the workbench workbook\n  --period PERIOD   ${PERIOD_EN}\n  --out FILE.xlsx   write to another file (default: back to --in)\n  --force           allow replacing an existing file that is not the workbook this command read (never one of its inputs)`,
    },
  },
  'export-hr': {
    synopsis: 'export-hr --in FILE.xlsx --from PERIOD --to PERIOD --out FILE.xlsx [--force]',
    summary: { 'zh-CN': '导出给人事部门的考核结果(不含客户信息)', 'en-US': 'export KPI results for HR (no customer data)' },
    details: {
      'zh-CN': `  --in FILE.xlsx    工作台工作簿\n  --from / --to     期间范围:${PERIOD_ZH}\n  --out FILE.xlsx   导出文件(必须以 .xlsx 结尾)\n  --force           允许覆盖一个已存在、但不是本命令读入的工作簿的文件(从不覆盖输入文件)`,
      'en-US': `  --in FILE.xlsx    the workbench workbook\n  --from / --to     the period range: ${PERIOD_EN}\n  --out FILE.xlsx   the export file (must end in .xlsx)\n  --force           allow replacing an existing file that is not the workbook this command read (never one of its inputs)`,
    },
  },
  print: {
    synopsis: 'print --in FILE.xlsx --form NAME --key KEY [--date YYYY-MM-DD] [--period PERIOD] --out FILE.pdf',
    summary: { 'zh-CN': '把一条记录按纸质表单打印成 PDF(需要 LibreOffice;不修改工作簿)', 'en-US': 'print one record as its paper form to a PDF (needs LibreOffice; never changes the workbook)' },
    details: {
      'zh-CN':
        '  --in FILE.xlsx    工作台工作簿\n  --form NAME       customer-file、visit-day(键为填表人,配 --date)、relation-plan、gift-plan、gift-request、\n                    reception-request、reception-report、kpi-sheet(键为工号,配 --period)\n  --key KEY         记录的键,如档案编号、申请编号\n  --out FILE.pdf    输出的 PDF',
      'en-US':
        '  --in FILE.xlsx    the workbench workbook\n  --form NAME       customer-file, visit-day (key: reporter, with --date), relation-plan, gift-plan, gift-request,\n                    reception-request, reception-report, kpi-sheet (key: staff ID, with --period)\n  --key KEY         the record\'s key, e.g. a file or request number\n  --out FILE.pdf    the PDF to write',
    },
  },
  archive: {
    synopsis: 'archive --in FILE.xlsx --before PERIOD --out ARCHIVE.xlsx',
    summary: { 'zh-CN': '年终归档:把截止月份之前的记录移到归档工作簿(得分不变)', 'en-US': 'year-end archive: move records dated before a month into an archive workbook (no score changes)' },
    details: {
      'zh-CN': `  --in FILE.xlsx        工作台工作簿(归档后就地更新)\n  --before PERIOD       截止月份:${PERIOD_ZH}\n  --out ARCHIVE.xlsx    归档工作簿;已存在时追加`,
      'en-US': `  --in FILE.xlsx        the workbench workbook (updated in place after archiving)\n  --before PERIOD       the cut-off month: ${PERIOD_EN}\n  --out ARCHIVE.xlsx    the archive workbook; an existing one is appended to`,
    },
  },
  consolidate: {
    synopsis: 'consolidate --out FILE.xlsx [--from PERIOD --to PERIOD] [--force] IN1.xlsx IN2.xlsx …',
    summary: { 'zh-CN': '人事:合并各部门的考核导出(或工作台工作簿),列出冲突', 'en-US': "HR: merge every department's KPI export (or workbench workbooks) and list conflicts" },
    details: {
      'zh-CN': `  --out FILE.xlsx   合并后的工作簿;已存在时需加 --force 才会替换\n  --from / --to     工作台工作簿先按此期间范围导出:${PERIOD_ZH}\n  IN…               人事导出文件或工作台工作簿`,
      'en-US': `  --out FILE.xlsx   the merged workbook; an existing file is replaced only with --force\n  --from / --to     workbench workbooks are exported first for this range: ${PERIOD_EN}\n  IN…               HR exports or workbench workbooks`,
    },
  },
};

export function version(): string {
  // lib/cli/usage.js and src/cli/usage.ts both sit two folders below package.json.
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export function mainUsage(commands: readonly string[], lang: Lang): string {
  const lines = commands.map((c) => {
    const h = HELP[c];
    return h ? `  ${h.synopsis}\n      ${h.summary[lang]}` : `  ${c} …`;
  });
  return lang === 'zh-CN'
    ? `用法:ka-workbench <命令> [选项]\n\n命令:\n${lines.join('\n')}\n\n  ka-workbench <命令> --help   查看命令的说明\n  ka-workbench --version       显示版本\n\n消息语言跟随 KA_LANG 或 LANG(默认中文;以 en 开头时为英文)。`
    : `Usage: ka-workbench <command> [options]\n\nCommands:\n${lines.join('\n')}\n\n  ka-workbench <command> --help   describe a command\n  ka-workbench --version          print the version\n\nMessages follow KA_LANG or LANG (zh-CN by default; en-US when it starts with "en").`;
}

export function commandHelp(command: string, lang: Lang): string {
  const h = HELP[command];
  if (!h) return lang === 'zh-CN' ? `用法:ka-workbench ${command} [选项]` : `Usage: ka-workbench ${command} [options]`;
  return `${lang === 'zh-CN' ? '用法:' : 'Usage: '}ka-workbench ${h.synopsis}\n${h.summary[lang]}\n\n${h.details[lang]}`;
}

/** The line after a usage error. */
export function helpHint(command: string | undefined, lang: Lang): string {
  const what = command ? `ka-workbench ${command} --help` : 'ka-workbench --help';
  return lang === 'zh-CN' ? `运行 ${what} 查看用法。` : `Run ${what} for usage.`;
}

export const USAGE_ERRORS = {
  unknownCommand: (name: string): Both => ({ 'zh-CN': `未知命令「${name}」。`, 'en-US': `Unknown command "${name}".` }),
  missing: (name: string): Both => ({ 'zh-CN': `缺少选项 --${name}。`, 'en-US': `Missing --${name}.` }),
  unknownOption: (opt: string): Both => ({ 'zh-CN': `未知选项「${opt}」。`, 'en-US': `Unknown option "${opt}".` }),
  needsValue: (opt: string): Both => ({ 'zh-CN': `选项 ${opt} 后面要写一个值。`, 'en-US': `Option ${opt} needs a value.` }),
  noValue: (opt: string): Both => ({ 'zh-CN': `选项 ${opt} 不带值。`, 'en-US': `Option ${opt} takes no value.` }),
  stray: (arg: string): Both => ({
    'zh-CN': `多余的参数「${arg}」:每个值前都要写选项名,如 --in 文件.xlsx。`,
    'en-US': `Unexpected argument "${arg}": write each value after its option, e.g. --in FILE.xlsx.`,
  }),
};

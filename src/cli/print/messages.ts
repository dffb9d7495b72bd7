/** Messages of `ka-workbench print`, zh-CN and en-US. */
import type { Lang } from '../../core/model/types';

type Msg<A extends unknown[]> = Record<Lang, (...a: A) => string>;

export const PRINT_MESSAGES = {
  badForm: {
    'zh-CN': (form: string, names: string) => `不认识的表单「${form}」。可用:${names}。`,
    'en-US': (form: string, names: string) => `Unknown form "${form}". Use one of: ${names}.`,
  } as Msg<[string, string]>,
  needDate: {
    'zh-CN': () => 'visit-day 需要 --date YYYY-MM-DD(拜访日期)。',
    'en-US': () => 'visit-day needs --date YYYY-MM-DD (the day of the visits).',
  } as Msg<[]>,
  badDate: {
    'zh-CN': (d: string) => `--date「${d}」不是有效日期,应如 2026-11-20。`,
    'en-US': (d: string) => `--date "${d}" is not a valid date; expected e.g. 2026-11-20.`,
  } as Msg<[string]>,
  needPeriod: {
    'zh-CN': () => 'kpi-sheet 需要 --period YYYY-MM(考核期间)。',
    'en-US': () => 'kpi-sheet needs --period YYYY-MM (the scoring period).',
  } as Msg<[]>,
  badPeriod: {
    'zh-CN': (p: string) => `--period「${p}」不是有效期间,应如 2026-11。`,
    'en-US': (p: string) => `--period "${p}" is not a valid period; expected e.g. 2026-11.`,
  } as Msg<[string]>,
  sameFile: {
    'zh-CN': () => '--out 不能是输入的工作簿本身:打印从不修改源文件。',
    'en-US': () => '--out must not be the input workbook: printing never changes the source.',
  } as Msg<[]>,
  noLibreOffice: {
    'zh-CN': () => '未找到 LibreOffice(需要 soffice 和 python3-uno),无法生成 PDF;未写入任何文件。请安装 LibreOffice 后重试,或在 Excel 中打开打印视图直接打印。',
    'en-US': () => 'LibreOffice was not found (soffice and python3-uno are needed), so no PDF can be made; nothing was written. Install LibreOffice and try again, or print the view from Excel.',
  } as Msg<[]>,
  noView: {
    'zh-CN': (sheet: string) => `工作簿中没有打印视图「${sheet}」:请先运行 ka-workbench generate 升级工作簿。`,
    'en-US': (sheet: string) => `The workbook has no print view "${sheet}": run ka-workbench generate to upgrade it first.`,
  } as Msg<[string]>,
  unknownKey: {
    'zh-CN': (key: string, near: string) => `找不到「${key}」。${near ? `相近的有:${near}。` : '工作簿中没有可打印的记录。'}`,
    'en-US': (key: string, near: string) => `"${key}" was not found. ${near ? `Nearby: ${near}.` : 'The workbook has no records to print.'}`,
  } as Msg<[string, string]>,
  failed: {
    'zh-CN': (why: string) => `LibreOffice 生成 PDF 失败,未写入任何文件:${why}`,
    'en-US': (why: string) => `LibreOffice could not make the PDF; nothing was written: ${why}`,
  } as Msg<[string]>,
  written: {
    'zh-CN': (form: string, key: string, out: string) => `已打印 ${form}(${key})到 ${out}。`,
    'en-US': (form: string, key: string, out: string) => `Printed ${form} (${key}) to ${out}.`,
  } as Msg<[string, string, string]>,
};

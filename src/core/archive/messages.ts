/** Messages of the year-end archive, zh-CN first. */
import type { Lang } from '../model/types';

type Msg<A extends unknown[]> = Record<Lang, (...a: A) => string>;

export const ARCHIVE_MESSAGES = {
  badPeriod: {
    'zh-CN': (p: string) => `--before「${p}」不是月份,请写成 YYYY-MM,例如 2026-01。`,
    'en-US': (p: string) => `--before "${p}" is not a month; write it as YYYY-MM, e.g. 2026-01.`,
  } as Msg<[string]>,
  sameFile: {
    'zh-CN': (p: string) => `--out 不能与 --in 是同一个文件(${p}):归档要写到另一个工作簿。`,
    'en-US': (p: string) => `--out must not be the --in file (${p}): the archive goes to another workbook.`,
  } as Msg<[string]>,
  nothing: {
    'zh-CN': (p: string) => `${p} 之前没有可归档的行;未做任何修改。`,
    'en-US': (p: string) => `No rows dated before ${p} to archive; nothing was changed.`,
  } as Msg<[string]>,
  verifyFailed: {
    'zh-CN': (file: string, where: string) => `归档文件 ${file} 读回后与移出的行不一致(${where});源工作簿未做任何修改。`,
    'en-US': (file: string, where: string) => `The archive ${file} read back differs from the rows to move (${where}); the source workbook was not changed.`,
  } as Msg<[string, string]>,
  done: {
    'zh-CN': (n: number, out: string, input: string, detail: string, frozen: number) =>
      `已将 ${n} 行归档到 ${out}(${detail}),并从 ${input} 中移除;已把 ${frozen} 个预填的考核输入固定为数值,得分不变。`,
    'en-US': (n: number, out: string, input: string, detail: string, frozen: number) =>
      `Archived ${n} rows to ${out} (${detail}) and removed them from ${input}; ${frozen} prefilled KPI inputs were fixed to their values, so no score changes.`,
  } as Msg<[number, string, string, string, number]>,
};

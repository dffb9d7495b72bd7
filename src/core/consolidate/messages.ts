/** Messages of the HR consolidation, zh-CN first. */
import type { Lang } from '../model/types';

type Msg<A extends unknown[]> = Record<Lang, (...a: A) => string>;

export const CONSOLIDATE_MESSAGES = {
  needFiles: {
    'zh-CN': () => '请至少给出两个要合并的文件(各部门的 HR 导出或工作台工作簿)。',
    'en-US': () => 'Give at least two files to merge (HR exports or workbench workbooks of the departments).',
  } as Msg<[]>,
  outIsInput: {
    'zh-CN': (p: string) => `--out(${p})不能是要合并的文件之一。`,
    'en-US': (p: string) => `--out (${p}) must not be one of the files to merge.`,
  } as Msg<[string]>,
  needRange: {
    'zh-CN': (p: string) => `${p} 是工作台工作簿,需先导出:请同时给出 --from YYYY-MM --to YYYY-MM。未写入任何文件。`,
    'en-US': (p: string) => `${p} is a workbench workbook, which is exported first: also give --from YYYY-MM --to YYYY-MM. Nothing was written.`,
  } as Msg<[string]>,
  notHr: {
    'zh-CN': (p: string) => `${p} 不是 HR 导出文件(缺少考核汇总 KpiSummary 与员工 Staff 表),也不是工作台工作簿;未写入任何文件。`,
    'en-US': (p: string) => `${p} is neither an HR export (it lacks the KpiSummary and Staff tables) nor a workbench workbook; nothing was written.`,
  } as Msg<[string]>,
  conflict: {
    'zh-CN': (kind: string, period: string, key: string, files: string) =>
      `冲突:${kind === 'staffPeriod' ? '工号' : '部门'} ${key} 在期间 ${period} 同时出现在 ${files};两行均已保留,请核对。`,
    'en-US': (kind: string, period: string, key: string, files: string) =>
      `Conflict: ${kind === 'staffPeriod' ? 'staff ID' : 'department'} ${key} in period ${period} appears in ${files}; both rows were kept, please check.`,
  } as Msg<[string, string, string, string]>,
  done: {
    'zh-CN': (rows: number, files: number, out: string, conflicts: number) => `已合并 ${files} 个文件的 ${rows} 条考核记录到 ${out};冲突 ${conflicts} 处。`,
    'en-US': (rows: number, files: number, out: string, conflicts: number) => `Merged ${rows} KPI rows from ${files} files into ${out}; ${conflicts} conflicts.`,
  } as Msg<[number, number, string, number]>,
};

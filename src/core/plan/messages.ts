import type { Lang } from '../model/types';

type Msg<A extends unknown[]> = Record<Lang, (...args: A) => string>;

/** Messages of the generate/upgrade planner, in the workbook language. */
export const PLAN_MESSAGES = {
  newerModel: {
    'zh-CN': (found: number, ours: number) =>
      `此工作簿由更新版本的工作台生成(模型版本 ${found},本加载项为 ${ours})。请先升级加载项,再执行生成或升级;未做任何修改。`,
    'en-US': (found: number, ours: number) =>
      `This workbook was made by a newer workbench (model version ${found}; this add-in has ${ours}). Update the add-in first; nothing was changed.`,
  } as Msg<[number, number]>,
  foreignTable: {
    'zh-CN': (table: string, sheet: string) =>
      `工作表「${sheet}」中已有名为 ${table} 的表格,但其列与工作台不符,可能是您自己的表格。请在「表设计」中将其重命名后再试;该表未做任何修改。`,
    'en-US': (table: string, sheet: string) =>
      `Sheet "${sheet}" already has a table named ${table} whose columns are not the workbench's; it may be your own. Rename it (Table Design → Table Name) and try again; it was left unchanged.`,
  } as Msg<[string, string]>,
  needsRows: {
    'zh-CN': (table: string) => `升级需要先读取表格 ${table} 的数据(把已填写的开发阶段移入开发阶段记录),但没有读到;未做任何修改。请重试。`,
    'en-US': (table: string) => `The upgrade must first read table ${table} (to move its typed stages into the pipeline log) but did not get it; nothing was changed. Try again.`,
  } as Msg<[string]>,
  foreignLists: {
    'zh-CN': () => `已存在名为「Lists」的工作表,但不是工作台的下拉列表页。请重命名该工作表后再试;未做任何修改。`,
    'en-US': () => `A sheet named "Lists" exists but is not the workbench's dropdown sheet. Rename it and try again; nothing was changed.`,
  } as Msg<[]>,
  sheetRenamed: {
    'zh-CN': (table: string, expected: string, actual: string) =>
      `表格 ${table} 所在的工作表已从「${expected}」改名为「${actual}」。工作台会继续使用「${actual}」,无需处理。`,
    'en-US': (table: string, expected: string, actual: string) =>
      `The sheet holding table ${table} was renamed from "${expected}" to "${actual}". The workbench keeps using "${actual}"; nothing to do.`,
  } as Msg<[string, string, string]>,
  noRoomForColumns: {
    'zh-CN': (table: string, columns: string) =>
      `表格 ${table} 右侧没有空间添加新列(${columns}):右边紧挨着另一个表格。请在两个表格之间插入空列后再试;该表未做修改。`,
    'en-US': (table: string, columns: string) =>
      `There is no room to the right of table ${table} for the new columns (${columns}): another table is next to it. Insert empty columns between them and try again; the table was left unchanged.`,
  } as Msg<[string, string]>,
  sheetHasData: {
    'zh-CN': (sheet: string, table: string) =>
      `工作表「${sheet}」中已有内容,表格 ${table} 已放在现有内容右侧,未覆盖任何数据。`,
    'en-US': (sheet: string, table: string) =>
      `Sheet "${sheet}" already had content; table ${table} was placed to the right of it, and nothing was overwritten.`,
  } as Msg<[string, string]>,
};

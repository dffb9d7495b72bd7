/** Messages of 打印此记录 (printRecord), zh-CN and en-US. */
import type { Lang } from '../model/types';

type Msg<A extends unknown[]> = Record<Lang, (...a: A) => string>;

export const PRINT_RECORD_MESSAGES = {
  noCell: {
    'zh-CN': () => '没有读到选中的单元格:请先在表格中选中一条记录,再点「打印此记录」。',
    'en-US': () => 'No selected cell could be read: select a record in a table first, then choose Print this record.',
  } as Msg<[]>,
  notPrintable: {
    'zh-CN': (sheets: string) => `选中的单元格不在可打印的记录中。请选中以下工作表中表格里的一条记录:${sheets}。`,
    'en-US': (sheets: string) => `The selected cell is not in a record that can be printed. Select a record in a table on one of these sheets: ${sheets}.`,
  } as Msg<[string]>,
  noKey: {
    'zh-CN': (column: string) => `这条记录的「${column}」是空的,无法打印:请先填写。`,
    'en-US': (column: string) => `This record's "${column}" is empty, so it cannot be printed: fill it in first.`,
  } as Msg<[string]>,
  noView: {
    'zh-CN': (sheet: string) => `工作簿中没有打印视图「${sheet}」:请先在「表单」页生成/升级工作簿。`,
    'en-US': (sheet: string) => `The workbook has no print view "${sheet}": generate or upgrade the workbook on the Forms page first.`,
  } as Msg<[string]>,
  ready: {
    'zh-CN': (sheet: string, key: string) => `已在「${sheet}」显示 ${key},按 Ctrl+P 打印。`,
    'en-US': (sheet: string, key: string) => `"${sheet}" now shows ${key}: press Ctrl+P to print.`,
  } as Msg<[string, string]>,
};

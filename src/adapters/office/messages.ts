/**
 * What the Office adapter tells the user, in zh-CN and en-US: a protected sheet, rows that Excel did
 * not take into a table, and a write that Excel stopped part-way (what was written, what was not,
 * and what to do).
 */
import type { Lang } from '../../core/model/types';
import type { WriteOp } from '../../core/port/types';

/** The Excel option that makes a table take rows written right below it (AutoFormat As You Type). */
const INCLUDE_ROWS_OPTION: Record<Lang, string> = {
  'zh-CN': '「文件 → 选项 → 校对 → 自动更正选项 → 键入时自动套用格式 → 表中包含新行和新列」',
  'en-US': '"File → Options → Proofing → AutoCorrect Options → AutoFormat As You Type → Include new rows and columns in table"',
};

const LIST_MAX = 8;

function list(items: readonly string[], lang: Lang): string {
  const sep = lang === 'zh-CN' ? '、' : '; ';
  if (items.length <= LIST_MAX) return items.join(sep);
  const more = items.length - LIST_MAX;
  return `${items.slice(0, LIST_MAX).join(sep)}${lang === 'zh-CN' ? ` 等另外 ${more} 项` : ` and ${more} more`}`;
}

/** One operation in a few words, for the list of what was (not) written. */
export function describeOp(op: WriteOp, lang: Lang): string {
  const zh = lang === 'zh-CN';
  switch (op.op) {
    case 'addSheet':
      return zh ? `工作表「${op.name}」` : `sheet "${op.name}"`;
    case 'setVisibility':
      return zh ? `「${op.sheet}」的可见性` : `visibility of "${op.sheet}"`;
    case 'writeCells':
      return zh ? `「${op.sheet}」的单元格` : `cells on "${op.sheet}"`;
    case 'createTable':
      return zh ? `表格 ${op.name}(${op.rows.length} 行)` : `table ${op.name} (${op.rows.length} rows)`;
    case 'addColumns':
      return zh ? `${op.table} 的新列 ${op.columns.map((c) => c.header).join('、')}` : `new columns of ${op.table}: ${op.columns.map((c) => c.header).join(', ')}`;
    case 'appendRows':
      return zh ? `${op.table} 的 ${op.rows.length} 行新数据` : `${op.rows.length} new rows of ${op.table}`;
    case 'setCells':
      return zh ? `${op.table} 的 ${op.cells.length} 个单元格` : `${op.cells.length} cells of ${op.table}`;
    case 'defineName':
      return zh ? `名称 ${op.name}` : `name ${op.name}`;
    case 'freezeRows':
      return zh ? `「${op.sheet}」的冻结窗格` : `frozen rows of "${op.sheet}"`;
    case 'activate':
      return zh ? `切换到「${op.sheet}」` : `activating "${op.sheet}"`;
    case 'clearRange':
      return zh ? `清除「${op.sheet}」${op.address}` : `clearing ${op.address} on "${op.sheet}"`;
    case 'addChart':
      return zh ? `「${op.sheet}」的图表 ${op.name}` : `chart ${op.name} on "${op.sheet}"`;
    case 'pageSetup':
      return zh ? `「${op.sheet}」的打印设置` : `print setup of "${op.sheet}"`;
    case 'setValidation':
      return zh ? `「${op.sheet}」${op.address} 的下拉列表` : `dropdown of ${op.address} on "${op.sheet}"`;
    case 'setColumnWidths':
      return zh ? `「${op.sheet}」的列宽` : `column widths on "${op.sheet}"`;
    case 'deleteRows':
      return zh ? `${op.table} 的 ${op.rows.length} 行(删除)` : `deleting ${op.rows.length} rows of ${op.table}`;
    case 'setColumnFormula':
      return zh ? `${op.table} 的公式列 ${op.column.header}` : `formula column ${op.column.header} of ${op.table}`;
  }
}

export const OFFICE_MESSAGES = {
  protectedSheet: (sheet: string, lang: Lang): string =>
    lang === 'zh-CN'
      ? `工作表「${sheet}」受保护,无法写入。请先在「审阅 → 撤消工作表保护」中取消保护后重试;未做任何修改。`
      : `Sheet "${sheet}" is protected, so nothing can be written to it. Unprotect it (Review → Unprotect Sheet) and try again; nothing was changed.`,

  rowsOutsideTable: (table: string, sheet: string, rows: string, lang: Lang): string =>
    lang === 'zh-CN'
      ? `Excel 没有把新行并入表格 ${table},补救也未成功:「${sheet}」第 ${rows} 行可能在表格之外。请打开 ${INCLUDE_ROWS_OPTION[lang]},删除这些行后再执行一次。`
      : `Excel did not take the new rows into table ${table}, and the fallback failed too: rows ${rows} of "${sheet}" may sit outside the table. Turn on ${INCLUDE_ROWS_OPTION[lang]}, delete those rows and run the command again.`,

  /** Checked before anything is written (ExcelApi 1.9): Excel deletes no row of a filtered table. */
  filteredTable: (table: string, lang: Lang): string =>
    lang === 'zh-CN'
      ? `表格 ${table} 正在筛选,Excel 无法删除其中的行。请先清除筛选(「数据 → 清除」)后重试;未做任何修改。`
      : `Table ${table} is filtered, and Excel cannot delete its rows while it is. Clear the filter (Data → Clear) and try again; nothing was changed.`,

  /** Found after the deletions (hosts without ExcelApi 1.9): some rows stayed. */
  rowsNotDeleted: (table: string, left: number, lang: Lang): string =>
    lang === 'zh-CN'
      ? `Excel 没有删除表格 ${table} 中的 ${left} 行(表格可能正在筛选),这些行仍在工作簿中,没有丢失。请清除筛选(「数据 → 清除」)后再删除一次。`
      : `Excel did not delete ${left} rows of table ${table} (it may be filtered); those rows are still in the workbook and nothing is lost. Clear the filter (Data → Clear) and remove them again.`,

  /** A write that Excel stopped part-way: nothing is rolled back (FACTS). */
  partial: (error: string, written: readonly string[], partly: readonly string[], notWritten: readonly string[], lang: Lang): string => {
    const zh = lang === 'zh-CN';
    const why = error.trim().replace(/[.。]+$/u, '');
    const parts = [zh ? `Excel 在写入时出错并停止:${why}。` : `Excel stopped with an error while writing: ${why}.`];
    if (written.length === 0 && partly.length === 0) parts.push(zh ? '工作簿未做任何修改。' : 'Nothing was written to the workbook.');
    if (written.length > 0) parts.push(zh ? `已写入:${list(written, lang)}。` : `Written: ${list(written, lang)}.`);
    if (partly.length > 0) parts.push(zh ? `可能只写入了一部分:${list(partly, lang)}。` : `Possibly written in part: ${list(partly, lang)}.`);
    if (notWritten.length > 0) parts.push(zh ? `未写入:${list(notWritten, lang)}。` : `Not written: ${list(notWritten, lang)}.`);
    if (written.length > 0 || partly.length > 0) {
      parts.push(zh ? 'Excel 不会撤销已写入的内容。请再执行一次同一操作,它会补齐缺少的部分,不会重复添加行。' : 'Excel does not undo what was written. Run the same command again: it completes what is missing without adding rows twice.');
    }
    return parts.join(zh ? '' : ' ');
  },
};

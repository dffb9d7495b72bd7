/**
 * Text of the preview's own chrome (banner, selection status, inspector). The add-in's UI text is
 * in src/i18n; these strings exist only in the preview, so they live beside it.
 */
import type { Lang } from '../core/model/types';

export interface PreviewStrings {
  /** The banner says both languages at once: it must be understood before anyone finds Settings. */
  readonly bannerTitle: string;
  readonly banner: string;
  /** What behaves differently from Excel, in the UI language. */
  readonly differences: string;
  readonly rejectedParams: (params: string) => string;
  readonly statusLabel: string;
  readonly noSelection: string;
  readonly selected: (where: string) => string;
  readonly inspect: string;
  readonly inspectorCaption: (where: string, table: string) => string;
  readonly inspectorOutside: (where: string) => string;
  readonly rowHeader: string;
  readonly selectedCell: string;
  readonly formula: string;
  readonly chartsRecorded: (n: number, titles: string) => string;
}

const BANNER_TITLE = '预览模式 / Preview';
const BANNER = '预览模式 — 未连接 Excel,数据只保存在本页内存中 / Preview — not connected to Excel; data lives in this page\'s memory only';

export const PREVIEW_STRINGS: Readonly<Record<Lang, PreviewStrings>> = {
  'zh-CN': {
    bannerTitle: BANNER_TITLE,
    banner: BANNER,
    differences: '与 Excel 的不同:图表只记录、不绘制;下拉列表只记录、不生效;导出的工作簿下载为文件。',
    rejectedParams: (p) => `网址参数无效,已忽略:${p}。格式:?lang=zh-CN 或 en-US,?today=YYYY-MM-DD。`,
    statusLabel: '选中的单元格',
    noSelection: '尚未选中单元格',
    selected: (where) => `已选中:${where}`,
    inspect: '查看选中位置',
    inspectorCaption: (where, table) => `${where} 附近(表格 ${table},只读)`,
    inspectorOutside: (where) => `${where} 不在任何表格中。`,
    rowHeader: '行',
    selectedCell: '(已选中)',
    formula: '公式',
    chartsRecorded: (n, titles) => `已记录 ${n} 个图表(预览不绘制):${titles}`,
  },
  'en-US': {
    bannerTitle: BANNER_TITLE,
    banner: BANNER,
    differences: 'Unlike Excel: charts are recorded but not drawn; dropdowns are recorded but not enforced; the exported workbook is downloaded as a file.',
    rejectedParams: (p) => `Ignored URL parameters that cannot be used: ${p}. Use ?lang=zh-CN or en-US and ?today=YYYY-MM-DD.`,
    statusLabel: 'Selected cell',
    noSelection: 'No cell selected yet',
    selected: (where) => `Selected: ${where}`,
    inspect: 'Inspect selection',
    inspectorCaption: (where, table) => `Around ${where} (table ${table}, read-only)`,
    inspectorOutside: (where) => `${where} is not inside a table.`,
    rowHeader: 'Row',
    selectedCell: ' (selected)',
    formula: 'formula',
    chartsRecorded: (n, titles) => `${n} chart(s) recorded (the preview does not draw them): ${titles}`,
  },
};

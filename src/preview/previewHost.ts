/**
 * The Host for the browser preview: an in-memory workbook instead of Excel.
 *
 * Supported, and why it is honest to say so:
 * - validation: the memory port records each column's data validation with the column (it does not
 *   enforce it while typing: there is no grid to type in). The add-in's own check covers every rule.
 * - createWorkbook: the HR export is downloaded as an .xlsx file instead of opening in Excel.
 * Not supported:
 * - charts: the dashboard's charts need Excel's chart engine, and the port has no chart operation,
 *   so nothing could be drawn or even recorded. The Scoring page says why the button is disabled.
 * - screenUpdating: there is no screen to suspend; it is an optimisation only, so nothing is lost.
 */
import type { MemoryPort } from '../adapters/memory/memoryPort';
import { serialOfLocalDate } from '../core/validate/dates';
import { uiLangOf } from '../i18n/uiLang';
import type { Host, HostSupports } from '../taskpane/host';
import { downloadXlsx } from './download';
import type { PreviewParams } from './params';
import { PREVIEW_STRINGS } from './previewStrings';

export const PREVIEW_SUPPORTS: HostSupports = {
  validation: true,
  charts: false,
  createWorkbook: true,
  screenUpdating: false,
};

export interface PreviewHostOptions {
  readonly params: PreviewParams;
  /** The browser's language, used when the URL does not fix one. */
  readonly browserLanguage: string;
  /** Hands a built .xlsx to the user; a download by default. */
  readonly download?: (base64: string, fileName: string) => void;
}

export function createPreviewHost(port: MemoryPort, options: PreviewHostOptions): Host {
  const displayLanguage = options.params.displayLanguage ?? options.browserLanguage ?? 'zh-CN';
  const s = PREVIEW_STRINGS[uiLangOf(displayLanguage)];
  const fixedToday = options.params.today;
  const download = options.download ?? ((base64: string, fileName: string) => downloadXlsx(base64, fileName));
  return {
    kind: 'preview',
    port,
    supports: PREVIEW_SUPPORTS,
    unsupportedReasons: [s.noCharts],
    openWorkbook: async (base64, fileName) => download(base64, fileName),
    today: () => fixedToday ?? serialOfLocalDate(new Date()),
    displayLanguage,
  };
}

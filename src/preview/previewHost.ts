/**
 * The Host for the browser preview: an in-memory workbook instead of Excel.
 *
 * Supported, and what "supported" means here (the banner says it too, see previewStrings.ts):
 * - validation: the memory port records each column's data validation with the column but does not
 *   enforce it (there is no grid to type in); the add-in's own check covers every rule anyway.
 * - charts: the dashboard's charts are recorded by the memory port (name, type, source range) but
 *   not drawn: drawing needs Excel's chart engine. The status bar lists what was recorded.
 * - createWorkbook: the HR export is downloaded as an .xlsx file instead of opening in Excel.
 * Not supported:
 * - screenUpdating: there is no screen to suspend; it only speeds up big writes in Excel, so
 *   nothing is disabled and there is nothing to tell the user.
 */
import type { MemoryPort } from '../adapters/memory/memoryPort';
import { serialOfLocalDate } from '../core/validate/dates';
import type { Host, HostSupports } from '../taskpane/host';
import { downloadXlsx } from './download';
import type { PreviewParams } from './params';

export const PREVIEW_SUPPORTS: HostSupports = {
  validation: true,
  charts: true,
  createWorkbook: true,
  screenUpdating: false,
  // The memory port records page setup (there is nothing to print in the preview).
  pageSetup: true,
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
  const fixedToday = options.params.today;
  const download = options.download ?? ((base64: string, fileName: string) => downloadXlsx(base64, fileName));
  return {
    kind: 'preview',
    port,
    supports: PREVIEW_SUPPORTS,
    // Nothing the App offers is disabled here; what differs from Excel is in the preview's banner.
    unsupportedReasons: [],
    openWorkbook: async (base64, fileName) => download(base64, fileName),
    today: () => fixedToday ?? serialOfLocalDate(new Date()),
    displayLanguage,
    // Settings → Self-test runs the port contract against this same in-memory workbook.
    selfTest: {
      host: 'preview',
      platform: `preview (memory port) ${typeof navigator !== 'undefined' ? navigator.userAgent : ''}`.trim(),
      port,
      reopen: async () => port,
      deleteSheetsAndNames: (sheets, names) => port.deleteSheetsAndNames(sheets, names),
    },
  };
}

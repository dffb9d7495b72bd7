/**
 * What the App needs from wherever it runs: Excel (index.tsx builds it from Office.js) or the
 * browser preview (src/preview builds it over an in-memory workbook). The App never touches
 * Office.js itself, so both hosts render the same UI.
 */
import type { WorkbookPort } from '../core/port/types';
import type { SelfTestTarget } from '../selftest/target';

/** Features that depend on the host's API level; a missing one disables only its own controls. */
export interface HostSupports {
  /** Data validation (dropdowns) in generated tables: ExcelApi 1.8. */
  readonly validation: boolean;
  /** Charts for the dashboard: ExcelApi 1.1 (charts.add). */
  readonly charts: boolean;
  /** Opening the HR export as a new workbook: Excel.createWorkbook, ExcelApi 1.8. */
  readonly createWorkbook: boolean;
  /** Suspending screen updating during big writes: ExcelApi 1.9 (an optimisation only). */
  readonly screenUpdating: boolean;
  /** Page setup of the generated sheets (A4, fit to width, print titles): ExcelApi 1.9. */
  readonly pageSetup: boolean;
}

export interface Host {
  readonly kind: 'office' | 'preview';
  readonly port: WorkbookPort;
  readonly supports: HostSupports;
  /** Localized, in the display language: why each disabled feature is disabled. */
  readonly unsupportedReasons: readonly string[];
  /**
   * Hands the user a new workbook. Office: Excel.createWorkbook(base64) (fileName unused: Excel
   * names the new window itself). Preview: downloads it as fileName.
   */
  openWorkbook(base64: string, fileName: string): Promise<void>;
  /** Today as an Excel serial date, in the user's local calendar. */
  today(): number;
  /** Office.context.displayLanguage, or the browser's language in the preview. */
  readonly displayLanguage: string;
  /** Where Settings → Self-test runs the port contract; without it the page says it cannot run here. */
  readonly selfTest?: SelfTestTarget;
}

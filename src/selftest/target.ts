import type { WorkbookPort } from '../core/port/types';

/**
 * Where the self-test runs: the live Office adapter in Excel, the memory port in the preview.
 * "Reopening" is a new port on the same workbook (Office) or the same port (memory).
 */
export interface SelfTestTarget {
  /** 'office' or 'preview': recorded in the report. */
  readonly host: string;
  /** Office's platform and version ("PC 16.0.17928"), or what the preview runs in. */
  readonly platform: string;
  readonly port: WorkbookPort;
  reopen(): Promise<WorkbookPort>;
  /** Deletes these sheets (with their tables) and workbook names, skipping any that do not exist. */
  deleteSheetsAndNames(sheets: readonly string[], names: readonly string[]): Promise<void>;
}

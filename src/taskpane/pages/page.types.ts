import type { Lang } from '../../core/model/types';
import type { Host } from '../host';

/** What the App knows about the open workbook (from one structure read, no row data). */
export interface WorkbookInfo {
  readonly loading: boolean;
  /** The workbench model version recorded in the workbook; null when not generated yet. */
  readonly modelVersion: number | null;
  /** The workbook's own language; null when not generated yet. */
  readonly lang: Lang | null;
  readonly error?: { readonly cause: unknown };
}

export interface PageProps {
  readonly host: Host;
  readonly workbook: WorkbookInfo;
  /** Call after writing structure (generate) so the App re-reads what the workbook is. */
  readonly onWorkbookChanged: () => void;
}

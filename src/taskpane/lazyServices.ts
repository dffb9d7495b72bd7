/**
 * Services loaded on demand. The HR export pulls in the .xlsx writer, which is far too big for the
 * first load (budget: 300 KB gzipped), so webpack puts this import in its own chunk.
 */
import type { Lang } from '../core/model/types';
import type { WorkbookPort } from '../core/port/types';

export interface ExportHrResult {
  readonly fileName: string;
  readonly base64: string;
}

export type ExportHr = (port: WorkbookPort, req: { from: string; to: string; lang: Lang }) => Promise<ExportHrResult>;

export async function loadExportHr(): Promise<ExportHr> {
  const mod = await import('../core/services/exportHr');
  return mod.exportHr;
}

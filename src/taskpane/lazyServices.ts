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
  // The core service gets the .xlsx writer from here: no core file imports an adapter (#9.17).
  const [mod, xlsx] = await Promise.all([import('../core/services/exportHr'), import('../adapters/xlsx/browser')]);
  return (port, req) => mod.exportHr(port, req, (lang) => xlsx.newXlsx({ lang }));
}

export type ArchiveService = typeof import('../core/services/archiveWorkbook');
export type ConsolidateService = typeof import('../core/services/consolidateHr');

/** The year-end archive (#12): builds the archive with the .xlsx writer, so it loads on first use. */
export async function loadArchive(): Promise<ArchiveService> {
  return import('../core/services/archiveWorkbook');
}

/** HR consolidation (#12): reads the picked files with the .xlsx reader, so it loads on first use. */
export async function loadConsolidate(): Promise<ConsolidateService> {
  return import('../core/services/consolidateHr');
}

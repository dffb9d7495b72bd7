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
  const [mod, xlsx] = await Promise.all([import('../core/services/exportHr'), loadXlsxIo()]);
  return (port, req) => mod.exportHr(port, req, xlsx.newWorkbook);
}

type ArchiveModule = typeof import('../core/services/archiveWorkbook');
type ConsolidateModule = typeof import('../core/services/consolidateHr');
type XlsxIo = import('../core/services/exportHr').XlsxIo;

export interface ArchiveService {
  prepareArchive(port: WorkbookPort, req: Parameters<ArchiveModule['prepareArchive']>[1]): ReturnType<ArchiveModule['prepareArchive']>;
  removeArchived: ArchiveModule['removeArchived'];
}

export interface ConsolidateService {
  consolidateHr(
    port: WorkbookPort,
    req: Parameters<ConsolidateModule['consolidateHr']>[1],
    progress?: Parameters<ConsolidateModule['consolidateHr']>[3],
  ): ReturnType<ConsolidateModule['consolidateHr']>;
}

/** The .xlsx writer and reader the core services are given (no core file imports an adapter, #9.17). */
async function loadXlsxIo(): Promise<XlsxIo> {
  const xlsx = await import('../adapters/xlsx/browser');
  return {
    newWorkbook: (lang) => xlsx.newXlsx({ lang }),
    openWorkbook: (bytes, options) => xlsx.openXlsxBuffer(bytes, options),
  };
}

/** The year-end archive (#12): builds the archive with the .xlsx writer, so it loads on first use. */
export async function loadArchive(): Promise<ArchiveService> {
  const [mod, xlsx] = await Promise.all([import('../core/services/archiveWorkbook'), loadXlsxIo()]);
  return {
    prepareArchive: (port, req) => mod.prepareArchive(port, req, xlsx),
    removeArchived: mod.removeArchived,
  };
}

/** HR consolidation (#12): reads the picked files with the .xlsx reader, so it loads on first use. */
export async function loadConsolidate(): Promise<ConsolidateService> {
  const [mod, xlsx] = await Promise.all([import('../core/services/consolidateHr'), loadXlsxIo()]);
  return { consolidateHr: (port, req, progress) => mod.consolidateHr(port, req, xlsx, progress) };
}

/**
 * The HR export in the task pane. The caller passes the writer of the new workbook (the .xlsx
 * adapter's newXlsx), so the core never imports an adapter (#9.17); the task pane loads both lazily,
 * which keeps the .xlsx writer out of the first bundle.
 */
import type { Lang } from '../model/types';
import type { WorkbookPort } from '../port/types';
import { PortError } from '../port/types';
import { planHrExport } from '../export/hrExport';
import { SCORING_TABLES } from './periodSummary';
import { toBase64 } from './base64';

/** A new, empty workbook that gives its bytes, such as the .xlsx adapter's newXlsx({ lang }). */
export interface BlankWorkbook extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
}

export type NewWorkbook = (lang: Lang) => BlankWorkbook;

/** Opens .xlsx bytes as a workbook, such as the .xlsx adapter's openXlsxBuffer(bytes, { lang, source }). */
export type OpenWorkbook = (bytes: Uint8Array, options: { lang: Lang; source?: string }) => Promise<WorkbookPort>;

/** The .xlsx writer and reader, handed in by the caller so that no core file imports an adapter (#9.17). */
export interface XlsxIo {
  readonly newWorkbook: NewWorkbook;
  readonly openWorkbook: OpenWorkbook;
}

export async function exportHr(
  port: WorkbookPort,
  req: { from: string; to: string; lang: Lang },
  newWorkbook: NewWorkbook,
): Promise<{ fileName: string; base64: string; rows: number }> {
  const structure = await port.readStructure();
  const lang = structure.meta.lang ?? req.lang;
  const plan = planHrExport(await port.readTables(SCORING_TABLES), req.from, req.to, lang);
  if ('error' in plan) throw new PortError('conflict', plan.error);
  const book = newWorkbook(lang);
  await book.apply(plan.ops);
  return { fileName: plan.fileName, base64: toBase64(await book.toBuffer()), rows: plan.rows };
}

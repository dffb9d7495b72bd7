/**
 * The HR export in the task pane. Loaded lazily (import('./exportHr')): it pulls in the .xlsx
 * writer, which stays out of the first bundle.
 */
import type { Lang } from '../model/types';
import type { WorkbookPort } from '../port/types';
import { PortError } from '../port/types';
import { newXlsx } from '../../adapters/xlsx/browser';
import { planHrExport } from '../export/hrExport';
import { SCORING_TABLES } from './periodSummary';
import { toBase64 } from './base64';

export async function exportHr(
  port: WorkbookPort,
  req: { from: string; to: string; lang: Lang },
): Promise<{ fileName: string; base64: string; rows: number }> {
  const structure = await port.readStructure();
  const lang = structure.meta.lang ?? req.lang;
  const plan = planHrExport(await port.readTables(SCORING_TABLES), req.from, req.to, lang);
  if ('error' in plan) throw new PortError('conflict', plan.error);
  const book = newXlsx({ lang });
  await book.apply(plan.ops);
  return { fileName: plan.fileName, base64: toBase64(await book.toBuffer()), rows: plan.rows };
}

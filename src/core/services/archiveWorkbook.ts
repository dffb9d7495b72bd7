/**
 * The year-end archive in the task pane, in two steps (loaded lazily: it pulls in the .xlsx
 * writer). prepareArchive builds the archive workbook from the current one, reads it back and
 * compares every moved row, and returns it for Excel.createWorkbook: nothing in the current
 * workbook changes. removeArchived runs only after the user confirms that the archive was saved:
 * it plans again from the workbook as it is now and refuses when the rows to move are no longer
 * exactly the ones archived (someone edited meanwhile); then it freezes the Kpi prefills of the
 * archived periods and deletes the rows, in one plan.
 */
import type { Lang } from '../model/types';
import type { TableData, WorkbookPort } from '../port/types';
import { PortError } from '../port/types';
import { WORKBOOK_MODEL } from '../model/workbook';
import type { XlsxIo } from './exportHr';
import { planArchive } from '../archive/planArchive';
import type { ArchivePlan } from '../archive/planArchive';
import { compareArchived } from '../archive/compare';
import { toBase64 } from './base64';

export interface PreparedArchive {
  readonly fileName: string;
  readonly base64: string;
  readonly rows: number;
  /** What was archived, to check against before removing anything. */
  readonly signature: string;
}

const TEXT = {
  nothing: { 'zh-CN': (p: string) => `${p} 之前没有可归档的行。`, 'en-US': (p: string) => `No rows dated before ${p} to archive.` },
  badPeriod: { 'zh-CN': (p: string) => `「${p}」不是月份(YYYY-MM)。`, 'en-US': (p: string) => `"${p}" is not a month (YYYY-MM).` },
  verify: {
    'zh-CN': (w: string) => `归档文件读回后与要移出的行不一致(${w}),未做任何修改。`,
    'en-US': (w: string) => `The archive read back differs from the rows to move (${w}); nothing was changed.`,
  },
  changed: {
    'zh-CN': () => '生成归档后工作簿中要移出的行有变化,未删除任何行。请重新生成归档。',
    'en-US': () => 'The rows to move changed after the archive was made; no row was removed. Make the archive again.',
  },
};

const signatureOf = (plan: ArchivePlan): string => JSON.stringify(plan.moved.map((m) => [m.table, m.sourceRows, m.rows]));

async function plan(port: WorkbookPort, before: string, lang: Lang): Promise<{ plan: ArchivePlan; tables: TableData[] }> {
  await port.readStructure();
  const tables = await port.readTables();
  const p = planArchive(WORKBOOK_MODEL, tables, { sheets: [], tables: [], names: [], meta: { modelVersion: null, lang: null } }, before, lang);
  if (!p) throw new PortError('conflict', TEXT.badPeriod[lang](before));
  return { plan: p, tables };
}

export async function prepareArchive(port: WorkbookPort, req: { before: string; lang: Lang }, xlsx: XlsxIo): Promise<PreparedArchive> {
  const { plan: p } = await plan(port, req.before, req.lang);
  const rows = p.moved.reduce((n, m) => n + m.rows.length, 0);
  if (rows === 0) throw new PortError('conflict', TEXT.nothing[req.lang](req.before));
  const book = xlsx.newWorkbook(req.lang);
  await book.apply(p.archiveOps);
  const bytes = await book.toBuffer();
  const back = await (await xlsx.openWorkbook(bytes, { lang: req.lang })).readTables(p.moved.map((m) => m.table));
  const diff = compareArchived(p.moved, [], back);
  if (diff) throw new PortError('conflict', TEXT.verify[req.lang](diff));
  const fileName = `${req.lang === 'zh-CN' ? '归档' : 'Archive'}_${req.before}.xlsx`;
  return { fileName, base64: toBase64(bytes), rows, signature: signatureOf(p) };
}

export async function removeArchived(port: WorkbookPort, req: { before: string; lang: Lang; signature: string }): Promise<number> {
  const { plan: p } = await plan(port, req.before, req.lang);
  if (signatureOf(p) !== req.signature) throw new PortError('conflict', TEXT.changed[req.lang]());
  await port.apply(p.sourceOps);
  return p.moved.reduce((n, m) => n + m.rows.length, 0);
}

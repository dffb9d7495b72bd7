/**
 * The .xlsx adapter for Node.js (the command line). Browser code imports ./browser instead, which
 * is the same adapter without file access.
 */
import type { XlsxOptions } from './workbook';
import { XlsxWorkbook, createXlsx, loadXlsx } from './workbook';
import { readFileBytes, writeFileAtomic } from './file';
import { NODE_ZIP } from './nodeZip';
import { nodeChecker } from './nodeChecker';

export { XlsxWorkbook } from './workbook';
export type { FileWriter, XlsxOptions } from './workbook';

type Options = Omit<XlsxOptions, 'writer' | 'codec' | 'checker'>;

/** One checker (one worker thread) for the process, started when first used. */
const CHECKER = nodeChecker();

/** A new, empty workbook that can be saved to a file. */
export function newXlsx(options: Options = {}): XlsxWorkbook {
  return createXlsx({ ...options, writer: writeFileAtomic, codec: NODE_ZIP, ...(CHECKER ? { checker: CHECKER } : {}) });
}

export async function openXlsxBuffer(buf: Uint8Array, options: Options = {}): Promise<XlsxWorkbook> {
  return loadXlsx(buf, { ...options, writer: writeFileAtomic, codec: NODE_ZIP, ...(CHECKER ? { checker: CHECKER } : {}) });
}

/** Opens a file; a missing, unreadable or non-.xlsx file gives PortError('unreadable'). */
export async function openXlsx(path: string, options: Options = {}): Promise<XlsxWorkbook> {
  const bytes = await readFileBytes(path, options.lang ?? 'zh-CN');
  return loadXlsx(bytes, { source: path, ...options, writer: writeFileAtomic, codec: NODE_ZIP, ...(CHECKER ? { checker: CHECKER } : {}) });
}

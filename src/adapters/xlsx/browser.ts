/**
 * The .xlsx adapter for the browser (e.g. the task pane's HR export, loaded lazily): no file
 * access, so save() is unsupported; use toBuffer() and hand the bytes to Excel.createWorkbook.
 */
import type { XlsxOptions } from './workbook';
import { XlsxWorkbook, createXlsx, loadXlsx } from './workbook';

export { XlsxWorkbook } from './workbook';

type Options = Omit<XlsxOptions, 'writer'>;

export function newXlsx(options: Options = {}): XlsxWorkbook {
  return createXlsx(options);
}

export async function openXlsxBuffer(buf: Uint8Array, options: Options = {}): Promise<XlsxWorkbook> {
  return loadXlsx(buf, options);
}

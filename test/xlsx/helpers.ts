/** Shared helpers for the .xlsx adapter tests. */
import JSZip from 'jszip';
import type { ColumnFormat, WriteOp } from '../../src/core/port/types';
import { newXlsx, openXlsxBuffer } from '../../src/adapters/xlsx';
import type { XlsxWorkbook } from '../../src/adapters/xlsx';

export const VISIT_COLUMNS: ColumnFormat[] = [
  { header: '日期', numberFormat: 'yyyy-mm-dd', width: 12, validation: { rule: { kind: 'date', min: 36526 }, errorStyle: 'stop', error: '请输入日期' } },
  { header: '回访期限', numberFormat: 'yyyy-mm-dd', formula: '=Visits[[#This Row],[日期]]+7', computed: true },
  { header: '可报销', validation: { rule: { kind: 'list', source: '=List_yesno' }, errorStyle: 'warning', prompt: '是/否' } },
  { header: '备注', numberFormat: '@' },
];

/** A small workbook like the generated one: a visible data sheet and the hidden Lists sheet. */
export function baseOps(rows: (string | number | null)[][] = []): WriteOp[] {
  return [
    { op: 'addSheet', name: '拜访日报', visibility: 'visible', tabColor: '2F75B5' },
    { op: 'addSheet', name: 'Lists', visibility: 'veryHidden' },
    { op: 'writeCells', sheet: 'Lists', row: 1, col: 1, values: [['key', 'value'], ['modelVersion', 1], ['lang', 'zh-CN']] },
    { op: 'writeCells', sheet: 'Lists', row: 1, col: 4, values: [['是否'], ['是'], ['否']], numberFormat: '@' },
    { op: 'defineName', name: 'List_yesno', ref: "'Lists'!$D$2:$D$3" },
    { op: 'createTable', sheet: '拜访日报', name: 'Visits', row: 1, col: 1, columns: VISIT_COLUMNS, rows, style: 'TableStyleMedium2' },
    { op: 'freezeRows', sheet: '拜访日报', rows: 1 },
  ];
}

export async function baseWorkbook(rows: (string | number | null)[][] = []): Promise<XlsxWorkbook> {
  const wb = newXlsx();
  await wb.apply(baseOps(rows));
  return wb;
}

export async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return openXlsxBuffer(await wb.toBuffer());
}

/** The text of one part of an .xlsx. */
export async function partText(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)?.async('string');
}

export async function partNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
}

/** Every part's bytes, to compare what a write kept. */
export async function partBytes(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, Buffer.from(await f.async('uint8array')));
  return out;
}

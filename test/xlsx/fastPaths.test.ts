/**
 * The paths that make the command line fast (issue #9's bench) keep every safety property:
 * a worksheet edited over its bytes writes untouched rows back as the same bytes, appended rows
 * come out as putCell would write them, an unchanged part is copied as stored, the read-back
 * check still finds damage in copied rows, and reading ahead or reading Latin-1 changes no value.
 */
import JSZip from 'jszip';
import { openXlsxBuffer } from '../../src/adapters/xlsx';
import { Package } from '../../src/adapters/xlsx/package';
import { SheetDoc } from '../../src/adapters/xlsx/sheet';
import { writtenPartFault } from '../../src/adapters/xlsx/verifyPart';
import { NODE_ZIP } from '../../src/adapters/xlsx/nodeZip';
import { baseWorkbook, partBytes } from './helpers';

const utf8 = new TextEncoder();

function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="m"><dimension ref="A1:B2"/><sheetData>${rows}</sheetData><pageMargins left="0.7"/></worksheet>`;
}

describe('a worksheet edited over its bytes', () => {
  const rows = '<row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>东方 &amp; 物流</t></is></c></row>\n  <row r="2"><c r="B2"><f>A1&amp;"号"</f></c></row>';

  it('writes untouched rows back as the same bytes, and an edited one rebuilt', () => {
    const doc = new SheetDoc(utf8.encode(sheetXml(rows)));
    expect(doc.serialize()).toBe(sheetXml(rows));
    doc.setCell(2, 1, '<c r="A2"><v>7</v></c>');
    expect(doc.serialize()).toContain('<row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>东方 &amp; 物流</t></is></c></row><row r="2"><c r="A2"><v>7</v></c><c r="B2"><f>A1&amp;"号"</f></c></row>');
  });

  it('reads a part it cannot index (a comment between rows) as text, as before', () => {
    const xml = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row><!-- note --><row r="2"><c r="A2"><v>2</v></c></row>`);
    const doc = new SheetDoc(utf8.encode(xml));
    expect(doc.cell(2, 1)).toBe('<c r="A2"><v>2</v></c>');
  });
});

describe('appended rows', () => {
  it('come out as the cells putCell writes, and stay rows a later edit can read', async () => {
    const wb = await baseWorkbook([['2026-10-01', null, '是', 'a']]);
    await wb.apply([{ op: 'appendRows', table: 'Visits', rows: [[46300, null, '否', '东方'], [46301, null, null, null]] }]);
    const back = await openXlsxBuffer(await wb.toBuffer());
    const [visits] = await back.readTables(['Visits']);
    expect(visits!.rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([[46300, '否', '东方'], [46301, null, null]]);
    // A second plan on the same workbook reads and edits the appended rows.
    await wb.apply([{ op: 'setCells', table: 'Visits', cells: [{ row: 4, header: '备注', value: '改' }] }]);
    const [again] = await (await openXlsxBuffer(await wb.toBuffer())).readTables(['Visits']);
    expect(again!.rows[2]![3]).toBe('改');
  });

  it('become ordinary rows when the same plan edits one of them', async () => {
    const wb = await baseWorkbook([['a', null, '是', 'a']]);
    await wb.apply([
      { op: 'appendRows', table: 'Visits', rows: [[1, null, null, 'b'], [2, null, null, 'c']] },
      { op: 'setCells', table: 'Visits', cells: [{ row: 3, header: '备注', value: 'B' }] },
    ]);
    const [visits] = await (await openXlsxBuffer(await wb.toBuffer())).readTables(['Visits']);
    expect(visits!.rows.map((r) => r[3])).toEqual(['a', 'B', 'c']);
  });
});

describe('saving through the native codec', () => {
  it('copies a part the plan did not touch exactly as it was stored', async () => {
    const wb = await baseWorkbook([['x', null, '是', 'a']]);
    const first = await wb.toBuffer();
    const reopened = await openXlsxBuffer(first);
    await reopened.apply([{ op: 'writeCells', sheet: 'Lists', row: 10, col: 1, values: [['n']] }]);
    const second = await reopened.toBuffer();
    const raw = async (bytes: Uint8Array, name: string): Promise<unknown> =>
      (JSZip.loadAsync(bytes).then((z) => (z.file(name) as unknown as { _data: { compressedContent: Uint8Array } })._data.compressedContent));
    expect(Buffer.from((await raw(second, 'xl/styles.xml')) as Uint8Array)).toEqual(Buffer.from((await raw(first, 'xl/styles.xml')) as Uint8Array));
    const before = await partBytes(first);
    const after = await partBytes(second);
    expect(after.get('xl/theme/theme1.xml')).toEqual(before.get('xl/theme/theme1.xml'));
  });
});

describe('the read-back check of a written worksheet', () => {
  it('compares copied rows rather than parsing them, and finds a change in them', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>';
    const doc = new SheetDoc(utf8.encode(sheetXml(rows)));
    doc.setCell(3, 1, '<c r="A3"><v>3</v></c>');
    const written = Buffer.concat([...doc.chunks()]);
    const copied = doc.copiedRanges();
    expect(copied.length).toBe(1);
    const check = async (bytes: Uint8Array): Promise<string | undefined> => {
      const zip = new JSZip();
      zip.file('s.xml', bytes);
      const pkg = await Package.load(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), NODE_ZIP);
      return writtenPartFault(pkg, 's.xml', copied);
    };
    expect(await check(written)).toBeUndefined();
    const damaged = Buffer.from(written);
    damaged[copied[0]!.from + 10] = 0x39;
    expect(await check(damaged)).toMatch(/differ/);
    expect(await check(written.subarray(0, copied[0]!.from + 5))).toMatch(/truncated/);
    const broken = Buffer.from(written.toString('utf8').replace('<c r="A3">', '<c r="A3">&'));
    expect(await check(broken)).toBeDefined();
  });

  it('names a large part whose data does not match its CRC-32, in the user\'s language', async () => {
    const rows = Array.from({ length: 12_000 }, (_x, i) => [46000 + (i % 300), null, '是', `备注 ${i} ${'x'.repeat(40)}`]);
    const wb = await baseWorkbook(rows);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const stored = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
    // A digit changed inside the (stored, over 1 MB, so read lazily) worksheet: still XML, wrong CRC.
    const at = stored.indexOf('<v>46150</v>');
    stored[at + 3] = 0x35;
    const book = await openXlsxBuffer(stored, { lang: 'zh-CN', source: 'b.xlsx' });
    await expect(book.readTables(['Visits'])).rejects.toThrow(/b\.xlsx.*xl\/worksheets\/sheet1\.xml.*已损坏/);
    await expect(book.apply([{ op: 'writeCells', sheet: 'Lists', row: 9, col: 1, values: [['x']] }])).rejects.toThrow(/已损坏/);
  });

  it('refuses a zip entry whose data does not match its CRC-32', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a>hello hello hello</a>', { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const at = Buffer.from(bytes).indexOf('hello');
    bytes[at] = 0x48;
    const pkg = await Package.load(bytes, NODE_ZIP).catch((e: Error) => e);
    expect(pkg).toBeInstanceOf(Error);
  });
});

describe('reading', () => {
  it('gives the same tables read ahead or not, with Chinese inline and formula text read as Latin-1', async () => {
    const wb = await baseWorkbook([['东方 物流', null, '是', '内联']]);
    const bytes = await wb.toBuffer();
    const zip = await JSZip.loadAsync(bytes);
    const name = Object.keys(zip.files).find((n) => /worksheets\/sheet1\.xml$/.test(n))!;
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/<c r="D2"[^>]*?(\/>|>.*?<\/c>)/, '<c r="D2" t="inlineStr"><is><t>内联 &amp; 文本</t></is></c>').replace(/(<c r="B2"[^>]*>)<f>(.*?)<\/f><\/c>/, '$1<f>$2</f><v>日期</v></c>').replace(/(<c r="B2"[^>]*?)>/, '$1 t="str">'));
    const edited = await zip.generateAsync({ type: 'uint8array' });
    const plain = await (await openXlsxBuffer(edited)).readTables(['Visits']);
    const ahead = await openXlsxBuffer(edited, { readAhead: true });
    await ahead.readStructure();
    const read = await ahead.readTables(['Visits']);
    expect(read).toEqual(plain);
    expect(plain[0]!.rows[0]).toEqual(['东方 物流', '日期', '是', '内联 & 文本']);
  });
});

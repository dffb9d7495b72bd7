/**
 * Files written by other tools differ from ours: namespace prefixes, absolute relationship targets,
 * rich text with phonetic runs, shared formulas, cells without addresses, chart sheets. The reader
 * takes them all, and writing keeps what it does not own.
 */
import JSZip from 'jszip';
import { openXlsxBuffer } from '../../src/adapters/xlsx';
import { partText } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function foreignBook(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:bookViews><x:workbookView activeTab="0"/></x:bookViews><x:sheets>` +
      '<x:sheet name="Data &amp; more" sheetId="3" rel:id="rId1"/><x:sheet name="Chart1" sheetId="4" rel:id="rId9"/></x:sheets>' +
      '<x:definedNames><x:definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Data &amp; more\'!$A$1:$C$3</x:definedName>' +
      '<x:definedName name="Local" localSheetId="0">1</x:definedName><x:definedName name="Rate">0.5</x:definedName></x:definedNames></x:workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId9" Type="${R}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`,
  );
  zip.file('xl/chartsheets/sheet1.xml', `<chartsheet xmlns="${MAIN}"/>`);
  zip.file('xl/calcChain.xml', `<calcChain xmlns="${MAIN}"><c r="C2" i="3"/><c r="C3"/></calcChain>`);
  zip.file(
    'xl/sharedStrings.xml',
    `<x:sst xmlns:x="${MAIN}"><x:si><x:t>名称</x:t></x:si><x:si><x:t>数量</x:t></x:si><x:si><x:t>合计</x:t></x:si>` +
      '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>东方</x:t></x:r><x:r><x:t xml:space="preserve"> 物流</x:t></x:r><x:rPh sb="0" eb="2"><x:t>トウホウ</x:t></x:rPh></x:si>' +
      '<x:si><x:t>line_x000D_two</x:t></x:si></x:sst>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${R}"><x:dimension ref="A1:C4"/><x:sheetData>` +
      '<x:row r="1" spans="1:3"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>' +
      '<x:row r="2" spans="1:3"><x:c r="A2" t="s"><x:v>3</x:v></x:c><x:c r="B2"><x:v>2</x:v></x:c><x:c r="C2"><x:f t="shared" ref="C2:C3" si="0">Sales[[#This Row],[数量]]*10</x:f><x:v>20</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c t="inlineStr"><x:is><x:t>内联 &amp; 文本</x:t></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c><x:f t="shared" si="0"/><x:v>10</x:v></x:c></x:row>' +
      '<x:row r="5"><x:c r="A5" t="e"><x:v>#REF!</x:v></x:c><x:c r="B5" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="C5" t="s"><x:v>4</x:v></x:c></x:row>' +
      '</x:sheetData><x:tableParts count="1"><x:tablePart r:id="rId1"/></x:tableParts></x:worksheet>',
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/table" Target="../tables/table1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/tables/table1.xml',
    `<table xmlns="${MAIN}" id="7" name="Table7" displayName="Sales" ref="A1:C3"><autoFilter ref="A1:C3"/><tableColumns count="3">` +
      '<tableColumn id="1" name="名称"/><tableColumn id="2" name="数量"/><tableColumn id="3" name="合计"><calculatedColumnFormula>Sales[[#This Row],[数量]]*10</calculatedColumnFormula></tableColumn>' +
      '</tableColumns><tableStyleInfo name="TableStyleLight1"/></table>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('reading workbooks written by other tools', () => {
  it('reads prefixed parts, rich text, inline strings, booleans, errors and formula results', async () => {
    const wb = await openXlsxBuffer(await foreignBook());
    const s = await wb.readStructure();
    expect(s.sheets).toEqual([
      { name: 'Data & more', visibility: 'visible', lastRow: 5, lastCol: 3 },
      { name: 'Chart1', visibility: 'visible', lastRow: 0, lastCol: 0 },
    ]);
    expect(s.names).toEqual(['Rate']);
    expect(s.tables).toEqual([{ name: 'Sales', sheet: 'Data & more', headerRow: 1, firstCol: 1, headers: ['名称', '数量', '合计'], rowCount: 2 }]);
    const [t] = await wb.readTables(['sales']);
    expect(t!.rows).toEqual([
      ['东方 物流', 2, 20],
      ['内联 & 文本', true, 10],
    ]);
  });

  it('appends rows that fill the calculated column, drops the stale calc chain, and keeps the prefix', async () => {
    const wb = await openXlsxBuffer(await foreignBook());
    await wb.apply([{ op: 'appendRows', table: 'Sales', rows: [['新客户', 5]] }]);
    const bytes = await wb.toBuffer();
    const sheet = (await partText(bytes, 'xl/worksheets/sheet1.xml'))!;
    expect(sheet).toContain('<x:row r="4"><x:c r="A4" t="s"><x:v>5</x:v></x:c><x:c r="B4"><x:v>5</x:v></x:c><x:c r="C4"><x:f>Sales[[#This Row],[数量]]*10</x:f></x:c></x:row>');
    // Untouched rows are copied as they were, shared formulas and all.
    expect(sheet).toContain('<x:row r="3"><x:c t="inlineStr">');
    expect(await partText(bytes, 'xl/calcChain.xml')).toBeUndefined();
    expect(await partText(bytes, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await partText(bytes, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
    expect(await partText(bytes, 'xl/sharedStrings.xml')).toContain('<x:si><x:t xml:space="preserve">新客户</x:t></x:si>');
    const [t] = await (await openXlsxBuffer(bytes)).readTables();
    expect(t!.rows[2]).toEqual(['新客户', 5, null]);
  });

  it('refuses to overwrite the cell that anchors a shared formula, and changes nothing', async () => {
    const wb = await openXlsxBuffer(await foreignBook());
    await expect(wb.apply([{ op: 'setCells', table: 'Sales', cells: [{ row: 2, header: '合计', value: 1 }] }])).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('C2'),
    });
    // A dependent cell may be overwritten: it only loses its own formula.
    await wb.apply([{ op: 'setCells', table: 'Sales', cells: [{ row: 3, header: '合计', value: 99 }] }]);
    expect((await wb.readTables())[0]!.rows[1]).toEqual(['内联 & 文本', true, 99]);
  });
});

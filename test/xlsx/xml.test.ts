import { fromFileFormula, toFileFormula } from '../../src/adapters/xlsx/formulas';
import { setColumnWidth, validationXml } from '../../src/adapters/xlsx/columns';
import { SheetDoc } from '../../src/adapters/xlsx/sheet';
import { WORKSHEET_ORDER } from '../../src/adapters/xlsx/skeleton';
import { decodeXstring, escapeText, insertChild, rootChildren, runText, setAttr } from '../../src/adapters/xlsx/xml';

const SHEET =
  '<?xml version="1.0"?><worksheet xmlns="m"><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
  '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
  '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>' +
  '<pageMargins left="0.7"/><extLst><ext uri="y"/></extLst></worksheet>';

describe('xml helpers', () => {
  it('lists only the root children, jumping over sheetData', () => {
    expect(rootChildren(SHEET).map((c) => c.name)).toEqual(['sheetViews', 'sheetData', 'conditionalFormatting', 'pageMargins', 'extLst']);
  });

  it('inserts elements where the schema wants them, not before a nested extLst', () => {
    const withDv = insertChild(SHEET, WORKSHEET_ORDER, 'dataValidations', '<dataValidations/>');
    expect(withDv).toContain('</conditionalFormatting><dataValidations/><pageMargins');
    const withParts = insertChild(SHEET, WORKSHEET_ORDER, 'tableParts', '<tableParts/>');
    expect(withParts).toContain('<pageMargins left="0.7"/><tableParts/><extLst><ext uri="y"/>');
  });

  it('sets and removes attributes of a start tag', () => {
    expect(setAttr('<c r="A1" s="2"/>', 's', '5')).toBe('<c r="A1" s="5"/>');
    expect(setAttr('<c r="A1"/>', 's', '5')).toBe('<c r="A1" s="5"/>');
    expect(setAttr('<row r="1" spans="1:3">', 'spans', null)).toBe('<row r="1">');
  });

  it('escapes what XML cannot carry the way SpreadsheetML does, and reads it back', () => {
    expect(escapeText('a\u0001b_x0041_<')).toBe('a_x0001_b_x005F_x0041_&lt;');
    expect(decodeXstring('a_x0001_b_x005F_x0041_')).toBe('a\u0001b_x0041_');
    expect(runText('<r><t>东方</t></r><r><t xml:space="preserve"> 物流</t></r><rPh sb="0" eb="1"><t>ト</t></rPh>')).toBe('东方 物流');
  });

  it('prefixes functions newer than Excel 2007, outside string literals only', () => {
    expect(toFileFormula('=IFNA(A1,"IFNA(")+FLOOR.MATH(2)')).toBe('_xlfn.IFNA(A1,"IFNA(")+_xlfn.FLOOR.MATH(2)');
    expect(toFileFormula('=SUMIFS(A:A,B:B,1)')).toBe('SUMIFS(A:A,B:B,1)');
    expect(fromFileFormula('_xlfn.IFNA(A1,0)')).toBe('=IFNA(A1,0)');
  });

  it('splits a column range to set one width', () => {
    const doc = new SheetDoc('<worksheet><cols><col min="1" max="5" width="9" style="3"/></cols><sheetData/></worksheet>');
    setColumnWidth(doc, 3, 20);
    expect(doc.serialize()).toContain(
      '<cols><col min="1" max="2" width="9" style="3"/><col min="3" max="3" width="20" style="3" customWidth="1"/><col min="4" max="5" width="9" style="3"/></cols>',
    );
  });

  it('writes validation rules, clipping messages to what Excel accepts', () => {
    const xml = validationXml('', 'A2:A5000', { rule: { kind: 'whole', min: 0, max: 100 }, errorStyle: 'stop', prompt: '长'.repeat(300) });
    expect(xml).toMatch(/^<dataValidation type="whole" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop" prompt="长{254}…" sqref="A2:A5000"><formula1>0<\/formula1><formula2>100<\/formula2><\/dataValidation>$/);
    expect(validationXml('', 'B2:B9', { rule: { kind: 'list', source: '加急,普通' }, errorStyle: 'warning' })).toContain('<formula1>"加急,普通"</formula1>');
  });
});

import JSZip from 'jszip';
import { PortError } from '../../src/core/port/types';
import { newXlsx, openXlsxBuffer } from '../../src/adapters/xlsx';
import { baseOps, baseWorkbook, partText, reopen } from './helpers';

describe('xlsx adapter: writing a new workbook and reading it back', () => {
  it('keeps sheets, visibility, tables, names and meta', async () => {
    const wb = await reopen(await baseWorkbook([[46000, null, '是', 'a']]));
    const s = await wb.readStructure();
    expect(s.sheets.map((x) => [x.name, x.visibility])).toEqual([
      ['拜访日报', 'visible'],
      ['Lists', 'veryHidden'],
    ]);
    expect(s.tables).toEqual([
      { name: 'Visits', sheet: '拜访日报', headerRow: 1, firstCol: 1, headers: ['日期', '回访期限', '可报销', '备注'], rowCount: 1 },
    ]);
    expect(s.names).toEqual(['List_yesno']);
    expect(s.meta).toEqual({ modelVersion: 1, lang: 'zh-CN' });
  });

  it('stores strings that look like formulas as text, and formulas as formulas', async () => {
    const texts = ['=1+1', '+86 138', '-5', '@x', '=HYPERLINK("http://evil")'];
    const wb = newXlsx();
    await wb.apply([
      { op: 'addSheet', name: 'S', visibility: 'visible' },
      { op: 'writeCells', sheet: 'S', row: 1, col: 1, values: [texts, [{ formula: '=1+1' }, { formula: 'IFNA(1,2)' }, true, 3.5, null]] },
    ]);
    const bytes = await wb.toBuffer();
    const xml = (await partText(bytes, 'xl/worksheets/sheet1.xml'))!;
    const row1 = /<row r="1">([\s\S]*?)<\/row>/.exec(xml)![1]!;
    expect(row1).not.toContain('<f>');
    expect(row1.match(/t="s"/g)).toHaveLength(texts.length);
    expect(xml).toContain('<c r="A2"><f>1+1</f></c>');
    // Functions newer than Excel 2007 need their file prefix, or Excel shows #NAME?.
    expect(xml).toContain('<f>_xlfn.IFNA(1,2)</f>');
    const sst = (await partText(bytes, 'xl/sharedStrings.xml'))!;
    expect(sst).toContain('=HYPERLINK(&quot;http://evil&quot;)'.replace(/&quot;/g, '"'));
  });

  it('marks computed columns and formats columns; validation reaches below the table', async () => {
    const bytes = await (await baseWorkbook([[46000, null, '是', 'a']])).toBuffer();
    const sheet = (await partText(bytes, 'xl/worksheets/sheet1.xml'))!;
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="C2:C5000"><formula1>List_yesno<\/formula1>/);
    expect(sheet).toMatch(/<dataValidation type="date" operator="greaterThanOrEqual"[^>]*error="请输入日期"[^>]*sqref="A2:A5000"/);
    expect(sheet).toContain('<col min="1" max="1" width="12" customWidth="1"/>');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const styles = (await partText(bytes, 'xl/styles.xml'))!;
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.match(/<xf [^>]*\/>/g)!;
    const b2 = /<c r="B2" s="(\d+)"/.exec(sheet)![1]!;
    expect(xfs[Number(b2)]).toMatch(/applyFont="1" applyFill="1"/);
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    expect(styles).toMatch(/<font><i\/>/);
  });

  it('writes calculated column formulas into the table part, so rows added in Excel fill them', async () => {
    const bytes = await (await baseWorkbook()).toBuffer();
    const table = (await partText(bytes, 'xl/tables/table1.xml'))!;
    expect(table).toContain(
      '<tableColumn id="2" name="回访期限"><calculatedColumnFormula>Visits[[#This Row],[日期]]+7</calculatedColumnFormula></tableColumn>',
    );
    expect(table).toContain('ref="A1:D2"');
    expect(table).toContain('<autoFilter ref="A1:D2"/>');
  });

  it('gives an empty table one blank row that holds the formulas, and fills it first when rows are appended', async () => {
    const wb = await baseWorkbook();
    let [t] = await wb.readTables(['Visits']);
    expect(t!.rowCount).toBe(1);
    expect(t!.rows).toEqual([[null, null, null, null]]);
    await wb.apply([{ op: 'appendRows', table: 'Visits', rows: [[46001, null, '否', 'x'], [46002]] }]);
    [t] = await (await reopen(wb)).readTables(['Visits']);
    expect(t!.rows).toEqual([
      [46001, null, '否', 'x'],
      [46002, null, null, null],
    ]);
    const sheet = (await partText(await wb.toBuffer(), 'xl/worksheets/sheet1.xml'))!;
    expect(sheet).toMatch(/<c r="B3" s="\d+"><f>Visits\[\[#This Row\],\[日期\]\]\+7<\/f><\/c>/);
    // The new row looks like the one above it (date format on A, text format on D).
    expect(/<c r="A3" s="(\d+)"/.exec(sheet)![1]).toBe(/<c r="A2" s="(\d+)"/.exec(sheet)![1]);
    expect(/<c r="D3" s="(\d+)"/.exec(sheet)![1]).toBe(/<c r="D2" s="(\d+)"/.exec(sheet)![1]);
  });

  it('appends below existing rows and grows the table and its filter', async () => {
    const wb = await reopen(await baseWorkbook([[46000, null, '是', 'a']]));
    await wb.apply([{ op: 'appendRows', table: 'Visits', rows: [[46001, null, '否', 'b']] }]);
    const bytes = await wb.toBuffer();
    const table = (await partText(bytes, 'xl/tables/table1.xml'))!;
    expect(table).toContain(' ref="A1:D3" ');
    expect(table).toContain('<autoFilter ref="A1:D3"/>');
    const [t] = await (await openXlsxBuffer(bytes)).readTables();
    expect(t!.rows.map((r) => r[0])).toEqual([46000, 46001]);
  });

  it('extends validation when a table grows past it', async () => {
    const wb = await baseWorkbook();
    const rows = Array.from({ length: 5100 }, (_, i) => [46000 + i, null, '是', null]);
    await wb.apply([{ op: 'appendRows', table: 'Visits', rows }]);
    const sheet = (await partText(await wb.toBuffer(), 'xl/worksheets/sheet1.xml'))!;
    expect(sheet).toContain('sqref="C2:C7101"');
  });

  it('sets cells by header, keeping their look, and clears with null or ""', async () => {
    const wb = await reopen(await baseWorkbook([[46000, null, '是', 'a'], [46001, null, '否', 'b']]));
    await wb.apply([
      {
        op: 'setCells',
        table: 'Visits',
        cells: [
          { row: 2, header: '备注', value: '改' },
          { row: 3, header: '可报销', value: null },
          { row: 3, header: '备注', value: '' },
        ],
      },
    ]);
    const [t] = await (await reopen(wb)).readTables();
    expect(t!.rows).toEqual([
      [46000, null, '是', '改'],
      [46001, null, null, null],
    ]);
    await expect(wb.apply([{ op: 'setCells', table: 'Visits', cells: [{ row: 9, header: '备注', value: 1 }] }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(wb.apply([{ op: 'setCells', table: 'Visits', cells: [{ row: 2, header: 'nope', value: 1 }] }])).rejects.toMatchObject({ code: 'conflict' });
  });

  it('adds columns with their formulas and widens the table', async () => {
    const wb = await reopen(await baseWorkbook([[46000, null, '是', 'a']]));
    await wb.apply([
      { op: 'addColumns', table: 'Visits', columns: [{ header: '两周后', formula: '=Visits[[#This Row],[日期]]+14', computed: true, numberFormat: 'yyyy-mm-dd' }, { header: '附注' }] },
    ]);
    const bytes = await wb.toBuffer();
    const table = (await partText(bytes, 'xl/tables/table1.xml'))!;
    expect(table).toContain('ref="A1:F2"');
    expect(table).toContain('<tableColumns count="6">');
    expect(table).toContain('<tableColumn id="5" name="两周后"><calculatedColumnFormula>Visits[[#This Row],[日期]]+14</calculatedColumnFormula></tableColumn><tableColumn id="6" name="附注"/>');
    expect(await partText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="E2" s="\d+"><f>Visits\[\[#This Row\],\[日期\]\]\+14<\/f><\/c>/);
    const s = await (await openXlsxBuffer(bytes)).readStructure();
    expect(s.tables[0]!.headers).toEqual(['日期', '回访期限', '可报销', '备注', '两周后', '附注']);
  });

  it('redefines a name instead of adding a second one', async () => {
    const wb = await reopen(await baseWorkbook());
    await wb.apply([{ op: 'defineName', name: 'list_YESNO', ref: "'Lists'!$D$2:$D$9" }]);
    const xml = (await partText(await wb.toBuffer(), 'xl/workbook.xml'))!;
    expect(xml.match(/<definedName /g)).toHaveLength(1);
    expect(xml).toContain(`<definedName name="list_YESNO">'Lists'!$D$2:$D$9</definedName>`);
  });

  it('activates one sheet, and keeps Excel from opening on a hidden one', async () => {
    const wb = newXlsx();
    await wb.apply([
      { op: 'addSheet', name: 'A', visibility: 'visible' },
      { op: 'addSheet', name: 'B', visibility: 'visible' },
      { op: 'activate', sheet: 'B' },
    ]);
    let xml = (await partText(await wb.toBuffer(), 'xl/workbook.xml'))!;
    expect(xml).toContain('activeTab="1"');
    await wb.apply([{ op: 'setVisibility', sheet: 'B', visibility: 'hidden' }]);
    const bytes = await wb.toBuffer();
    xml = (await partText(bytes, 'xl/workbook.xml'))!;
    expect(xml).toContain('activeTab="0"');
    expect(xml).toContain('<sheet name="B" sheetId="2" r:id="rId5" state="hidden"/>');
    expect(await partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('tabSelected="1"');
    expect(await partText(bytes, 'xl/worksheets/sheet2.xml')).not.toContain('tabSelected');
    await expect(wb.apply([{ op: 'setVisibility', sheet: 'A', visibility: 'veryHidden' }])).rejects.toMatchObject({ code: 'conflict' });
  });

  it('carries out a plan all or nothing', async () => {
    const wb = await reopen(await baseWorkbook([[46000, null, '是', 'a']]));
    const before = await wb.toBuffer();
    await expect(
      wb.apply([
        { op: 'appendRows', table: 'Visits', rows: [[46001, null, '否', 'b']] },
        { op: 'addSheet', name: 'New', visibility: 'visible' },
        { op: 'appendRows', table: 'Missing', rows: [[1]] },
      ]),
    ).rejects.toBeInstanceOf(PortError);
    const s = await wb.readStructure();
    expect(s.sheets.map((x) => x.name)).toEqual(['拜访日报', 'Lists']);
    expect((await wb.readTables())[0]!.rowCount).toBe(1);
    expect(Buffer.from(await wb.toBuffer()).length).toBe(Buffer.from(before).length);
  });

  it('refuses to write over cells or tables that are in the way', async () => {
    const wb = await reopen(await baseWorkbook([[46000, null, '是', 'a']]));
    await wb.apply([{ op: 'writeCells', sheet: '拜访日报', row: 3, col: 3, values: [['挡路']] }]);
    const err = await wb.apply([{ op: 'appendRows', table: 'Visits', rows: [[1]] }]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'conflict' });
    expect((err as Error).message).toContain('C3');
    await expect(
      wb.apply([{ op: 'createTable', sheet: '拜访日报', name: 'Other', row: 1, col: 2, columns: [{ header: 'x' }], rows: [], style: 'TableStyleMedium2' }]),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      wb.apply([{ op: 'createTable', sheet: '拜访日报', name: 'visits', row: 1, col: 10, columns: [{ header: 'x' }], rows: [], style: 'TableStyleMedium2' }]),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(wb.apply([{ op: 'writeCells', sheet: '拜访日报', row: 1, col: 2, values: [['改标题']] }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(wb.apply([{ op: 'addSheet', name: 'lists', visibility: 'visible' }])).rejects.toMatchObject({ code: 'conflict' });
    await expect(wb.apply([{ op: 'addSheet', name: 'a/b', visibility: 'visible' }])).rejects.toMatchObject({ code: 'conflict' });
  });

  it('gives messages in the requested language', async () => {
    const wb = await openXlsxBuffer(await (await baseWorkbook()).toBuffer(), { lang: 'en-US' });
    await expect(wb.apply([{ op: 'appendRows', table: 'Nope', rows: [[1]] }])).rejects.toThrow('Table Nope does not exist');
    const zh = await reopen(await baseWorkbook());
    await expect(zh.apply([{ op: 'appendRows', table: 'Nope', rows: [[1]] }])).rejects.toThrow('表格 Nope 不存在');
  });

  it('puts tables side by side on one sheet without mixing their cells', async () => {
    const wb = newXlsx();
    await wb.apply([
      ...baseOps([[46000, null, '是', 'a']]),
      { op: 'createTable', sheet: '拜访日报', name: 'Daily', row: 1, col: 7, columns: [{ header: '日' }, { header: '数' }], rows: [[1, 2]], style: 'TableStyleMedium2' },
      { op: 'appendRows', table: 'Daily', rows: [[3, 4], [5, 6]] },
      { op: 'appendRows', table: 'Visits', rows: [[46001, null, '否', 'b']] },
    ]);
    const back = await reopen(wb);
    const tables = await back.readTables();
    expect(tables.map((t) => [t.name, t.rows.length])).toEqual([
      ['Visits', 2],
      ['Daily', 3],
    ]);
    expect(tables[1]!.rows).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    const s = await back.readStructure();
    expect(s.sheets[0]).toMatchObject({ lastRow: 4, lastCol: 8 });
  });
});

describe('xlsx adapter: files it cannot read', () => {
  it('rejects a file that is not a zip with a clear message', async () => {
    const e = await openXlsxBuffer(new TextEncoder().encode('name,phone\n张三,1'), { lang: 'en-US', source: 'x.csv' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PortError);
    expect(e).toMatchObject({ code: 'unreadable' });
    expect((e as Error).message).toContain('Cannot read x.csv: it is not an .xlsx workbook');
  });

  it('rejects a zip that holds no workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(openXlsxBuffer(bytes)).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('xl/workbook.xml') });
  });

  it('recognizes an encrypted workbook or an old .xls', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(openXlsxBuffer(ole)).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('密码') });
  });

  it('reads an empty new workbook', async () => {
    const s = await (await reopen(newXlsx())).readStructure();
    expect(s).toEqual({ sheets: [], tables: [], names: [], meta: { modelVersion: null, lang: null } });
  });
});

describe('xlsx adapter: styles', () => {
  it('reuses the cell formats it wrote before instead of adding copies', async () => {
    const wb = await reopen(await baseWorkbook([[46000, null, '是', 'a']]));
    const count = async (): Promise<number> => {
      const styles = (await partText(await wb.toBuffer(), 'xl/styles.xml'))!;
      return Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
    };
    const before = await count();
    await wb.apply([{ op: 'writeCells', sheet: 'Lists', row: 1, col: 4, values: [['是否'], ['是'], ['否']], numberFormat: '@' }]);
    await wb.apply([{ op: 'addColumns', table: 'Visits', columns: [{ header: '日期2', numberFormat: 'yyyy-mm-dd' }] }]);
    expect(await count()).toBe(before);
  });
});

/** 打印此记录: the selected record's key goes into its view, which is shown; elsewhere, a clear answer. */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { printRecord } from '../../src/core/services/printRecord';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { serialOf } from '../../src/core/validate/dates';

async function sample(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: serialOf(2026, 11, 20) });
  return port;
}

describe('printRecord', () => {
  it('fills the gift request view with the selected row and shows it', async () => {
    const port = await sample();
    const info = (await port.readStructure()).tables.find((t) => t.name === 'GiftRequests')!;
    const [data] = await port.readTables(['GiftRequests']);
    port.cursor = { sheet: info.sheet, row: info.headerRow + 2, col: info.firstCol + 3 };
    const result = await printRecord(port, 'zh-CN');
    expect(result).toMatchObject({ shown: true, sheet: '打印-礼品馈赠申请表' });
    expect(result.message).toContain('Ctrl+P');
    expect(port.activeSheet).toBe('打印-礼品馈赠申请表');
    expect(port.formulaAt('打印-礼品馈赠申请表', 2, 2)).toBeUndefined();
    expect((await readCell(port, '打印-礼品馈赠申请表', 2, 2))).toBe(data!.rows[1]![0]);
  });

  it('fills both keys of the visit day from a visit row', async () => {
    const port = await sample();
    const info = (await port.readStructure()).tables.find((t) => t.name === 'Visits')!;
    const [data] = await port.readTables(['Visits']);
    port.cursor = { sheet: info.sheet, row: info.headerRow + 1, col: info.firstCol };
    const result = await printRecord(port, 'en-US');
    expect(result.shown).toBe(true);
    expect(await readCell(port, '打印-客户拜访日报表', 2, 2)).toBe(data!.rows[0]![2]);
    expect(await readCell(port, '打印-客户拜访日报表', 2, 4)).toBe(data!.rows[0]![0]);
  });

  it('outside a printable table says which sheets can be printed and writes nothing', async () => {
    const port = await sample();
    port.cursor = { sheet: '员工与参数', row: 2, col: 1 };
    const result = await printRecord(port, 'zh-CN');
    expect(result.shown).toBe(false);
    expect(result.message).toMatch(/不在可打印的记录中.*客户档案.*礼品申请.*绩效考核/);
    port.cursor = null;
    expect((await printRecord(port, 'en-US')).message).toMatch(/select a record/);
  });
});

async function readCell(port: MemoryPort, sheet: string, row: number, col: number): Promise<unknown> {
  return port.valueAt(sheet, row, col);
}

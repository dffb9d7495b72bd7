import { newXlsx } from '../../src/adapters/xlsx';

describe('.xlsx output', () => {
  it('is byte-identical for the same workbook, whenever it is written', async () => {
    const book = newXlsx();
    await book.apply([
      { op: 'addSheet', name: '表', visibility: 'visible' },
      { op: 'writeCells', sheet: '表', row: 1, col: 1, values: [['a', 1]] },
    ]);
    const first = await book.toBuffer();
    await new Promise((r) => setTimeout(r, 2100)); // zip dates have two-second steps
    const second = await book.toBuffer();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

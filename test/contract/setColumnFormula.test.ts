/**
 * setColumnFormula (an upgrade turning an input column into a calculated column, issue #11) in
 * every adapter: the typed values give way to the formula in every data row, rows appended later
 * get it too, and the other columns keep their values. Formula results are not computed here (the
 * fake and the file adapters compute nothing); test/plan/upgradeStages.test.ts checks the upgrade
 * end to end, and the parity test checks the formula in LibreOffice.
 */
import type { WorkbookPort, WriteOp } from '../../src/core/port/types';
import { PortError } from '../../src/core/port/types';
import { newXlsx, openXlsxBuffer } from '../../src/adapters/xlsx';
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { OfficePort } from '../../src/adapters/office/officePort';
import { createFakeExcel } from '../fake-excel';

const CREATE: WriteOp[] = [
  { op: 'addSheet', name: 'Data', visibility: 'visible' },
  {
    op: 'createTable',
    sheet: 'Data',
    name: 'Stages',
    row: 1,
    col: 1,
    columns: [{ header: '名称' }, { header: '阶段' }, { header: '备注' }],
    rows: [
      ['甲', '已成交', 'x'],
      ['乙', '暂缓', 'y'],
    ],
    style: 'TableStyleMedium2',
  },
];
const SET: WriteOp = {
  op: 'setColumnFormula',
  table: 'Stages',
  column: { header: '阶段', formula: '=Stages[[#This Row],[名称]]&"!"', computed: true },
};

const ADAPTERS: [string, () => Promise<{ port: WorkbookPort; reopen: () => Promise<WorkbookPort> }>][] = [
  ['xlsx', async () => {
    let latest = newXlsx();
    return { port: latest, reopen: async () => (latest = await openXlsxBuffer(await latest.toBuffer())) };
  }],
  ['memory', async () => {
    const port = new MemoryPort();
    return { port, reopen: async () => port };
  }],
  ['office (strict fake)', async () => {
    const fake = createFakeExcel();
    const open = () => new OfficePort(fake.run, { isSetSupported: fake.isSetSupported });
    return { port: open(), reopen: async () => open() };
  }],
];

describe.each(ADAPTERS)('setColumnFormula: %s', (_name, make) => {
  it('replaces the typed values with the formula, in rows added later too, and keeps the other columns', async () => {
    const h = await make();
    await h.port.apply(CREATE);
    const second = await h.reopen();
    await second.apply([SET, { op: 'appendRows', table: 'Stages', rows: [['丙', null, 'z']] }]);
    const third = await h.reopen();
    const [t] = await third.readTables(['Stages']);
    const stage = t!.rows.map((r) => r[1]);
    expect(t!.rows.map((r) => [r[0], r[2]])).toEqual([['甲', 'x'], ['乙', 'y'], ['丙', 'z']]);
    expect(stage).not.toContain('已成交');
    expect(stage).not.toContain('暂缓');
    // The three cells hold the same formula: whatever the host reads for it, it reads it alike.
    expect(new Set(stage.map((v) => JSON.stringify(v))).size).toBe(1);
  });

  it('refuses a column the table does not have, and writes nothing', async () => {
    const h = await make();
    await h.port.apply(CREATE);
    await expect(h.port.apply([{ ...SET, column: { ...SET.column, header: '无此列' } } as WriteOp])).rejects.toBeInstanceOf(PortError);
    const [t] = await h.port.readTables(['Stages']);
    expect(t!.rows.map((r) => r[1])).toEqual(['已成交', '暂缓']);
  });
});

import { readFileSync } from 'fs';
import { sampleBook } from '../test/print/sampleBook';
import { render } from '../src/cli/print/render';
async function main() {
  const dir = '/work/tmp-i10-print';
  const { file, port } = await sampleBook(dir);
  const t = await port.readTables(['Customers']);
  const key = String(t[0]!.rows[0]![0]);
  console.log('key', key);
  await render([{ in: file, sets: [{ sheet: '打印-客户档案表', cell: 'B2', value: key }], pdf: { out: dir + '/cf.pdf', sheets: ['打印-客户档案表'] },
    sweep: { sheet: '打印-客户档案表', cells: ['B2'], values: [[key]], range: 'A1:AH60', out: dir + '/sw.json' } }]);
  const sw = JSON.parse(readFileSync(dir + '/sw.json', 'utf8'));
  console.log(JSON.stringify(sw[0].errors));
  for (const row of sw[0].text) if (row.some((v: unknown) => v !== '')) console.log(row.filter((v: unknown) => v !== '').join(' | '));
}
main().catch((e) => { console.error(e); process.exit(1); });

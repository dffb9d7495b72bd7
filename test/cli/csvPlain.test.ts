/** The quote-free fast path of the CSV reader gives csv-parse's records and line numbers exactly. */
import { parse } from 'csv-parse/sync';
import { splitPlain, type Delimiter } from '../../src/cli/csvFile';

function viaCsvParse(text: string, delimiter: Delimiter): { line: number; values: string[] }[] {
  const out = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true, delimiter }) as unknown as { record: string[]; info: { lines: number } }[];
  return out.map((r) => ({ line: r.info.lines, values: r.record }));
}

const CASES: [string, Delimiter][] = [
  ['日期,填表人,客户\n2026-10-01,张三,甲公司\n2026-10-02,李四,乙公司\n', ','],
  ['a,b,c\r\n1,2,3\r\n\r\n4,5\r\n,,\r\n', ','],
  ['\uFEFFa;b\n1;2\n\n\n3;4', ';'],
  ['a\tb\n 1 \t 2 \n', '\t'],
  ['only header', ','],
  ['a,b\n1,2,3,4\n', ','],
];

describe('splitPlain', () => {
  it.each(CASES)('matches csv-parse on %j', (text, delimiter) => {
    expect(splitPlain(text, delimiter)).toEqual(viaCsvParse(text, delimiter));
  });

  it('leaves quoted text and mixed line ends to csv-parse', () => {
    expect(splitPlain('a,"b,c"\n', ',')).toBeUndefined();
    expect(splitPlain('a,b\r\n1,2\n3,4\n', ',')).toBeUndefined();
    expect(splitPlain('a,b\r1,2\r', ',')).toBeUndefined();
  });
});

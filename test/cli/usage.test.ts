/**
 * #9.13 and the quality bar: usage errors in Chinese by default and in English with KA_LANG=en-US,
 * `--help` for the program and every command (exit 0), `--version` from package.json. Runs lib/.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { HELP } from '../../src/cli/usage';
import { ROOT, cli, libBuilt } from './helpers';

const COMMANDS = Object.keys(HELP);

beforeAll(() => {
  if (!libBuilt()) throw new Error('lib/ is missing: run `npm run build:cli` before the CLI tests.');
});

describe('usage and help', () => {
  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('--help lists every command, in Chinese by default and in English with KA_LANG=en-US', () => {
    const zh = cli(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('用法:ka-workbench <命令>');
    const en = cli(['--help'], { env: { KA_LANG: 'en-US' } });
    expect(en.out).toContain('Usage: ka-workbench <command>');
    for (const c of COMMANDS) {
      expect(zh.out).toContain(`  ${c} `);
      expect(en.out).toContain(`  ${c} `);
    }
  });

  it.each(COMMANDS)('%s --help exits 0 with its options, without needing the others', (command) => {
    const zh = cli([command, '--help']);
    expect(zh).toEqual({ code: 0, out: expect.stringContaining(`用法:ka-workbench ${command}`), err: '' });
    const en = cli([command, '-h'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en).toEqual({ code: 0, out: expect.stringContaining(`Usage: ka-workbench ${command}`), err: '' });
  });

  it.each([
    [['import', '--in', 'a.xlsx', '--verbose'], '未知选项「--verbose」', 'Unknown option "--verbose"'],
    [['import', '--in', 'a.xlsx'], '缺少选项 --table', 'Missing --table'],
    [['validate'], '缺少选项 --in', 'Missing --in'],
    [['validate', '--in'], '选项 --in 后面要写一个值', 'Option --in needs a value'],
    [['validate', '--in', 'a.xlsx', '--json=yes'], '选项 --json 不带值', 'Option --json takes no value'],
    [['score', 'a.xlsx'], '多余的参数「a.xlsx」', 'Unexpected argument "a.xlsx"'],
    [['frobnicate'], '未知命令「frobnicate」', 'Unknown command "frobnicate"'],
  ])('%j is a usage error (exit 2) in the user\'s language', (args, zh, en) => {
    const z = cli(args);
    expect(z.code).toBe(2);
    expect(z.err).toContain(zh);
    expect(z.err).not.toMatch(/[A-Za-z]{4,} option|Missing|Unknown/);
    const e = cli(args, { env: { KA_LANG: 'en-US' } });
    expect(e.code).toBe(2);
    expect(e.err).toContain(en);
    expect(e.err).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('no command at all prints the usage and exits 2', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('用法');
  });
});

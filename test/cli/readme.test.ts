/**
 * The README stays true (#9.15): every `npx ka-workbench …` line of its "Command line" block runs,
 * in order, in an empty folder (with examples/ beside it, as in the repository), on today's date,
 * and exits 0; and the table of example CSV files lists exactly the files in examples/ with their
 * header rows.
 */
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, cli, libBuilt } from './helpers';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function commandLineBlock(): string[] {
  const section = README.slice(README.indexOf('## Command line'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.startsWith('npx ka-workbench'));
}

describe('README command-line examples', () => {
  it('has the examples', () => {
    expect(commandLineBlock().length).toBeGreaterThanOrEqual(8);
  });

  it('runs every example command, in order, with exit code 0', () => {
    if (!libBuilt()) throw new Error('lib/ is missing: run `npm run build:cli` before the CLI tests.');
    const dir = mkdtempSync(join(tmpdir(), 'ka-readme-'));
    symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'));
    for (const line of commandLineBlock()) {
      const args = line.split(/\s+/).slice(2);
      // Today's date, as a reader runs them: KA_TODAY empty means "the machine's date".
      const r = cli(args, { cwd: dir, env: { KA_TODAY: '' } });
      expect({ line, code: r.code, err: r.err }).toEqual({ line, code: 0, err: '' });
    }
  }, 300_000);

  it('lists every example CSV with its columns', () => {
    const files = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const header = readFileSync(join(ROOT, 'examples', f), 'utf8').split(/\r?\n/)[0]!;
      expect(README).toContain(`[\`examples/${f}\`](examples/${f}) | ${header.split(',').join('、')} |`);
    }
  });
});

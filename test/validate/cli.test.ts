import { run } from '../../src/cli/commands/validate';
import { UsageError } from '../../src/cli/io';
import type { CliIo } from '../../src/cli/io';

const io: CliIo = { lang: 'en-US', out: () => undefined, err: () => undefined };

describe('ka-workbench validate: usage', () => {
  const prev = process.env.KA_TODAY;
  afterEach(() => {
    if (prev === undefined) delete process.env.KA_TODAY;
    else process.env.KA_TODAY = prev;
  });

  it('requires --in and rejects unknown options', async () => {
    await expect(run([], io)).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--in', 'x.xlsx', '--fix'], io)).rejects.toBeInstanceOf(UsageError);
  });

  it('rejects a KA_TODAY that is not YYYY-MM-DD, saying so', async () => {
    process.env.KA_TODAY = '2026-02-30';
    await expect(run(['--in', 'x.xlsx'], io)).rejects.toThrow('KA_TODAY must be a date as YYYY-MM-DD, not "2026-02-30"');
  });
});

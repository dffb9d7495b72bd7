/** Advice names what the user has at hand (#9.13): the Forms page in the pane, the command in a shell. */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { startPeriod } from '../../src/core/services/startPeriod';

describe('startPeriod advice', () => {
  it('names the task pane page by default and the CLI command for the command line', async () => {
    const pane = await startPeriod(new MemoryPort(), { period: '2026-11', lang: 'zh-CN' });
    expect(pane.error).toContain('「表单」页');
    const cli = await startPeriod(new MemoryPort(), { period: '2026-11', lang: 'zh-CN', surface: 'cli' });
    expect(cli.error).toContain('ka-workbench generate --out');
    expect(cli.error).not.toContain('「表单」');
    const en = await startPeriod(new MemoryPort(), { period: '2026-11', lang: 'en-US', surface: 'cli' });
    expect(en.error).toContain('ka-workbench generate --out');
  });
});

/** ka-workbench print: one PDF of one record, the source untouched, clear refusals. */
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import type { Lang } from '../../src/core/model/types';
import { main } from '../../src/cli/main';
import { hasLibreOffice } from '../../src/cli/print/render';
import { sampleBook } from '../print/sampleBook';
import { hasPoppler, pdfInfo, pdfPages } from '../print/printEngine';

function captureIo(lang: Lang = 'zh-CN'): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { lang, out: (s) => out.push(s), err: (s) => err.push(s), outText: () => out.join('\n'), errText: () => err.join('\n') };
}

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const lo = hasLibreOffice() && hasPoppler ? it : it.skip;

describe('ka-workbench print', () => {
  let dir = '';
  let book = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ka-print-'));
    book = (await sampleBook(dir)).file;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));


  lo('prints a gift request to one A4 page and leaves the workbook as it was', async () => {
    const before = sha(book);
    const out = join(dir, 'gift.pdf');
    const out2: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out2.push(String(s)), true));
    try {
      expect(await main(['print', '--in', book, '--form', 'gift-request', '--key', 'LS-001', '--out', out], { KA_LANG: 'zh-CN' })).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(out2.join('')).toContain('已打印 gift-request');
    expect(pdfInfo(out)).toMatchObject({ pages: 1 });
    const [text] = pdfPages(out);
    expect(text).toContain('LS-001');
    expect(text).toContain('礼品馈赠申请表');
    expect(sha(book)).toBe(before);
  }, 120_000);

  it('an unknown key gets nearby keys and writes nothing', async () => {
    const out = join(dir, 'none.pdf');
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    try {
      const code = await main(['print', '--in', book, '--form', 'customer-file', '--key', 'KH-00O1', '--out', out], { KA_LANG: 'zh-CN' });
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(out)).toBe(false);
    if (hasLibreOffice()) expect(errors.join('')).toMatch(/找不到「KH-00O1」。相近的有:KH-0001/);
    else expect(errors.join('')).toMatch(/LibreOffice/);
  });

  it('refuses a visit day without --date and an unknown form, in the user language', async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    try {
      expect(await main(['print', '--in', book, '--form', 'visit-day', '--key', '李思远', '--out', join(dir, 'v.pdf')], { KA_LANG: 'en-US' })).toBe(2);
      expect(await main(['print', '--in', book, '--form', 'nope', '--key', 'x', '--out', join(dir, 'v.pdf')], { KA_LANG: 'zh-CN' })).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('')).toMatch(/visit-day needs --date YYYY-MM-DD/);
    expect(errors.join('')).toMatch(/不认识的表单「nope」/);
  });

  it('without LibreOffice says so and writes nothing', async () => {
    const out = join(dir, 'nolo.pdf');
    await jest.isolateModulesAsync(async () => {
      process.env.SOFFICE = '/nonexistent/soffice';
      try {
        const { run } = await import('../../src/cli/commands/print');
        const io = captureIo('en-US');
        expect(await run(['--in', book, '--form', 'gift-plan', '--key', 'x', '--out', out], io)).toBe(1);
        expect(io.errText()).toMatch(/LibreOffice was not found.*nothing was written/);
      } finally {
        delete process.env.SOFFICE;
      }
    });
    expect(existsSync(out)).toBe(false);
  });
});

/**
 * Renders two print views of the sample workbook to PNG for the README, the way a user prints them:
 * LibreOffice (headless, scripts/lo-print.py) exports each view as one A4 PDF page, and pdftoppm
 * (poppler-utils) turns it into a picture.
 *
 *   npx ts-node scripts/print-screenshot.ts [OUT_DIR]     (default: docs/)
 *
 * Writes print-customer-file.png and print-gift-request.png.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PRINT_VIEWS } from '../src/core/print/views';
import { keyAddress } from '../src/core/print/planView';
import { hasLibreOffice, render } from '../src/cli/print/render';
import { sampleBook } from '../test/print/sampleBook';

const SHOTS = [
  { id: 'customer-file', key: 'KH-0001' },
  { id: 'gift-request', key: 'LS-001' },
] as const;

async function main(): Promise<void> {
  if (!hasLibreOffice()) throw new Error('LibreOffice (soffice and python3-uno) is needed');
  const outDir = resolve(process.argv[2] ?? 'docs');
  const dir = mkdtempSync(join(tmpdir(), 'print-shot-'));
  try {
    const { file } = await sampleBook(dir);
    const jobs = SHOTS.map((s) => {
      const sheet = PRINT_VIEWS.find((v) => v.id === s.id)!.sheet.zh;
      return { in: file, sets: [{ sheet, cell: keyAddress(0), value: s.key }], pdf: { out: join(dir, `${s.id}.pdf`), sheets: [sheet] } };
    });
    await render(jobs);
    for (const s of SHOTS) {
      const stem = join(dir, s.id);
      const r = spawnSync('pdftoppm', ['-r', '80', '-png', '-singlefile', `${stem}.pdf`, stem], { stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`pdftoppm failed for ${s.id}`);
      renameSync(`${stem}.png`, join(outDir, `print-${s.id}.png`));
      console.log(`${join(outDir, `print-${s.id}.png`)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

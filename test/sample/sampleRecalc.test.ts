/**
 * `generate --sample`, recalculated once by LibreOffice: every pre-filled input of every sample Kpi
 * row (a formula over the sample's records) and every total and grade equal what the TypeScript
 * reference computes from the same file's records, so the demo's actuals and its records add up in
 * a real engine too.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { newXlsx } from '../../src/adapters/xlsx';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { serialOf } from '../../src/core/kpi/dates';
import { SCHEMES } from '../../src/core/kpi/schemes';
import { KPI_COL } from '../../src/core/kpi/columns';
import { scoreTables } from '../../src/core/scoring/scoreTables';
import type { TableInfo } from '../../src/core/port/types';
import { hasLibreOffice, recalc, tableRows } from '../engine/libreoffice';
import type { RecalcResult } from '../engine/libreoffice';
import { columnLetters } from '../../src/core/model/a1';

const d = hasLibreOffice ? describe : describe.skip;

d('the sample workbook in LibreOffice', () => {
  let dir = '';
  let result: RecalcResult;
  let infos: readonly TableInfo[] = [];
  let scored: ReturnType<typeof scoreTables>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ka-sample-'));
    const port = newXlsx({ lang: 'zh-CN' });
    const plan = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: serialOf(2026, 11, 10) });
    expect(plan.conflicts).toEqual([]);
    const file = join(dir, 'sample.xlsx');
    await port.save(file);
    infos = (await port.readStructure()).tables;
    scored = scoreTables(await port.readTables(infos.map((t) => t.name)));
    result = await recalc(file);
  }, 300_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('computes every pre-filled input, total and grade of the sample Kpi rows as the reference does', () => {
    const out: string[] = [];
    let checked = 0;
    for (const scheme of SCHEMES) {
      const info = infos.find((t) => t.name === scheme.table)!;
      const rows = tableRows(result, info.sheet, `${columnLetters(info.firstCol)}${info.headerRow + 1}`, info.headers.length, info.rowCount);
      const at = (header: string) => info.headers.indexOf(header);
      const mine = scored.rows.filter((r) => r.table === scheme.table);
      expect(mine.length).toBe(rows.length);
      for (const r of mine) {
        const cells = rows[r.row - info.headerRow - 1]!;
        const want: [string, unknown][] = [
          ...scheme.inputs.filter((x) => x.prefill).map((x) => [x.header.zh, r.inputs[x.key] === '' ? null : r.inputs[x.key]] as [string, unknown]),
          [KPI_COL.total.header.zh, r.scored.total],
          [KPI_COL.grade.header.zh, r.scored.grade ?? ''],
        ];
        for (const [header, v] of want) {
          const got = cells[at(header)] ?? null;
          checked++;
          const same = typeof v === 'number' && typeof got === 'number' ? Math.abs(v - got) < 1e-6 : (got ?? '') === (v ?? '');
          if (!same) out.push(`${scheme.table} row ${r.row} ${header}: LibreOffice ${JSON.stringify(got)}, reference ${JSON.stringify(v)}`);
        }
      }
    }
    expect(out).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  });
});

/**
 * The add-in's archive and consolidation services (#12) over the memory port: prepareArchive
 * changes nothing and yields a checked archive; removeArchived removes exactly those rows, keeps
 * every score, and refuses when the workbook changed meanwhile; consolidateHr writes the tables and
 * two charts into the current workbook from picked files, and refuses a file that is not an export.
 */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { newXlsx, openXlsxBuffer } from '../../src/adapters/xlsx/browser';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { prepareArchive, removeArchived } from '../../src/core/services/archiveWorkbook';
import { consolidateHr } from '../../src/core/services/consolidateHr';
import { planHrExport } from '../../src/core/export/hrExport';
import { scoreTables } from '../../src/core/scoring/scoreTables';
import { fromBase64 } from './base64.helper';
import type { XlsxIo } from '../../src/core/services/exportHr';

const XLSX: XlsxIo = { newWorkbook: (lang) => newXlsx({ lang }), openWorkbook: (bytes, options) => openXlsxBuffer(bytes, options) };

const TODAY = 46346; // 2026-11-20

async function sampleBook(): Promise<MemoryPort> {
  const port = new MemoryPort();
  await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: TODAY });
  return port;
}

describe('archive service', () => {
  it('prepares a checked archive without touching the workbook, then removes those rows on confirmation', async () => {
    const port = await sampleBook();
    const before = await port.readTables();
    const visits = before.find((t) => t.name === 'Visits')?.rows.length ?? 0;
    const prepared = await prepareArchive(port, { before: '2026-10', lang: 'zh-CN' }, XLSX);
    expect(prepared.rows).toBeGreaterThan(0);
    expect((await port.readTables(['Visits']))[0]?.rows.length).toBe(visits);
    const archive = await openXlsxBuffer(fromBase64(prepared.base64));
    const [av] = await archive.readTables(['Visits']);
    const scores = scoreTables(before).rows.map((r) => [r.period, r.staffId, r.scored.total, r.scored.grade]);

    const removed = await removeArchived(port, { before: '2026-10', lang: 'zh-CN', signature: prepared.signature });
    expect(removed).toBe(prepared.rows);
    const after = await port.readTables();
    expect(after.find((t) => t.name === 'Visits')?.rows.length).toBe(visits - (av?.rows.length ?? 0));
    expect(scoreTables(after).rows.map((r) => [r.period, r.staffId, r.scored.total, r.scored.grade])).toEqual(scores);
    // A second confirmation with the old signature finds other rows: refused, nothing removed.
    await expect(removeArchived(port, { before: '2026-10', lang: 'zh-CN', signature: prepared.signature })).rejects.toThrow(/重新生成归档/);
  });
});

describe('consolidation service', () => {
  it('writes the consolidated tables and two charts into the current workbook', async () => {
    const source = await sampleBook();
    const plan = planHrExport(await source.readTables(), '2026-08', '2026-10', 'zh-CN');
    if ('error' in plan) throw new Error(plan.error);
    const hr = newXlsx({ lang: 'zh-CN' });
    await hr.apply(plan.ops);
    const bytes = await hr.toBuffer();
    const target = new MemoryPort();
    const res = await consolidateHr(target, { files: [{ name: 'a.xlsx', bytes }, { name: 'b.xlsx', bytes }], from: '2026-08', to: '2026-10', lang: 'zh-CN' }, XLSX);
    expect(res.rows).toBe(plan.rows * 2);
    expect(res.conflicts.length).toBeGreaterThan(0);
    expect(target.charts.map((c) => c.name).sort()).toEqual(['HrGradesByDept', 'HrGradesCompany']);
    await expect(consolidateHr(target, { files: [{ name: 'a.xlsx', bytes }, { name: 'b.xlsx', bytes }], from: '2026-08', to: '2026-10', lang: 'zh-CN' }, XLSX)).rejects.toThrow(/HrKpi/);
    const other = newXlsx();
    await other.apply([{ op: 'addSheet', name: 'X', visibility: 'visible' }]);
    await expect(consolidateHr(new MemoryPort(), { files: [{ name: 'a.xlsx', bytes }, { name: '随便.xlsx', bytes: await other.toBuffer() }], from: '2026-08', to: '2026-10', lang: 'zh-CN' }, XLSX)).rejects.toThrow(/随便\.xlsx/);
  });
});

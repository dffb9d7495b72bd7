/**
 * The task pane's HR export service (#9.17): the caller hands in the workbook writer, so the core
 * service runs over any port and any writer; here the memory port and the .xlsx adapter.
 */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { loadXlsx } from '../../src/adapters/xlsx/workbook';
import { newXlsx } from '../../src/adapters/xlsx/browser';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { exportHr } from '../../src/core/services/exportHr';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { serialOf } from '../../src/core/kpi/dates';
import { loadExportHr } from '../../src/taskpane/lazyServices';

describe('exportHr service', () => {
  it('writes the export with the writer it is given, and the bytes are an .xlsx with the KPI rows', async () => {
    const port = new MemoryPort();
    await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: serialOf(2026, 11, 10) });
    const langs: string[] = [];
    const result = await exportHr(port, { from: '2026-08', to: '2026-10', lang: 'zh-CN' }, (lang) => {
      langs.push(lang);
      return newXlsx({ lang });
    });
    expect(langs).toEqual(['zh-CN']);
    expect(result.rows).toBeGreaterThan(0);
    const book = await loadXlsx(Uint8Array.from(Buffer.from(result.base64, 'base64')));
    const structure = await book.readStructure();
    expect(structure.tables.length).toBeGreaterThan(0);
  });

  it("the task pane's lazy loader hands the .xlsx writer to the service", async () => {
    const port = new MemoryPort();
    await generateWorkbook(port, { model: WORKBOOK_MODEL, lang: 'zh-CN', validationFor: excelValidationFor, sampleAsOf: serialOf(2026, 11, 10) });
    const exportHrInPane = await loadExportHr();
    const result = await exportHrInPane(port, { from: '2026-10', to: '2026-10', lang: 'zh-CN' });
    expect(result.fileName).toContain('2026-10');
    expect(Buffer.from(result.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

/** The sample workbook (as of 2026-11-20, period 2026-11 started) written to a file, for print tests. */
import { join } from 'path';
import type { Lang } from '../../src/core/model/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { generateWorkbook } from '../../src/core/services/generateWorkbook';
import { startPeriod } from '../../src/core/services/startPeriod';
import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { serialOf } from '../../src/core/validate/dates';
import { newXlsx } from '../../src/adapters/xlsx';
import type { XlsxWorkbook } from '../../src/adapters/xlsx/workbook';

export async function sampleBook(dir: string, lang: Lang = 'zh-CN'): Promise<{ file: string; port: XlsxWorkbook }> {
  const port = newXlsx({ lang });
  const plan = await generateWorkbook(port, { model: WORKBOOK_MODEL, lang, validationFor: excelValidationFor, sampleAsOf: serialOf(2026, 11, 20) });
  if (plan.conflicts.length > 0) throw new Error(plan.conflicts.map((c) => c.message).join('\n'));
  const started = await startPeriod(port, { period: '2026-11', lang });
  if (started.error) throw new Error(started.error);
  const file = join(dir, `sample-${lang}.xlsx`);
  await port.save(file);
  return { file, port };
}

import { newXlsx, openXlsxBuffer } from '../../src/adapters/xlsx';
import type { XlsxWorkbook } from '../../src/adapters/xlsx';
import type { ContractHarness } from './harness';
import { runPortContract } from './portContract';

/**
 * "Reopening" a file is what a real host does: the latest port (the one the suite last wrote
 * through) is serialized to .xlsx bytes, and a new port parses them again.
 */
function harness(start: () => Promise<XlsxWorkbook>): () => Promise<ContractHarness> {
  return async () => {
    const port = await start();
    let latest = port;
    return {
      port,
      reopen: async () => {
        latest = await openXlsxBuffer(await latest.toBuffer());
        return latest;
      },
    };
  };
}

runPortContract('XlsxWorkbook (new workbook)', harness(async () => newXlsx()));

// The same plans on a workbook that came from bytes: the path every write to an existing file takes.
runPortContract('XlsxWorkbook (opened from bytes)', harness(async () => openXlsxBuffer(await newXlsx().toBuffer())));

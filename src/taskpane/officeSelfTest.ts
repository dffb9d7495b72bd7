/**
 * The self-test's target inside Excel: the live Office adapter. "Reopening" is a new port on the
 * same workbook, as in the jest runner over the fake (test/contract/office.contract.test.ts).
 */
import { deleteSheetsAndNames } from '../adapters/office/deleteSheetsAndNames';
import { OfficePort } from '../adapters/office/officePort';
import type { ExcelRun } from '../adapters/office/officePort';
import type { SelfTestTarget } from '../selftest/target';

export function officeSelfTestTarget(run: ExcelRun, isSetSupported: (set: string, version: string) => boolean): SelfTestTarget {
  const open = () => new OfficePort(run, { isSetSupported });
  // Office.context.diagnostics: host, platform and version of the running Office (Office.js common API).
  const d = Office.context.diagnostics as Office.ContextInformation | undefined;
  return {
    host: 'office',
    platform: d ? `${d.host} ${d.platform} ${d.version}` : 'unknown',
    port: open(),
    reopen: async () => open(),
    deleteSheetsAndNames: (sheets, names) => deleteSheetsAndNames(run, sheets, names),
  };
}

/**
 * Deletes worksheets and workbook-scoped names that exist, in two syncs: how the self-test page
 * removes what it made. Not part of the WorkbookPort: no plan ever deletes a user's sheet.
 *
 * A hidden or very hidden sheet is made visible before it is deleted: the reference lists no such
 * restriction for Worksheet.delete (ExcelApi 1.1), but Excel's UI cannot delete a very hidden sheet,
 * so the stricter path is taken (README, "Behaviours only real Excel can settle"). Excel refuses to
 * delete the last visible sheet; the self-test runs only in a workbook that already had one of its
 * own (an empty Sheet1), which stays. Worksheet.delete clears the undo stack (FACTS.md).
 */
import type { ExcelRun } from './officePort';
import { toPortError } from './errors';

export async function deleteSheetsAndNames(run: ExcelRun, sheets: readonly string[], names: readonly string[]): Promise<void> {
  try {
    await run(async (context) => {
      const wb = context.workbook;
      const foundSheets = sheets.map((name) => wb.worksheets.getItemOrNullObject(name));
      const foundNames = names.map((name) => wb.names.getItemOrNullObject(name));
      for (const s of foundSheets) s.load('isNullObject');
      for (const n of foundNames) n.load('isNullObject');
      await context.sync();
      for (const n of foundNames) if (!n.isNullObject) n.delete();
      for (const s of foundSheets) {
        if (s.isNullObject) continue;
        s.visibility = 'Visible';
        s.delete();
      }
      await context.sync();
    });
  } catch (err) {
    throw toPortError(err, 'deleting the self-test sheets');
  }
}

/**
 * The 检查 (check) ribbon command (ExecuteFunction): checks the workbook without the task pane,
 * selects the first error on a visible sheet, and shows the counts in a small Office dialog (Excel
 * has no notification API for add-ins); the dialog points to the Check page for the full list.
 */
import { OfficePort } from '../adapters/office/officePort';
import { serialOfLocalDate } from '../core/validate/dates';
import { stringsFor, uiLangOf } from '../i18n/uiLang';
import { describeError } from '../taskpane/model/errors';
import { checkResultSearch } from '../taskpane/views/checkResultQuery';
import type { CheckResultQuery } from '../taskpane/views/checkResultQuery';
import { ribbonCheck } from './ribbonCheck';

/** Office ends a function command's runtime after a few minutes; close our dialog before that. */
const DIALOG_MAX_MS = 4 * 60 * 1000;

/** Opens the result dialog and resolves when the user closes it (or after DIALOG_MAX_MS). */
export function showResult(result: CheckResultQuery): Promise<void> {
  const url = new URL(`taskpane.html${checkResultSearch(result)}`, window.location.href).href;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`the result dialog could not open: ${opened.error.message}`));
        return;
      }
      const dialog = opened.value;
      let finished = false;
      const finish = (close: boolean) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        if (close) dialog.close();
        resolve();
      };
      const timer = setTimeout(() => finish(true), DIALOG_MAX_MS);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
      // The user closed it with its own X (or it failed to load): nothing left to close.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
    });
  });
}

export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    let result: CheckResultQuery;
    try {
      const port = new OfficePort((batch) => Excel.run(batch), {
        isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
      });
      result = await ribbonCheck(port, { displayLanguage: Office.context.displayLanguage, today: serialOfLocalDate(new Date()) });
    } catch (err) {
      console.error(err);
      const text = describeError(err, stringsFor(uiLangOf(Office.context.displayLanguage)));
      result = { errors: 0, warnings: 0, selected: false, failure: `${text.message} ${text.next}` };
    }
    await showResult(result);
  } catch (err) {
    // The dialog itself failed (e.g. another one is open): nowhere left to show it but the log.
    console.error(err);
  } finally {
    event.completed();
  }
}

/**
 * Function file for ribbon commands. runCheck (ExecuteFunction) checks the workbook without the
 * task pane, selects the first error's cell, and shows the counts in a small Office dialog (Excel
 * has no notification API for add-ins); the dialog points to the Check page for the full list.
 */
import { OfficePort } from '../adapters/office/officePort';
import { serialOfLocalDate } from '../core/validate/dates';
import { stringsFor, uiLangOf } from '../i18n/uiLang';
import { describeError } from '../taskpane/model/errors';
import { checkWorkbook, printRecord } from '../taskpane/services';
import { checkResultSearch } from '../taskpane/views/checkResultQuery';
import type { CheckResultQuery } from '../taskpane/views/checkResultQuery';

/** Office ends a function command's runtime after a few minutes; close our dialog before that. */
const DIALOG_MAX_MS = 4 * 60 * 1000;

async function check(): Promise<CheckResultQuery> {
  const port = new OfficePort((batch) => Excel.run(batch), {
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
  const structure = await port.readStructure();
  // Messages in the workbook's language (SPEC §3); a workbook without one gets the display language's.
  const lang = structure.meta.lang ?? uiLangOf(Office.context.displayLanguage);
  const problems = await checkWorkbook(port, { lang, today: serialOfLocalDate(new Date()) });
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors.find((p) => p.sheet !== undefined && p.address !== undefined);
  if (first?.sheet !== undefined && first.address !== undefined) await port.select(first.sheet, first.address);
  return { errors: errors.length, warnings: problems.length - errors.length, selected: first !== undefined };
}

/** Opens the result dialog and resolves when the user closes it (or after DIALOG_MAX_MS). */
function showResult(result: CheckResultQuery): Promise<void> {
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

async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    let result: CheckResultQuery;
    try {
      result = await check();
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

/**
 * 打印此记录: the selected record into its print view, which is shown for Ctrl+P. Only when the
 * selection is not a printable record (or the call fails) does a dialog say why.
 */
async function runPrintRecord(event: Office.AddinCommands.Event): Promise<void> {
  const lang = uiLangOf(Office.context.displayLanguage);
  try {
    let message: string | undefined;
    try {
      const port = new OfficePort((batch) => Excel.run(batch), {
        isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
      });
      const result = await printRecord(port, lang);
      if (!result.shown) message = result.message;
    } catch (err) {
      console.error(err);
      const text = describeError(err, stringsFor(lang));
      message = `${text.message} ${text.next}`;
    }
    if (message !== undefined) await showResult({ errors: 0, warnings: 0, selected: false, failure: message, kind: 'print' });
  } catch (err) {
    console.error(err);
  } finally {
    event.completed();
  }
}

async function init(): Promise<void> {
  await Office.onReady();
  Office.actions.associate('runCheck', runCheck);
  Office.actions.associate('runPrintRecord', runPrintRecord);
}

init().catch((err: unknown) => console.error('commands could not start', err));

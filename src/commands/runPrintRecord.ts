/**
 * 打印此记录 (print this record) ribbon command: puts the selected record into its print view,
 * which is shown ready for Ctrl+P. Only when the selection is not a printable record (or the call
 * fails) does a dialog say why.
 */
import { OfficePort } from '../adapters/office/officePort';
import { stringsFor, uiLangOf } from '../i18n/uiLang';
import { describeError } from '../taskpane/model/errors';
import { printRecord } from '../taskpane/services';
import { showResult } from './runCheck';

export async function runPrintRecord(event: Office.AddinCommands.Event): Promise<void> {
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
    // The dialog itself failed (e.g. another one is open): nowhere left to show it but the log.
    console.error(err);
  } finally {
    event.completed();
  }
}

/** Text of the `validate` command (en-US). Problem messages themselves come from the core. */
import type { ValidateCliText } from './validate.zh-CN';

export const VALIDATE_CLI_EN: ValidateCliText = {
  summary: (file, errors, warnings) => `Checked ${file}: ${errors} error(s), ${warnings} warning(s).`,
  clean: (file) => `Checked ${file}: no problems found.`,
  tableHeading: (sheet, table, errors, warnings) => `${sheet} (${table}): ${errors} error(s), ${warnings} warning(s)`,
  severity: (s) => (s === 'error' ? 'error' : 'warning'),
  newerModel: (found, ours) =>
    `This workbook was made by a newer workbench (model version ${found}; this program has ${ours}) and cannot be checked reliably. Update ka-workbench first.`,
  notWorkbench: (file) => `${file} holds none of the workbench's tables (Staff, Customers, Visits, …); it is not a workbench workbook and was not checked.`,
  missingTables: () =>
    'The workbook lacks some of the workbench tables (see the STRUCTURE problems above), so the check is incomplete. Restore them or run generate to upgrade the workbook.',
  cannotOpen: (file, reason) => `Cannot open ${file}: ${reason}`,
  badToday: (value) => `KA_TODAY is "${value}", which is not a date as YYYY-MM-DD.`,
};

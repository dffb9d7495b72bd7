/** Text of the `validate` command (en-US). Problem messages themselves come from the core. */
import type { ValidateCliText } from './validate.zh-CN';

export const VALIDATE_CLI_EN: ValidateCliText = {
  summary: (file, errors, warnings) => `Checked ${file}: ${errors} error(s), ${warnings} warning(s).`,
  clean: (file) => `Checked ${file}: no problems found.`,
  tableHeading: (sheet, table, errors, warnings) => `${sheet} (${table}): ${errors} error(s), ${warnings} warning(s)`,
  severity: (s) => (s === 'error' ? 'error' : 'warning'),
  missingTables: () =>
    'The workbook lacks some of the workbench tables (see the STRUCTURE problems above), so the check is incomplete. Restore them, or run ka-workbench generate --out on this file to upgrade it (everything in it is kept).',
};

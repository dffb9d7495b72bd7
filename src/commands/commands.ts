/**
 * Function file for ribbon commands (manifest.xml: FunctionFile → commands.html; each
 * ExecuteFunction's <FunctionName> must be a key of RIBBON_FUNCTIONS).
 *
 * Every function is registered with Office.actions.associate at module top level, while the
 * script first runs, not after `await Office.onReady()`: Office may invoke the command as soon as
 * the function file has loaded, and a handler associated later is missing for that first click.
 * Microsoft's own template registers the same way ("Register the function with Office." right after
 * the handler, OfficeDev/Office-Addin-TaskPane src/commands/commands.ts), and the event-based
 * activation guide lists "call Office.actions.associate" as a step of its own, not something to
 * wait for (https://learn.microsoft.com/office/dev/add-ins/outlook/autolaunch).
 */
import { runCheck } from './runCheck';
import { runPrintRecord } from './runPrintRecord';

export const RIBBON_FUNCTIONS: Readonly<Record<string, (event: Office.AddinCommands.Event) => Promise<void>>> = {
  runCheck,
  runPrintRecord,
};

for (const [name, handler] of Object.entries(RIBBON_FUNCTIONS)) Office.actions.associate(name, handler);

// Office.js asks every page to initialise; the handlers above need nothing more from it.
Office.onReady().catch((err: unknown) => console.error('commands: Office did not start', err));

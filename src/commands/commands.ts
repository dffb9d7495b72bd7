/** Function file for ribbon commands (placeholder: runCheck only completes the event). */

async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  event.completed();
}

async function init(): Promise<void> {
  await Office.onReady();
  Office.actions.associate('runCheck', runCheck);
}

void init();

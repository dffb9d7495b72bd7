import { OfficePort } from '../../src/adapters/office/officePort';
import { createFakeExcel } from '../fake-excel';
import { runPortContract } from './portContract';

// Every contract case runs with each combination of the user's two AutoCorrect options (FACTS;
// office-js #2093): "Include new rows and columns in table" and "Fill formulas in tables to create
// calculated columns". API writes obey them, so the adapter must not depend on either.
// "Reopening" an Office workbook is just a new port on the same host: the fake keeps its state.
for (const includeNewRows of [true, false]) {
  for (const fillFormulas of [true, false]) {
    const label = `include new rows ${includeNewRows ? 'on' : 'off'}, fill formulas ${fillFormulas ? 'on' : 'off'}`;
    runPortContract(`OfficePort over the strict fake Excel (${label})`, async () => {
      const fake = createFakeExcel({ autoCorrect: { includeNewRows, fillFormulas } });
      const open = () => new OfficePort(fake.run, { isSetSupported: fake.isSetSupported, lang: 'en-US' });
      return { port: open(), reopen: async () => open(), syncs: () => fake.syncCount() };
    });
  }
}

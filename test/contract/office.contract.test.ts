import { OfficePort } from '../../src/adapters/office/officePort';
import { createFakeExcel } from '../fake-excel';
import { runPortContract } from './portContract';

// "Reopening" an Office workbook is just a new port on the same host: the fake keeps its state.
runPortContract('OfficePort over the strict fake Excel', async () => {
  const fake = createFakeExcel();
  const open = () => new OfficePort(fake.run, { isSetSupported: fake.isSetSupported });
  return { port: open(), reopen: async () => open(), syncs: () => fake.syncCount() };
});

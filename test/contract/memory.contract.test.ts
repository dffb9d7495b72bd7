import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { runPortContract } from './portContract';

// The preview's workbook: "reopening" it is the same object, as for the Office host.
runPortContract('MemoryPort', async () => {
  const port = new MemoryPort();
  return { port, reopen: async () => port };
});

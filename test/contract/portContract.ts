/**
 * The WorkbookPort contract under jest: a thin wrapper over the jest-independent cases in
 * src/selftest (which the task pane's self-test page also runs inside Excel). Each case becomes one
 * `it`, in order; a case that needs what an earlier one wrote says so when that one failed.
 *
 * Formula results are not asserted (a file adapter has no calculation engine); the engine tests
 * check them with LibreOffice.
 */
import { CONTRACT_CASES } from '../../src/selftest/cases';
import type { ContractContext } from '../../src/selftest/types';
import type { HarnessFactory } from './harness';

export { PLAN_1, PLAN_2, TRICKY_TEXTS, serial } from '../../src/selftest/fixtures';

export function runPortContract(label: string, makeHarness: HarnessFactory): void {
  describe(`WorkbookPort contract: ${label}`, () => {
    let ctx: ContractContext | undefined;

    beforeAll(async () => {
      ctx = { harness: await makeHarness(), state: {} };
    });

    for (const c of CONTRACT_CASES) {
      it(c.name, async () => {
        if (!ctx) throw new Error('the harness did not start');
        await c.run(ctx);
      });
    }
  });
}

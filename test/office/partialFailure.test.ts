/**
 * Issue #8 point 3: Excel keeps what ran before a failed command (FACTS), so a failure part-way must
 * be visible and recoverable. For each operation, a failure is injected at every round trip of a
 * clean run — at its first command (nothing of that request applies) and at its last (everything
 * but the last command applies). Each time the user gets a message that says what was written (or
 * that nothing was), and running the same operation again gives exactly the workbook of a run
 * without failure: no duplicate row, no lost row, every formula and format in place.
 */
import { PortError } from '../../src/core/port/types';
import { book, contents, dashboard, fork, generate, newPeriod, saveInputs, signFirst } from './flows';
import type { Book } from './flows';

interface Operation {
  readonly name: string;
  readonly before: (b: Book) => Promise<void>;
  readonly run: (b: Book) => Promise<void>;
}

const OPERATIONS: readonly Operation[] = [
  { name: 'generate with sample data', before: async () => undefined, run: generate },
  { name: 'new period', before: generate, run: newPeriod },
  {
    name: 'save KPI inputs',
    before: async (b) => {
      await generate(b);
      await newPeriod(b);
    },
    run: saveInputs,
  },
  {
    name: 'sign-off',
    before: async (b) => {
      await generate(b);
      await newPeriod(b);
    },
    run: signFirst,
  },
  { name: 'dashboard', before: generate, run: dashboard },
];

/**
 * JSON with every object's keys sorted: the comparison is of contents, and a rerun that sets a
 * cell's formula again (e.g. a rewritten formula column) may leave the same properties in another order.
 */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]])) : x,
  );

/** The user-facing message of an injected failure: what was written, or that nothing was. */
const SAYS_WHAT_WAS_WRITTEN = /工作簿未做任何修改|已写入|可能只写入了一部分/;

describe.each(OPERATIONS)('$name: a failure at any round trip', (operation) => {
  let syncs = 0;
  let expected: string;
  let base: Book;

  beforeAll(async () => {
    base = book();
    await operation.before(base);
    const clean = fork(base);
    await operation.run(clean);
    syncs = clean.fake.syncCount();
    expected = canonical(contents(clean.fake));
  });

  it('has round trips to test', () => {
    expect(syncs).toBeGreaterThan(0);
  });

  for (const command of ['first', 'last'] as const) {
    it(`says what was written and completes on a second run (failure at the ${command} command of each request)`, async () => {
      for (let sync = 1; sync <= syncs; sync++) {
        const b = fork(base);
        b.fake.failAt({ sync, command });
        const failure = await operation.run(b).then(
          () => null,
          (e: unknown) => e,
        );
        expect({ sync, failure }).toEqual({ sync, failure: expect.any(PortError) });
        expect({ sync, message: (failure as PortError).message }).toEqual({ sync, message: expect.stringMatching(SAYS_WHAT_WAS_WRITTEN) });
        await operation.run(b);
        // Compared as JSON: a deep toEqual of every cell is slow, and any difference fails alike.
        const same = canonical(contents(b.fake)) === expected;
        expect({ sync, command, same }).toEqual({ sync, command, same: true });
      }
    });
  }
});

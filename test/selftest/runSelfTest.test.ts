/**
 * The self-test as the task pane runs it (src/selftest/runSelfTest.ts), over the memory port the
 * preview uses: only in an empty workbook, every case reported, its own sheets and names deleted
 * afterwards; plus the jest-independent assertions and the Office cleanup's calls.
 */
import { MemoryPort } from '../../src/adapters/memory/memoryPort';
import { deleteSheetsAndNames } from '../../src/adapters/office/deleteSheetsAndNames';
import { PortError } from '../../src/core/port/types';
import { AssertionFailure, assertEqual, assertRejects, deepEqual, errorText } from '../../src/selftest/assert';
import { CONTRACT_CASES } from '../../src/selftest/cases';
import { runSelfTest } from '../../src/selftest/runSelfTest';
import type { SelfTestTarget } from '../../src/selftest/target';
import { compactReport } from '../../src/selftest/testServer';

function memoryTarget(port = new MemoryPort()): SelfTestTarget & { port: MemoryPort } {
  return {
    host: 'preview',
    platform: 'jest',
    port,
    reopen: async () => port,
    deleteSheetsAndNames: (sheets, names) => port.deleteSheetsAndNames(sheets, names),
  };
}

describe('runSelfTest', () => {
  it('runs every case in an empty workbook, all pass on the memory port, and leaves the workbook empty', async () => {
    const target = memoryTarget();
    await target.port.apply([{ op: 'addSheet', name: 'Sheet1', visibility: 'visible' }]);
    const progress: Array<[number, number]> = [];
    const outcome = await runSelfTest(target, { onProgress: (d, t) => progress.push([d, t]) });
    if (outcome.kind !== 'done') throw new Error(`refused: ${JSON.stringify(outcome)}`);
    expect(outcome.report.results.map((r) => r.id)).toEqual(CONTRACT_CASES.map((c) => c.id));
    expect(outcome.report.results.filter((r) => !r.pass)).toEqual([]);
    expect(outcome.report).toMatchObject({ host: 'preview', passed: CONTRACT_CASES.length, failed: 0 });
    expect(outcome.report.cleanupError).toBeUndefined();
    expect(progress[0]).toEqual([0, CONTRACT_CASES.length]);
    expect(progress[progress.length - 1]).toEqual([CONTRACT_CASES.length, CONTRACT_CASES.length]);
    const after = await target.port.readStructure();
    expect(after.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(after.tables).toEqual([]);
    expect(after.names).toEqual([]);
  });

  it.each([
    ['a sheet with data', [{ op: 'writeCells', sheet: 'Sheet1', row: 3, col: 2, values: [['x']] }], { kind: 'cells', sheet: 'Sheet1' }],
    ['a table', [{ op: 'createTable', sheet: 'Sheet1', name: 'T', row: 1, col: 1, columns: [{ header: 'a' }], rows: [], style: 'TableStyleLight1' }], { kind: 'tables', count: 1 }],
    ['a defined name', [{ op: 'defineName', name: 'N', ref: "'Sheet1'!$A$1" }], { kind: 'names', count: 1 }],
    ['a hidden sheet', [{ op: 'addSheet', name: 'H', visibility: 'hidden' }], { kind: 'hiddenSheets', count: 1 }],
    ['an empty sheet named like one of its own', [{ op: 'addSheet', name: 'Lists', visibility: 'visible' }], { kind: 'sheetName', sheet: 'Lists' }],
  ] as const)('refuses a workbook with %s and changes nothing', async (_what, ops, reason) => {
    const target = memoryTarget();
    await target.port.apply([{ op: 'addSheet', name: 'Sheet1', visibility: 'visible' }, ...ops]);
    const before = await target.port.readStructure();
    expect(await runSelfTest(target)).toEqual({ kind: 'refused', reason });
    expect(await target.port.readStructure()).toEqual(before);
  });

  it('reports a failing case with its error and keeps going', async () => {
    const target = memoryTarget();
    await target.port.apply([{ op: 'addSheet', name: 'Sheet1', visibility: 'visible' }]);
    const refusing = new MemoryPort();
    await refusing.apply([{ op: 'addSheet', name: 'Sheet1', visibility: 'visible' }]);
    refusing.apply = async () => {
      throw new PortError('host', 'Excel error InvalidArgument while applying the plan');
    };
    const outcome = await runSelfTest({ ...target, port: refusing, reopen: async () => refusing });
    if (outcome.kind !== 'done') throw new Error('refused');
    const byId = new Map(outcome.report.results.map((r) => [r.id, r]));
    expect(byId.get('applyFirstPlan')).toMatchObject({ pass: false, error: 'PortError (host): Excel error InvalidArgument while applying the plan' });
    expect(byId.get('applySecondPlan')?.pass).toBe(false);
    // The read-back of the (empty) workbook still runs, and the checks say what is missing.
    expect(byId.get('sheetVisibility')?.error).toBe('AssertionFailure: Data: expected "visible", got undefined');
    expect(outcome.report.results).toHaveLength(CONTRACT_CASES.length);
  });

  it('reports a failed cleanup in the report instead of throwing', async () => {
    const target = memoryTarget();
    await target.port.apply([{ op: 'addSheet', name: 'Sheet1', visibility: 'visible' }]);
    const broken: SelfTestTarget = {
      ...target,
      deleteSheetsAndNames: async () => {
        throw new PortError('host', 'Excel error AccessDenied while deleting');
      },
    };
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcome = await runSelfTest(broken);
    error.mockRestore();
    if (outcome.kind !== 'done') throw new Error('refused');
    expect(outcome.report.cleanupError).toBe('PortError (host): Excel error AccessDenied while deleting');
    expect(outcome.report.failed).toBe(0);
  });

  it('keeps the posted copy small: ids, pass/fail and the first 300 characters of an error', () => {
    const long = 'x'.repeat(1000);
    const compact = compactReport({
      suite: 'ka-workbench port contract', host: 'office', platform: 'PC', startedAt: '', passed: 0, failed: 1,
      results: [{ id: 'readBack', name: 'n', pass: false, error: long, ms: 3 }],
    });
    expect(compact).toEqual({ suite: 'ka-workbench port contract', host: 'office', platform: 'PC', passed: 0, failed: 1, results: [{ id: 'readBack', pass: false, error: 'x'.repeat(300) }] });
  });
});

describe('jest-independent assertions', () => {
  it('compares structurally and says what differed', async () => {
    expect(deepEqual({ a: [1, null, 'x'] }, { a: [1, null, 'x'] })).toBe(true);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(() => assertEqual([1], [2], 'row')).toThrow(new AssertionFailure('row: expected [2], got [1]'));
    await expect(assertRejects(async () => undefined, () => true, 'no failure')).rejects.toThrow('expected a failure');
    await expect(assertRejects(async () => { throw new Error('boom'); }, (e) => e instanceof PortError, 'wrong kind')).rejects.toThrow('unexpected error: Error: boom');
  });

  it('names an Office error the adapter wrapped: its code and where Excel says it happened', () => {
    const cause = Object.assign(new Error('The argument is invalid.'), { name: 'RichApi.Error', code: 'InvalidArgument', debugInfo: { errorLocation: 'Range.formulas' } });
    const wrapped = new PortError('host', 'Excel error InvalidArgument while applying');
    Object.defineProperty(wrapped, 'cause', { value: cause });
    expect(errorText(wrapped)).toBe(
      'PortError (host): Excel error InvalidArgument while applying — cause RichApi.Error (InvalidArgument) at Range.formulas: The argument is invalid.',
    );
  });
});

describe('deleteSheetsAndNames (Office)', () => {
  it('deletes only what exists, making a hidden sheet visible first, in two syncs', async () => {
    const calls: string[] = [];
    let syncs = 0;
    const item = (kind: string, name: string, exists: boolean) => ({
      isNullObject: !exists,
      load: () => undefined,
      delete: () => void calls.push(`delete ${kind} ${name}`),
      set visibility(v: string) {
        calls.push(`${name}.visibility = ${v}`);
      },
    });
    const context = {
      workbook: {
        worksheets: { getItemOrNullObject: (n: string) => item('sheet', n, n !== 'Extra') },
        names: { getItemOrNullObject: (n: string) => item('name', n, n === 'List_grade') },
      },
      sync: async () => void syncs++,
    };
    const run = (async (batch: (c: unknown) => Promise<unknown>) => batch(context)) as Parameters<typeof deleteSheetsAndNames>[0];
    await deleteSheetsAndNames(run, ['Lists', 'Extra'], ['List_grade', 'Threshold']);
    expect(calls).toEqual(['delete name List_grade', 'Lists.visibility = Visible', 'delete sheet Lists']);
    expect(syncs).toBe(2);
  });
});

/**
 * The first three contract cases write and read back the contract workbook; the later cases
 * (readCases.ts, writeCases.ts) look at what they left in the context.
 */
import type { TableData, WorkbookPort, WorkbookStructure } from '../core/port/types';
import { AssertionFailure } from './assert';
import { PLAN_1, PLAN_2 } from './fixtures';
import type { ContractCase, ContractContext } from './types';

export const SETUP_CASES: readonly ContractCase[] = [
  {
    id: 'applyFirstPlan',
    name: 'applies a first plan (sheets, tables, validation, calculated columns, names) to an empty workbook',
    run: async ({ harness }) => {
      await harness.port.apply(PLAN_1);
    },
  },
  {
    id: 'applySecondPlan',
    name: 'applies a second plan after a reopen (append rows, add columns, set cells, redefine names)',
    run: async ({ harness }) => {
      const second = await harness.reopen();
      await second.apply(PLAN_2);
    },
  },
  {
    id: 'readBack',
    name: 'reads the structure and every table back after another reopen',
    run: async ({ harness, state }) => {
      const port = await harness.reopen();
      state.structure = await port.readStructure();
      state.data = await port.readTables();
      state.port = port;
    },
  },
];

/** The workbook as read back, or a failure saying that an earlier case did not get that far. */
export function readBack(ctx: ContractContext): { port: WorkbookPort; structure: WorkbookStructure; data: TableData[] } {
  const { port, structure, data } = ctx.state;
  if (!port || !structure || !data) throw new AssertionFailure('not run: the workbook was not read back (an earlier case failed)');
  return { port, structure, data };
}

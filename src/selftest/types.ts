import type { TableData, WorkbookPort, WorkbookStructure } from '../core/port/types';

/**
 * What the contract cases need from an adapter: a port on an empty workbook, and a way to "save
 * and reopen" it (a file adapter serializes and parses again; Office and memory return a new port
 * on the same workbook), so that every assertion is about what a real host would keep.
 * test/contract/harness.ts's ContractHarness has this shape.
 */
export interface SelfTestHarness {
  readonly port: WorkbookPort;
  reopen(): Promise<WorkbookPort>;
}

/** What the first cases leave for the later ones: the workbook as read back after both plans. */
export interface ContractState {
  port?: WorkbookPort;
  structure?: WorkbookStructure;
  data?: TableData[];
}

export interface ContractContext {
  readonly harness: SelfTestHarness;
  readonly state: ContractState;
}

/** One case: an id (stable: the UI's catalogues and the JSON use it), an English name, and its check. */
export interface ContractCase {
  readonly id: ContractCaseId;
  readonly name: string;
  run(ctx: ContractContext): Promise<void>;
}

export const CONTRACT_CASE_IDS = [
  'applyFirstPlan',
  'applySecondPlan',
  'readBack',
  'sheetVisibility',
  'usedExtent',
  'tablesLayout',
  'namesAndMeta',
  'textExact',
  'valuesRoundTrip',
  'appendRows',
  'fillEmptyTable',
  'addColumns',
  'setCells',
  'readNamedTables',
  'rejectConflict',
  'clearRange',
  'printSetup',
  'deleteRows',
] as const;

export type ContractCaseId = (typeof CONTRACT_CASE_IDS)[number];

/** One case's outcome; `error` is the failure's text (with Excel's error code and location). */
export interface CaseResult {
  readonly id: ContractCaseId;
  readonly name: string;
  readonly pass: boolean;
  readonly error?: string;
  readonly ms: number;
}

import type { WorkbookPort } from '../../src/core/port/types';

/**
 * What the shared contract suite needs from an adapter: a port on an empty workbook, and a way to
 * "save and reopen" it (a file adapter serializes and parses again; the Office fake returns itself),
 * so that every assertion is about what a real host would keep.
 */
export interface ContractHarness {
  readonly port: WorkbookPort;
  reopen(): Promise<WorkbookPort>;
  /** Sync count so far, for adapters that have round trips (the Office fake); undefined otherwise. */
  syncs?(): number;
}

export type HarnessFactory = () => Promise<ContractHarness>;

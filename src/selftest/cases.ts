import { READ_CASES } from './readCases';
import { SETUP_CASES } from './setupCases';
import type { ContractCase } from './types';
import { CONTRACT_CASE_IDS } from './types';
import { WRITE_CASES } from './writeCases';

/** Every port contract case, in the order they must run (later cases use what earlier ones wrote). */
export const CONTRACT_CASES: readonly ContractCase[] = [...SETUP_CASES, ...READ_CASES, ...WRITE_CASES];

// The ids list is the catalogues' key set; keep it and the cases in step.
if (CONTRACT_CASES.map((c) => c.id).join() !== CONTRACT_CASE_IDS.join()) {
  throw new Error('CONTRACT_CASES and CONTRACT_CASE_IDS differ');
}

import { errorText } from './assert';
import { CONTRACT_CASES } from './cases';
import type { CaseResult, ContractCase, ContractContext, SelfTestHarness } from './types';

export interface RunOptions {
  /** Told before each case starts (done so far, total) and once at the end (total, total). */
  readonly onProgress?: (done: number, total: number, results: readonly CaseResult[]) => void;
  /** Milliseconds since some fixed point; Date.now by default (performance.now where it exists). */
  readonly now?: () => number;
}

/**
 * Runs every contract case in order against one harness and never throws: each case becomes
 * { id, name, pass, error }. A failing case does not stop the rest (later ones say when they
 * could not run because an earlier one failed).
 */
export async function runContractCases(harness: SelfTestHarness, options: RunOptions = {}): Promise<CaseResult[]> {
  return runCases(CONTRACT_CASES, { harness, state: {} }, options);
}

export async function runCases(cases: readonly ContractCase[], ctx: ContractContext, options: RunOptions = {}): Promise<CaseResult[]> {
  const now = options.now ?? (() => Date.now());
  const results: CaseResult[] = [];
  for (const c of cases) {
    options.onProgress?.(results.length, cases.length, results);
    const started = now();
    try {
      await c.run(ctx);
      results.push({ id: c.id, name: c.name, pass: true, ms: Math.round(now() - started) });
    } catch (err) {
      results.push({ id: c.id, name: c.name, pass: false, error: errorText(err), ms: Math.round(now() - started) });
    }
  }
  options.onProgress?.(results.length, cases.length, results);
  return results;
}

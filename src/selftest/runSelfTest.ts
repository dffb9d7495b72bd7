/**
 * The self-test as the task pane runs it: only in an empty workbook, then every contract case
 * against the target's port, then it deletes the sheets and names it made, whatever happened.
 */
import { errorText } from './assert';
import { notEmptyReason } from './emptyWorkbook';
import type { NotEmptyReason } from './emptyWorkbook';
import { CONTRACT_NAMES, CONTRACT_SHEETS } from './fixtures';
import { selfTestReport } from './report';
import type { SelfTestReport } from './report';
import { runContractCases } from './runCases';
import type { RunOptions } from './runCases';
import type { SelfTestTarget } from './target';

export type SelfTestOutcome =
  | { readonly kind: 'refused'; readonly reason: NotEmptyReason }
  | { readonly kind: 'done'; readonly report: SelfTestReport };

export async function runSelfTest(target: SelfTestTarget, options: RunOptions & { readonly startedAt?: Date } = {}): Promise<SelfTestOutcome> {
  const before = await target.port.readStructure();
  const reason = notEmptyReason(before);
  if (reason) return { kind: 'refused', reason };

  const startedAt = options.startedAt ?? new Date();
  const results = await runContractCases({ port: target.port, reopen: () => target.reopen() }, options);

  // Only what the self-test made: the workbook was empty, and none of these names existed.
  let cleanupError: string | undefined;
  try {
    await target.deleteSheetsAndNames(CONTRACT_SHEETS, CONTRACT_NAMES);
  } catch (err) {
    // Reported in the page and in the JSON: the user is told which sheets to delete by hand.
    console.error(err);
    cleanupError = errorText(err);
  }
  const report = selfTestReport({
    host: target.host,
    platform: target.platform,
    startedAt,
    results,
    ...(cleanupError !== undefined ? { cleanupError } : {}),
  });
  return { kind: 'done', report };
}

import type { CaseResult } from './types';

/** What the self-test page shows as JSON, copies, and posts to office-addin-test-server. */
export interface SelfTestReport {
  readonly suite: 'ka-workbench port contract';
  /** Where it ran: 'office' (the live Excel adapter) or 'preview' (the memory port). */
  readonly host: string;
  /** Office's platform and version when known, e.g. "PC 16.0.17928"; the user agent otherwise. */
  readonly platform: string;
  readonly startedAt: string;
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly CaseResult[];
  /** Set when the sheets the self-test made could not all be deleted afterwards. */
  readonly cleanupError?: string;
}

export function selfTestReport(args: {
  host: string;
  platform: string;
  startedAt: Date;
  results: readonly CaseResult[];
  cleanupError?: string;
}): SelfTestReport {
  const passed = args.results.filter((r) => r.pass).length;
  return {
    suite: 'ka-workbench port contract',
    host: args.host,
    platform: args.platform,
    startedAt: args.startedAt.toISOString(),
    passed,
    failed: args.results.length - passed,
    results: args.results,
    ...(args.cleanupError !== undefined ? { cleanupError: args.cleanupError } : {}),
  };
}

export function reportJson(report: SelfTestReport): string {
  return JSON.stringify(report, null, 2);
}

/**
 * The WorkbookPort contract as plain async functions, independent of jest: jest runs them against
 * every adapter (test/contract), and the task pane's self-test page runs them inside Excel against
 * the live Office adapter (and in the preview against the memory port).
 */
export { AssertionFailure, errorText } from './assert';
export { CONTRACT_CASES } from './cases';
export { notEmptyReason } from './emptyWorkbook';
export type { NotEmptyReason } from './emptyWorkbook';
export { CONTRACT_NAMES, CONTRACT_SHEETS, PLAN_1, PLAN_2, TRICKY_TEXTS, serial } from './fixtures';
export { reportJson, selfTestReport } from './report';
export type { SelfTestReport } from './report';
export { runCases, runContractCases } from './runCases';
export type { RunOptions } from './runCases';
export { CONTRACT_CASE_IDS } from './types';
export type { CaseResult, ContractCase, ContractCaseId, ContractContext, ContractState, SelfTestHarness } from './types';
export { runSelfTest } from './runSelfTest';
export type { SelfTestOutcome } from './runSelfTest';
export type { SelfTestTarget } from './target';

/**
 * The service layer's public surface, for the task pane and the command line. Each service reads
 * through a WorkbookPort, computes with the pure core, and writes one plan back.
 * The HR export is deliberately not re-exported here: its caller passes in the .xlsx writer, which
 * the task pane loads lazily together with `import('./exportHr')` (see taskpane/lazyServices.ts).
 */
export { generateWorkbook, previewGenerate } from './generateWorkbook';
export type { GenerateRequest } from './generateWorkbook';
export { checkWorkbook } from './checkWorkbook';
export type { CheckRequest, LocatedProblem } from './checkWorkbook';
export { startPeriod } from './startPeriod';
export type { StartPeriodRequest } from './startPeriod';
export { periodSummary, SCORING_TABLES } from './periodSummary';
export type { PeriodSummary, SummaryRow, SummaryCounts } from './periodSummary';
export { signOff } from './signOff';
export type { SignOffRequest } from './signOff';
export { writeDashboard } from './writeDashboard';
export type { WriteDashboardRequest, WriteDashboardResult } from './writeDashboard';
export { kpiInputIssues, readKpiInputs, saveKpiInputs } from './saveKpiInputs';
export { printRecord, PRINTABLE_TABLES } from './printRecord';
export type { PrintRecordResult } from './printRecord';

/**
 * The service layer's public surface, for the task pane and the command line.
 * (Implementations live one per file beside this one.)
 */
export { generateWorkbook, previewGenerate } from './generateWorkbook';
export type { GenerateRequest } from './generateWorkbook';

export { ExportPage } from './ExportPage';
export type { ExportPageProps, ExportPageState } from './ExportPage.types';

export { FormsPage } from './FormsPage';
export type { FormsPageProps, FormsPageState } from './FormsPage.types';

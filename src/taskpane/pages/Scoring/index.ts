export { ScoringPage } from './ScoringPage';
export type { ScoringPageProps, ScoringPageState } from './ScoringPage.types';

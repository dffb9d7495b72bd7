export { CheckPage } from './CheckPage';
export type { CheckPageProps, CheckPageState } from './CheckPage.types';

export { SettingsPage } from './SettingsPage';
export type { SettingsPageProps, SettingsPageState } from './SettingsPage.types';

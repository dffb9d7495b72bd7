/**
 * The task pane's UI, host-agnostic: Office (index.tsx) and the browser preview (src/preview) both
 * render <App host={…}/>, with a Host that says what the environment can do.
 */
import { useApp } from './app/useApp';
import { useAppStyles } from './app/useAppStyles.styles';
import { renderApp } from './app/renderApp';
import type { AppProps } from './app/App.types';

export type { AppProps } from './app/App.types';
export type { Host, HostSupports } from './host';

export function App(props: AppProps) {
  const state = useApp(props);
  const classes = useAppStyles();
  return renderApp(state, classes);
}

/** Placeholder task-pane entry (replaced by the real app). */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Title2, webLightTheme } from '@fluentui/react-components';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">大客户工作台</Title2>
    </FluentProvider>,
  );
}

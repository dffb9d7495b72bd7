import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Tab,
  TabList,
  webLightTheme,
} from '@fluentui/react-components';
import { StringsContext } from '../../i18n/useStrings';
import { PAGE_IDS, isPageId } from '../model/pages';
import type { PageId } from '../model/pages';
import { CheckPage } from '../pages/Check';
import { ExportPage } from '../pages/Export';
import { FormsPage } from '../pages/Forms';
import type { PageProps } from '../pages/page.types';
import { ScoringPage } from '../pages/Scoring';
import { SettingsPage } from '../pages/Settings';
import { OperationFeedback } from '../shared/OperationFeedback';
import type { AppState } from './App.types';
import type { useAppStyles } from './useAppStyles.styles';

type Classes = ReturnType<typeof useAppStyles>;

const PAGES: Record<PageId, (props: PageProps) => React.JSX.Element> = {
  forms: FormsPage,
  check: CheckPage,
  scoring: ScoringPage,
  export: ExportPage,
  settings: SettingsPage,
};

export function renderApp(state: AppState, classes: Classes) {
  const s = state.strings;
  const { host, workbook } = state;
  const pageProps: PageProps = { host, workbook, onWorkbookChanged: state.refreshWorkbook };
  const notGenerated = !workbook.loading && !workbook.error && workbook.modelVersion === null;
  return (
    <FluentProvider theme={webLightTheme} className={classes.provider} lang={state.lang}>
      <StringsContext.Provider value={state.stringsContext}>
        {state.banner}
        <header className={classes.header}>
          <Subtitle1 as="h1" className={classes.title}>
            {s.app.title}
          </Subtitle1>
          <TabList
            className={classes.tabs}
            size="small"
            selectedValue={state.page}
            onTabSelect={(_, data) => {
              if (isPageId(data.value)) state.setPage(data.value);
            }}
            aria-label={s.app.tabsLabel}
          >
            {PAGE_IDS.map((id) => (
              // Panels exist once visited (they stay mounted); aria-controls only names one that exists.
              <Tab key={id} id={`tab-${id}`} value={id} aria-controls={state.visited.has(id) ? `panel-${id}` : undefined}>
                {s.app.tabs[id]}
              </Tab>
            ))}
          </TabList>
        </header>
        <main className={classes.main}>
          {host.unsupportedReasons.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.app.unsupportedTitle}</MessageBarTitle>
                <ul className={classes.list}>
                  {host.unsupportedReasons.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <OperationFeedback
            busy={false}
            busyLabel={s.app.reading}
            error={state.structure.error}
            onRetry={state.refreshWorkbook}
          />
          {notGenerated && state.page !== 'forms' && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{s.app.notGenerated}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => state.setPage('forms')}>
                  {s.app.goToForms}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {PAGE_IDS.filter((id) => state.visited.has(id)).map((id) => {
            const Page = PAGES[id];
            return (
              <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== state.page}>
                <Page {...pageProps} />
              </div>
            );
          })}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}

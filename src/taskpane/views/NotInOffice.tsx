/**
 * Shown when taskpane.html is opened outside Office (Office.onReady gives host null): how to load
 * the add-in in Excel, and how to try the browser preview instead.
 */
import { Body1, FluentProvider, Subtitle1, Subtitle2, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../core/model/types';
import { stringsFor } from '../../i18n/uiLang';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '640px',
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface NotInOfficeProps {
  readonly lang: Lang;
}

export function NotInOffice(props: NotInOfficeProps) {
  const classes = useStyles();
  const o = stringsFor(props.lang).outside;
  return (
    <FluentProvider theme={webLightTheme} lang={props.lang}>
      <main className={classes.root}>
        <Subtitle1 as="h1" className={classes.heading}>
          {o.title}
        </Subtitle1>
        <Body1>{o.body}</Body1>
        <Subtitle2 as="h2" className={classes.heading}>
          {o.sideloadTitle}
        </Subtitle2>
        <ol className={classes.list}>
          {o.sideload.map((step, i) => (
            <li key={i}>
              <Body1>{step}</Body1>
            </li>
          ))}
        </ol>
        <Subtitle2 as="h2" className={classes.heading}>
          {o.previewTitle}
        </Subtitle2>
        <Body1>{o.preview}</Body1>
      </main>
    </FluentProvider>
  );
}

/** The ribbon check's result, in an Office dialog (see checkResultQuery.ts). */
import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../core/model/types';
import { stringsFor } from '../../i18n/uiLang';
import type { CheckResultQuery } from './checkResultQuery';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  heading: { margin: 0 },
});

export interface CheckResultProps {
  readonly lang: Lang;
  readonly result: CheckResultQuery;
  readonly onClose: () => void;
}

/** The dialog's frame: a heading, the body, and one Close button. */
function Frame(props: { readonly lang: Lang; readonly heading: string; readonly onClose: () => void; readonly children: ReactNode }) {
  const classes = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={props.lang}>
      <main className={classes.root}>
        <Subtitle1 as="h1" className={classes.heading}>
          {props.heading}
        </Subtitle1>
        {props.children}
        <div>
          <Button appearance="primary" onClick={props.onClose}>
            {stringsFor(props.lang).checkResult.close}
          </Button>
        </div>
      </main>
    </FluentProvider>
  );
}

export function CheckResult(props: CheckResultProps) {
  const r = stringsFor(props.lang).checkResult;
  const { errors, warnings, selected, failure, kind } = props.result;
  if (kind === 'print') {
    return (
      <Frame lang={props.lang} heading={stringsFor(props.lang).forms.printHeading} onClose={props.onClose}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      </Frame>
    );
  }
  return (
    <Frame lang={props.lang} heading={r.title} onClose={props.onClose}>
      {failure !== undefined ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {r.failed}
            {failure}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>{errors + warnings > 0 ? r.summary(errors, warnings) : r.none}</MessageBarBody>
        </MessageBar>
      )}
      {selected && <Body1>{r.firstSelected}</Body1>}
      <Body1>{r.details}</Body1>
    </Frame>
  );
}

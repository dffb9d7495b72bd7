/**
 * The one way pages show an operation's outcome: a labelled ProgressBar while it runs, an error
 * MessageBar that says what to do next, or a success MessageBar. Live regions announce changes.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import { useStrings } from '../../../i18n/useStrings';
import { describeError } from '../../model/errors';
import type { OperationFeedbackProps } from './OperationFeedback.types';
import { useOperationFeedbackStyles } from './useOperationFeedbackStyles.styles';

export function OperationFeedback(props: OperationFeedbackProps) {
  const s = useStrings();
  const classes = useOperationFeedbackStyles();
  const { busy, busyLabel, progress, error, success, onRetry } = props;
  const text = error ? describeError(error.cause, s) : undefined;

  return (
    <div className={classes.root} aria-live="polite">
      {busy && (
        <Field label={busyLabel}>
          <ProgressBar value={progress} thickness="large" />
        </Field>
      )}
      {!busy && text && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.common.errorTitle}</MessageBarTitle>
            {text.message}
            <span className={classes.next}>
              {s.common.nextStep}
              {text.next}
            </span>
          </MessageBarBody>
          {onRetry && (
            <MessageBarActions>
              <Button size="small" onClick={onRetry}>
                {s.common.retry}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {!busy && !text && success && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{success}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

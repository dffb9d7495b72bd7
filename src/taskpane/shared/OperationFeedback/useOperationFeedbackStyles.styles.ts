import { makeStyles, tokens } from '@fluentui/react-components';

export const useOperationFeedbackStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  next: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
  },
});

import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const usePeriodPickerStyles = makeStyles({
  root: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: {
    ...typographyStyles.body1Strong,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  year: { flexGrow: 1, flexBasis: '90px', minWidth: 0 },
  month: { flexGrow: 1, flexBasis: '110px', minWidth: 0 },
});

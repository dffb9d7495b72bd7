import { makeStyles, tokens } from '@fluentui/react-components';

export const useSettingsPageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  sectionHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  table: { tableLayout: 'fixed', width: '100%' },
  valueCol: { width: '104px' },
  paramCell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  paramId: { display: 'block', overflowWrap: 'anywhere' },
  note: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  valueCell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  input: { width: '100%', minWidth: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { PAGE_LAYOUT } from '../../shared/pageLayout.styles';

export const useSettingsPageStyles = makeStyles({
  ...PAGE_LAYOUT,
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

import { makeStyles, tokens } from '@fluentui/react-components';

export const useSelfTestStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  itemTitle: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0 },
  error: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', color: tokens.colorPaletteRedForeground1 },
  json: { fontFamily: tokens.fontFamilyMonospace, width: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
});

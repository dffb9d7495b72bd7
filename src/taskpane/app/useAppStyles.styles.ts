import { makeStyles, tokens } from '@fluentui/react-components';

/** Designed for a 320–450 px task pane: one column, compact spacing, a sticky header. */
export const useAppStyles = makeStyles({
  provider: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
  tabs: {
    // Five short tabs fit 320 px in Chinese; longer English labels wrap onto a second line rather
    // than hide behind a scroll.
    flexWrap: 'wrap',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Where the dashboard block sits on the Dashboard sheet (1-based rows and columns). Everything the
 * add-in writes there lies in columns A..AB, so a rewrite clears exactly those columns; the charts
 * float over rows 3–17, above the score grid.
 */
export const DASHBOARD_LAYOUT = {
  /** A1: title. */
  titleRow: 1,
  /** A2: label, B2: the period (the grade counts refer to $B$2), C2: a note. */
  periodRow: 2,
  /** A4:B4 headers, A5:B9 one row per grade and 免考: the grade chart's source. */
  gradeHeaderRow: 4,
  /** Section title of the score grid. */
  scoreTitleRow: 20,
  /** A: 工号, B: 姓名, C..N: the periods; staff rows below. */
  scoreHeaderRow: 21,
  periodCount: 12,
  firstPeriodCol: 3,
  /**
   * The line chart's own copy of the grid (P: legend names, Q..AB: scores or #N/A). Excel plots a
   * formula's "" as 0, which would draw every month without a score as a drop to zero; #N/A is not
   * plotted. The visible grid keeps blanks, this copy feeds the chart.
   */
  chartDataCol: 16,
  /** Last column the block uses (AB): a rewrite clears A..AB. */
  lastCol: 28,
  gradeChart: { name: 'KaDashboardGrades', anchor: { row: 3, col: 4, widthCols: 7, heightRows: 15 } },
  scoreChart: { name: 'KaDashboardScores', anchor: { row: 3, col: 12, widthCols: 10, heightRows: 15 } },
} as const;

/** Grade rows of the distribution table, in order; 免考 counts 考核状态, the others 等级. */
export const DASHBOARD_GRADES = ['A', 'B', 'C', 'D', '免考'] as const;

/**
 * Which rows a year-end archive moves (SPEC §5.2), as data keyed by table name. Columns are named
 * by their zh-CN model header, so a rule applies as soon as its table is in the model (Revenue and
 * Receivables arrive with #11) and is skipped while it is not. Every other table stays whole.
 */
export type ArchiveRule =
  /** Rows whose date column lies before the cut-off month's first day. */
  | { readonly kind: 'dateBefore'; readonly column: string }
  /** Rows whose YYYY-MM period lies before the month preceding the cut-off (上期销售额 still finds it). */
  | { readonly kind: 'periodBeforePrevious'; readonly column: string }
  /** Rows fully collected before the cut-off: collected date before it and amount ≥ the amount due. */
  | { readonly kind: 'collectedBefore'; readonly date: string; readonly collected: string; readonly due: string };

export const ARCHIVE_RULES: Readonly<Record<string, ArchiveRule>> = {
  Visits: { kind: 'dateBefore', column: '日期' },
  VisitDaily: { kind: 'dateBefore', column: '日期' },
  FollowUps: { kind: 'dateBefore', column: '跟进日期' },
  GiftRequests: { kind: 'dateBefore', column: '馈赠日期' },
  ReceptionRequests: { kind: 'dateBefore', column: '接待时间' },
  ReceptionReports: { kind: 'dateBefore', column: '招待日期' },
  Revenue: { kind: 'periodBeforePrevious', column: '期间' },
  Receivables: { kind: 'collectedBefore', date: '回款日期', collected: '回款金额(万元)', due: '应收金额(万元)' },
};

/**
 * Rows that move only together: a reception report and its request. A request leaves only when
 * every report linked to it leaves too, and a report only with its request (when the request is in
 * the workbook), so the source never gains a REF or R-REPORT error.
 */
export const ARCHIVE_LINKS: readonly { readonly child: string; readonly childKey: string; readonly parent: string; readonly parentKey: string }[] = [
  { child: 'ReceptionReports', childKey: '关联申请编号', parent: 'ReceptionRequests', parentKey: '申请编号' },
];

/**
 * The ribbon's 检查 button runs the check headless (src/commands) and shows its result in an Office
 * dialog that loads taskpane.html?view=checkResult&…: the counts travel in the query string.
 */
export interface CheckResultQuery {
  readonly errors: number;
  readonly warnings: number;
  /** The first error's cell was selected. */
  readonly selected: boolean;
  /** The check failed; its message. */
  readonly failure?: string;
  /** 'print': the dialog answers the ribbon's 打印此记录, whose message is `failure`. */
  readonly kind?: 'print';
}

export const CHECK_RESULT_VIEW = 'checkResult';

export function checkResultSearch(q: CheckResultQuery): string {
  const p = new URLSearchParams({ view: CHECK_RESULT_VIEW, errors: String(q.errors), warnings: String(q.warnings) });
  if (q.selected) p.set('selected', '1');
  // Long messages would make a long URL; the Check page shows the full text.
  if (q.failure !== undefined) p.set('failure', q.failure.slice(0, 500));
  if (q.kind === 'print') p.set('kind', 'print');
  return `?${p.toString()}`;
}

/** The dialog's query, or undefined when the page is not the check-result view. */
export function parseCheckResultSearch(search: string): CheckResultQuery | undefined {
  const p = new URLSearchParams(search);
  if (p.get('view') !== CHECK_RESULT_VIEW) return undefined;
  const count = (k: string) => {
    const n = Number(p.get(k));
    return Number.isInteger(n) && n >= 0 ? n : 0;
  };
  const failure = p.get('failure');
  return {
    errors: count('errors'),
    warnings: count('warnings'),
    selected: p.get('selected') === '1',
    ...(failure !== null ? { failure } : {}),
    ...(p.get('kind') === 'print' ? { kind: 'print' as const } : {}),
  };
}

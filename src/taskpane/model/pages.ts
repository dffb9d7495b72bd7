/** The task pane's pages, in tab order, and which one a URL asks for (manifest: ?page=scoring). */
export const PAGE_IDS = ['forms', 'check', 'scoring', 'export', 'settings'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export function isPageId(value: unknown): value is PageId {
  return typeof value === 'string' && (PAGE_IDS as readonly string[]).includes(value);
}

/** The page named by `?page=` in a query string, or the default. */
export function initialPageOf(search: string, fallback: PageId = 'forms'): PageId {
  const page = new URLSearchParams(search).get('page');
  return isPageId(page) ? page : fallback;
}

/** How data sheets print (SPEC §2.2): A4, landscape where wide, one page wide, header row on every page. */
import type { Lang, SheetSpec } from '../model/types';
import type { PageSetup } from '../port/types';
import { TABLE_GAP } from '../plan/layout';

/** Wider than this (in characters of column width) prints landscape: A4 portrait holds about 100 at a slight shrink. */
const PORTRAIT_MAX_CHARS = 100;
/** Excel's default column width, for columns the model gives none. */
const DEFAULT_WIDTH = 9;

/** Sheet name left, "page x of y" right (Excel header/footer codes, the same in Office.js). */
export function printFooter(lang: Lang): PageSetup['footer'] {
  return { left: '&A', center: '', right: lang === 'zh-CN' ? '第 &P 页,共 &N 页' : 'Page &P of &N' };
}

export function dataSheetPageSetup(spec: SheetSpec, lang: Lang): PageSetup {
  const columns = spec.tables.reduce((n, t) => n + t.columns.reduce((m, c) => m + (c.width ?? DEFAULT_WIDTH), 0), 0);
  const chars = columns + (spec.tables.length - 1) * TABLE_GAP * DEFAULT_WIDTH;
  return {
    paper: 'A4',
    orientation: chars > PORTRAIT_MAX_CHARS ? 'landscape' : 'portrait',
    fitWide: 1,
    fitTall: 0,
    titleRows: { first: 1, last: 1 },
    footer: printFooter(lang),
    gridLines: false,
    centerHorizontally: false,
  };
}

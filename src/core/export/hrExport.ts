/**
 * The HR export (SPEC §5) as a plan for a new workbook: KpiSummary and the per-scheme tables for a
 * period range, plus Staff (工号, 姓名, 部门, 岗位, 职级), as values only. It takes its scores from
 * the reference scorer, which the parity test ties to the workbook's formulas, so the export is
 * the same whether or not the host computed them. No customer table, no contact, no personal
 * column can reach it: it is built from a fixed list of staff and KPI columns, never by copying.
 */
import type { Lang } from '../model/types';
import { textIn } from '../model/types';
import type { CellInput, ColumnFormat, TableData, WriteOp } from '../port/types';
import { STAFF } from '../model/tables/staff';
import { columnByKey } from '../model/lookup';
import { SCHEMES } from '../kpi/schemes';
import { KPI_COL, SUMMARY_COL, scoreHeader } from '../kpi/columns';
import { monthKeyOf } from '../kpi/period';
import { scoreTables } from '../scoring/scoreTables';
import type { ScoredKpiRow } from '../scoring/scoreTables';
import { recordsOf } from '../scoring/tableView';
import { SCORE_FORMAT, DATE_FORMAT } from '../model/numberFormats';
import { TABLE_STYLE } from '../plan/layout';

export interface HrExport {
  readonly fileName: string;
  readonly ops: readonly WriteOp[];
  readonly rows: number;
}

export interface HrExportError {
  readonly error: string;
}

/** Staff columns HR receives: nothing else of the Staff table leaves the workbook. */
export const HR_STAFF_KEYS = ['staffId', 'name', 'dept', 'position', 'rank'] as const;

const SHEETS = {
  summary: { zh: '考核汇总', en: 'KPI summary' },
  staff: { zh: '员工', en: 'Staff' },
} as const;

const shown = (r: ScoredKpiRow, v: number | string | null): CellInput =>
  r.scored.status === '正常' ? v : r.scored.status === '输入有误' ? '输入有误' : '';

export function planHrExport(tables: readonly TableData[], from: string, to: string, lang: Lang): HrExport | HrExportError {
  const lo = monthKeyOf(from);
  const hi = monthKeyOf(to);
  if (lo === null || hi === null || lo > hi) {
    return {
      error:
        lang === 'zh-CN'
          ? `期间范围「${from} 至 ${to}」无效:请用 YYYY-MM 格式,且起始不晚于截止。`
          : `The period range "${from} to ${to}" is not valid: use YYYY-MM, with the start not after the end.`,
    };
  }
  const scored = scoreTables(tables).rows.filter((r) => {
    const k = r.scored.monthKey;
    return k !== null && k >= lo && k <= hi;
  });
  const ops: WriteOp[] = [];
  const table = (sheet: string, name: string, columns: ColumnFormat[], rows: CellInput[][]): void => {
    ops.push({ op: 'addSheet', name: sheet, visibility: 'visible' });
    ops.push({ op: 'createTable', sheet, name, row: 1, col: 1, columns, rows, style: TABLE_STYLE });
    ops.push({ op: 'freezeRows', sheet, rows: 1 });
  };
  const h = (t: { zh: string; en: string }, numberFormat?: string, width = 12): ColumnFormat => ({
    header: textIn(t, lang),
    width,
    ...(numberFormat ? { numberFormat } : {}),
  });

  const S = SUMMARY_COL;
  table(
    textIn(SHEETS.summary, lang),
    'KpiSummary',
    [h(S.period.header, '@', 10), h(S.staffId.header, '@'), h(S.name.header), h(S.position.header, undefined, 18), h(S.scheme.header, undefined, 8), h(S.total.header, SCORE_FORMAT, 8), h(S.grade.header, undefined, 7), h(S.runD.header, '0', 10), h(S.suggestion.header, undefined, 24), h(S.status.header, undefined, 10)],
    scored.map((r) => [r.period, r.staffId, r.name, r.position, r.scheme, shown(r, r.scored.total), shown(r, r.scored.grade), r.scored.run, r.scored.suggestion, r.scored.status]),
  );

  for (const scheme of SCHEMES) {
    const rows = scored.filter((r) => r.scheme === scheme.id);
    const C = KPI_COL;
    const columns = [
      h(C.period.header, '@', 10),
      h(C.staffId.header, '@'),
      h(C.name.header),
      ...scheme.inputs.map((i) => h(i.header, undefined, 14)),
      ...scheme.items.map((i) => h(scoreHeader(i.name), SCORE_FORMAT, 12)),
      h(C.total.header, SCORE_FORMAT, 8),
      h(C.grade.header, undefined, 7),
      h(C.runD.header, '0', 10),
      h(C.suggestion.header, undefined, 24),
      h(C.status.header, undefined, 10),
      h(C.firstReviewer.header),
      h(C.firstReviewDate.header, DATE_FORMAT),
      h(C.secondReviewer.header),
      h(C.secondReviewDate.header, DATE_FORMAT),
    ];
    const inputsOf = inputReader(tables, scheme.table);
    table(
      safeSheetName(`${scheme.id} ${textIn(scheme.title, lang)}`),
      scheme.table,
      columns,
      rows.map((r) => [
        r.period,
        r.staffId,
        r.name,
        ...scheme.inputs.map((i) => inputsOf(r.row, i.key)),
        ...scheme.items.map((_, k) => shown(r, r.scored.items?.[k] ?? null)),
        shown(r, r.scored.total),
        shown(r, r.scored.grade),
        r.scored.run,
        r.scored.suggestion,
        r.scored.status,
        r.firstReviewer,
        r.firstReviewDate,
        r.secondReviewer,
        r.secondReviewDate,
      ]),
    );
  }

  const staff = recordsOf(STAFF, tables.find((t) => t.name === 'Staff')).filter((s) => s.staffId !== null && s.staffId !== '');
  table(
    textIn(SHEETS.staff, lang),
    'Staff',
    HR_STAFF_KEYS.map((k) => h(columnByKey(STAFF, k).header, '@', k === 'position' ? 18 : 12)),
    staff.map((s) => HR_STAFF_KEYS.map((k) => s[k] ?? null)),
  );
  ops.push({ op: 'activate', sheet: textIn(SHEETS.summary, lang) });

  const range = from === to ? from : `${from}_${to}`;
  return { fileName: `${lang === 'zh-CN' ? '绩效考核' : 'KPI'}_${range}.xlsx`, ops, rows: scored.length };
}

/** The typed input values of a scheme table's row (only numbers and text; a formula's value as read). */
function inputReader(tables: readonly TableData[], name: string): (row: number, key: string) => CellInput {
  const data = tables.find((t) => t.name === name);
  const scheme = SCHEMES.find((s) => s.table === name);
  if (!data || !scheme) return () => null;
  const index = new Map(scheme.inputs.map((i) => [i.key, data.headers.findIndex((hd) => hd.trim() === i.header.zh || hd.trim() === i.header.en)]));
  return (row, key) => {
    const c = index.get(key) ?? -1;
    const v = c < 0 ? null : (data.rows[row - data.headerRow - 1]?.[c] ?? null);
    return typeof v === 'boolean' ? String(v) : v;
  };
}

/** Excel sheet names: at most 31 characters, none of / \\ ? * [ ] :. */
export function safeSheetName(name: string): string {
  return name.replace(/[/\\?*[\]:]/g, '·').slice(0, 31);
}

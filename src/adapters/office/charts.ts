/**
 * Charts (ExcelApi 1.1: worksheet.charts, charts.add, Chart.name, title.text, setPosition, delete).
 * A plan replaces charts by name; to keep the plan's round trips fixed, the names of the charts on
 * every sheet that gets one are loaded in the same sync that reads the table details.
 */
import type { ChartKind } from '../../core/port/types';

/** A chart on a sheet as the plan sees it: found in the workbook, or added by an earlier step. */
export interface ChartRef {
  readonly name: string;
  proxy?: Excel.Chart;
  /** Deleted (replaced) by the plan. */
  replaced: boolean;
}

/**
 * 'line' is drawn with markers: a score between two missing months (#N/A, not plotted) would
 * otherwise be invisible, since a plain line needs two neighbouring points.
 */
export const OFFICE_CHART_TYPE: Record<ChartKind, 'ColumnClustered' | 'LineMarkers'> = {
  columnClustered: 'ColumnClustered',
  line: 'LineMarkers',
};

/** Queues a load of the chart names on each named sheet that exists; returns them once synced. */
export function queueChartLoads(
  sheets: readonly { readonly name: string; readonly ws: Excel.Worksheet }[],
  wanted: ReadonlySet<string>,
): Map<string, Excel.ChartCollection> {
  const out = new Map<string, Excel.ChartCollection>();
  for (const s of sheets) {
    const key = s.name.toLowerCase();
    if (wanted.has(key)) out.set(key, s.ws.charts.load('items/name'));
  }
  return out;
}

export function chartRefs(loaded: Map<string, Excel.ChartCollection>): Map<string, ChartRef[]> {
  return new Map([...loaded].map(([sheet, coll]) => [sheet, coll.items.map((c) => ({ name: c.name, proxy: c, replaced: false }))]));
}

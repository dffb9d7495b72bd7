import type { CellInput } from '../port/types';
import type { Lang } from '../model/types';
import { textIn } from '../model/types';
import { DEFAULT_PARAMS } from '../kpi/params';
import { sampleData } from '../sample';
import { sampleKpiRows } from '../kpi/sample';
import { sampleTargets } from '../kpi/sampleTargets';

/**
 * Rows that new tables start with: the default KPI parameters always, and the demo data when a
 * sample date is given.
 */
export function initialRows(lang: Lang, sampleAsOf?: number): Record<string, readonly (readonly CellInput[])[]> {
  const params: CellInput[][] = DEFAULT_PARAMS.map((p) => [p.id, p.value, textIn(p.note, lang)]);
  if (sampleAsOf === undefined) return { KpiParams: params };
  const data = sampleData(sampleAsOf);
  const kpi = sampleKpiRows(data.Staff ?? [], sampleAsOf);
  const targets = sampleTargets(data.Staff ?? [], kpi, sampleAsOf);
  return { ...data, ...kpi, Targets: targets, KpiParams: params };
}

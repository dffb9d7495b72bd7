/**
 * The hint under a pre-filled input of the Scoring page's form: what the workbook calculates and
 * where the number came from (issue #11: "实际营业额 183 = 业绩台账 7 行", so that the director can
 * trust it), and, when the director typed over it, that the typed value wins. Pure: the field as
 * readKpiInputs gives it (derived value and ledger row count from the reference, src/core/kpi/
 * ledgers.ts) and the UI strings in; text out.
 */
import type { KpiInput } from '../../../../core/kpi/types';
import type { KpiInputField } from '../../../../core/services/saveKpiInputs';
import type { UiStrings } from '../../../../i18n/ui.zh-CN';
import { cellText } from './kpiInputsDraft';

type InputStrings = UiStrings['scoring']['inputs'];

/**
 * "实际营业额 183 = 业绩台账 7 行", or "…:业绩台账中没有对应记录" when no row counts; '' for an input
 * that is not pre-filled, for one whose rows the read did not count, and for 有效跟进客户数 (it counts
 * customers, not rows).
 */
export function originText(input: KpiInput, field: Pick<KpiInputField, 'header' | 'derived' | 'derivedRows'>, k: InputStrings): string {
  if (!input.prefill || input.prefill === 'followedCustomers' || field.derivedRows === undefined) return '';
  const source = k.sources[input.prefill];
  return field.derivedRows > 0 ? k.origin(field.header, derivedText(field), source, field.derivedRows) : k.noOrigin(field.header, source);
}

/** The whole hint of a pre-filled input (undefined when the read derived nothing for it). */
export function prefillHint(input: KpiInput, field: KpiInputField, override: boolean, k: InputStrings): string | undefined {
  if (!input.prefill || field.derived === undefined) return undefined;
  const origin = originText(input, field, k);
  return `${k.auto(k.sources[input.prefill], derivedText(field))}${origin === '' ? '' : ` ${origin}`}${override ? ` ${k.overrideHint}` : ''}`;
}

function derivedText(field: Pick<KpiInputField, 'derived'>): string {
  return field.derived === null || field.derived === undefined ? '—' : cellText(field.derived);
}

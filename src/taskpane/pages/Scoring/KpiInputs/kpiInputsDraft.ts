/**
 * The input form's model, pure: which control each input gets, the texts the director edits, the
 * row those texts make (for the checks), and what a save must write. The form writes only what
 * changed, so a formula that still follows the logs, or a cell nobody touched, stays as it is.
 */
import type { CellValue } from '../../../../core/port/types';
import type { KpiInput, Scheme } from '../../../../core/kpi/types';
import { isEmptyCell } from '../../../../core/kpi/inputs';
import type { KpiInputField, KpiInputsSnapshot } from '../../../../core/services/saveKpiInputs';

export const YES = '是';
export const NO = '否';

/** A native select for a closed list (allowed values, 是/否); a text box for everything else. */
export type FieldControl =
  | { readonly kind: 'select'; readonly options: readonly string[]; readonly yesno: boolean }
  | { readonly kind: 'text'; readonly inputMode: 'decimal' | 'numeric' };

export function controlOf(input: KpiInput): FieldControl {
  const t = input.type;
  if (t.kind === 'yesno') return { kind: 'select', options: [YES, NO], yesno: true };
  // Allowed-only (分析判断能力 ∈ {2.5, 3, 3.5, 4}): largest first, as the seeds list them. 责任感 has a
  // range besides its allowed values, so it stays a text box.
  if (t.kind === 'number' && t.allowed && t.min === undefined && t.max === undefined) {
    return { kind: 'select', options: [...t.allowed].sort((a, b) => b - a).map(String), yesno: false };
  }
  return { kind: 'text', inputMode: t.kind === 'int' ? 'numeric' : 'decimal' };
}

export interface FieldDraft {
  /** What the control holds. */
  readonly text: string;
  /** Prefilled inputs: the director's number replaces the calculation. */
  readonly override: boolean;
}

export type Draft = Readonly<Record<string, FieldDraft>>;

/** A cell as the form shows it. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export function initialDraft(snapshot: KpiInputsSnapshot): Draft {
  const draft: Record<string, FieldDraft> = {};
  for (const f of snapshot.fields) {
    const following = f.auto === true;
    draft[f.key] = { text: following ? '' : cellText(f.value), override: f.derived !== undefined && !following };
  }
  return draft;
}

/** Full-width digits, point and minus (a Chinese input method's) as ASCII. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF0E\uFF0D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u2212/g, '-');
}

/**
 * The cell value a text stands for: empty → null, a plain decimal number → that number, anything
 * else stays text (the check then says what the input takes; it is never written as a number).
 */
export function parseText(input: KpiInput, text: string): number | string | null {
  const t = text.trim();
  if (t === '') return null;
  if (input.type.kind === 'yesno') return t;
  const n = halfWidth(t);
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(n) ? Number(n) : t;
}

const isPrefilled = (f: KpiInputField): boolean => f.derived !== undefined;

/** The row as a save would leave it, by input key: what the checks look at. */
export function draftValues(scheme: Scheme, snapshot: KpiInputsSnapshot, draft: Draft): Record<string, CellValue> {
  const byKey = new Map(scheme.inputs.map((i) => [i.key, i]));
  const values: Record<string, CellValue> = {};
  for (const f of snapshot.fields) {
    const input = byKey.get(f.key);
    const d = draft[f.key];
    if (!input || !d) continue;
    values[f.key] = isPrefilled(f) && !d.override ? (f.derived ?? null) : parseText(input, d.text);
  }
  return values;
}

export interface DraftChanges {
  readonly values: Record<string, number | string | null>;
  /** Prefilled inputs to give back their formula. */
  readonly auto: string[];
}

/**
 * What a save writes: values that differ from the cell as read, and formulas for prefilled inputs
 * that follow the logs again. A prefilled cell that reads empty gets its formula too: in Excel that
 * is a cleared cell (which would leave the row 待录入), and rewriting a formula that is there changes nothing.
 */
export function draftChanges(scheme: Scheme, snapshot: KpiInputsSnapshot, draft: Draft): DraftChanges {
  const byKey = new Map(scheme.inputs.map((i) => [i.key, i]));
  const values: Record<string, number | string | null> = {};
  const auto: string[] = [];
  for (const f of snapshot.fields) {
    const input = byKey.get(f.key);
    const d = draft[f.key];
    if (!input || !d) continue;
    if (isPrefilled(f) && !d.override) {
      if (!f.auto || isEmptyCell(f.value)) auto.push(f.key);
      continue;
    }
    const v = parseText(input, d.text);
    const wasText = typeof f.value === 'string' && f.value.trim() === v;
    // A typed override of a cell that followed the logs is written even when it equals the calculation.
    if ((v !== f.value && !wasText && !(v === null && isEmptyCell(f.value))) || (isPrefilled(f) && f.auto)) {
      values[f.key] = v;
    }
  }
  return { values, auto };
}

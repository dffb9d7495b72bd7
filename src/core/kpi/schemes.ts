/** The four KPI schemes (SPEC §4), in table order. */
import type { Scheme, SchemeId } from './types';
import { SCHEME_S1 } from './schemeS1';
import { SCHEME_L1, SCHEME_L3, SCHEME_L4 } from './schemeL';

export { SCHEME_S1, SCHEME_L1, SCHEME_L3, SCHEME_L4 };

export const SCHEMES: readonly Scheme[] = [SCHEME_S1, SCHEME_L1, SCHEME_L3, SCHEME_L4];

export function schemeById(id: SchemeId): Scheme {
  const s = SCHEMES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown KPI scheme ${id}`);
  return s;
}

/** The scheme of a Staff 考核方案 cell, or undefined when it names none (exact, as the list is). */
export function schemeOf(value: unknown): Scheme | undefined {
  return SCHEMES.find((x) => x.id === value);
}

/** Maximum points of a scheme (100 for each of the four). */
export function schemeMax(s: Scheme): number {
  return s.items.reduce((sum, i) => sum + i.max, 0);
}

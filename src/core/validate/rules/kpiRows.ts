/**
 * Shared reading for the K-* rules: the scheme tables that exist, and Staff by 工号 the way the
 * workbook's MATCH finds it (case-insensitive, first row wins; kpi/score.ts staffKey).
 */
import type { CellValue } from '../../port/types';
import type { RuleContext, TableView } from '../context';
import type { Scheme } from '../../kpi/types';
import { SCHEMES } from '../../kpi/schemes';
import { staffKey, type StaffInfo } from '../../kpi/score';

export interface StaffRecord extends StaffInfo {
  readonly name: string;
  readonly manager: string;
}

export function schemeViews(ctx: RuleContext): { scheme: Scheme; view: TableView }[] {
  const out: { scheme: Scheme; view: TableView }[] = [];
  for (const scheme of SCHEMES) {
    const view = ctx.table(scheme.table);
    if (view) out.push({ scheme, view });
  }
  return out;
}

export function staffById(ctx: RuleContext): (id: CellValue) => StaffRecord | undefined {
  const staff = ctx.table('Staff');
  const byId = new Map<string, StaffRecord>();
  if (staff) {
    const text = (r: number, k: string): string => {
      const v = staff.value(r, k);
      return typeof v === 'string' ? v.trim() : v === null ? '' : String(v);
    };
    for (const r of staff.rows) {
      const k = staffKey(trimmed(staff.value(r, 'staffId')));
      if (k === null || byId.has(k)) continue;
      byId.set(k, {
        name: text(r, 'name'),
        manager: text(r, 'manager'),
        position: staff.value(r, 'position'),
        rank: staff.value(r, 'rank'),
        hireDate: staff.value(r, 'hireDate'),
        transferDate: staff.value(r, 'transferDate'),
      });
    }
  }
  return (id) => {
    const k = staffKey(trimmed(id));
    return k === null ? undefined : byId.get(k);
  };
}

function trimmed(v: CellValue): CellValue {
  return typeof v === 'string' ? v.trim() : v;
}

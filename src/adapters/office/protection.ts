/**
 * A protected sheet refuses writes (WorksheetProtection.protected, ExcelApi 1.2), and Excel does not
 * roll back what a request wrote before the refused command (FACTS). So the plan's read loads the
 * protection of every existing sheet the plan writes to, and a protected one stops the plan before
 * anything is written, naming the sheet.
 */
import type { Lang } from '../../core/model/types';
import type { WriteOp } from '../../core/port/types';
import { PortError } from '../../core/port/types';
import { OFFICE_MESSAGES } from './messages';

const lc = (s: string): string => s.toLowerCase();

/** Sheets (by name) and tables (by name) whose sheet the plan writes to; activating is no write. */
function targets(ops: readonly WriteOp[]): { sheets: Set<string>; tables: Set<string> } {
  const sheets = new Set<string>();
  const tables = new Set<string>();
  for (const op of ops) {
    switch (op.op) {
      case 'writeCells':
      case 'createTable':
      case 'freezeRows':
      case 'clearRange':
      case 'addChart':
        sheets.add(lc(op.sheet));
        break;
      case 'addColumns':
      case 'appendRows':
      case 'setCells':
        tables.add(lc(op.table));
        break;
      default:
        break;
    }
  }
  return { sheets, tables };
}

export interface ProtectionCheck {
  readonly loads: { readonly sheet: () => string; readonly protection: Excel.WorksheetProtection }[];
}

/** Queues the protection loads (in the read's second round trip). */
export function queueProtectionLoads(
  ops: readonly WriteOp[],
  sheets: readonly { readonly name: string; readonly ws: Excel.Worksheet }[],
  tables: readonly { readonly name: string; readonly table: Excel.Table }[],
): ProtectionCheck {
  const want = targets(ops);
  const loads: ProtectionCheck['loads'][number][] = [];
  for (const s of sheets) if (want.sheets.has(lc(s.name))) loads.push({ sheet: () => s.name, protection: s.ws.protection.load('protected') });
  for (const t of tables) {
    if (!want.tables.has(lc(t.name))) continue;
    const ws = t.table.worksheet;
    loads.push({ sheet: () => ws.name, protection: ws.protection.load('protected') });
    ws.load('name');
  }
  return { loads };
}

/** Throws a PortError('conflict') naming the first protected sheet; nothing has been written yet. */
export function checkProtection(check: ProtectionCheck, lang: Lang): void {
  const hit = check.loads.find((l) => l.protection.protected);
  if (hit) throw new PortError('conflict', OFFICE_MESSAGES.protectedSheet(hit.sheet(), lang));
}

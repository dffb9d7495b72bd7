/**
 * Plans a year-end archive (SPEC §5.2) from what the source workbook holds: the rows that move
 * (per ARCHIVE_RULES), the archive writes (new tables or rows appended to an existing archive),
 * and the source writes: first every prefilled input of a Kpi row before the cut-off replaced by
 * the value the scorer uses (so no score, grade or run of D changes), then the moved rows deleted.
 * Pure: adapters carry the ops out; the caller writes and verifies the archive before the source.
 */
import type { CellValue, TableData, WorkbookStructure, WriteOp } from '../port/types';
import type { Lang, WorkbookModel } from '../model/types';
import { findTable, columnByHeader } from '../model/lookup';
import { SCHEMES } from '../kpi/schemes';
import { monthKeyOf, periodStartOf } from '../kpi/period';
import { scoreTables } from '../scoring/scoreTables';
import { STATUS } from '../kpi/types';
import { ARCHIVE_LINKS, ARCHIVE_RULES } from './rules';
import type { ArchiveRule } from './rules';
import { TABLE_STYLE } from '../plan/layout';

export interface MovedTable {
  readonly table: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Worksheet rows in the source, ascending. */
  readonly sourceRows: readonly number[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface ArchivePlan {
  readonly moved: readonly MovedTable[];
  /** Writes to the archive workbook (as read in `archive`), in order. */
  readonly archiveOps: readonly WriteOp[];
  /** Writes to the source: the Kpi freeze first, then the deletions. */
  readonly sourceOps: readonly WriteOp[];
  /** Kpi input cells frozen to their values. */
  readonly frozen: number;
}

const norm = (h: string): string => h.trim();

/** The workbook's column index for a model column named by its zh-CN header; -1 if absent. */
function indexOf(model: WorkbookModel, data: TableData, zh: string): number {
  const spec = findTable(model, data.name);
  if (!spec) return -1;
  return data.headers.findIndex((h) => columnByHeader(spec, norm(h))?.header.zh === zh);
}

function matches(model: WorkbookModel, data: TableData, rule: ArchiveRule, cut: number): (row: readonly CellValue[]) => boolean {
  const start = periodStartOf(cut);
  if (rule.kind === 'dateBefore') {
    const i = indexOf(model, data, rule.column);
    return (row) => i >= 0 && typeof row[i] === 'number' && (row[i] as number) < start;
  }
  if (rule.kind === 'periodBeforePrevious') {
    const i = indexOf(model, data, rule.column);
    return (row) => {
      const k = i >= 0 ? monthKeyOf(row[i] ?? null) : null;
      return k !== null && k < cut - 1;
    };
  }
  const [d, c, due] = [indexOf(model, data, rule.date), indexOf(model, data, rule.collected), indexOf(model, data, rule.due)];
  return (row) =>
    d >= 0 && c >= 0 && due >= 0 && typeof row[d] === 'number' && (row[d] as number) < start &&
    typeof row[c] === 'number' && typeof row[due] === 'number' && (row[c] as number) >= (row[due] as number);
}

/** Row indexes (into data.rows) that move, links applied. */
function movingRows(model: WorkbookModel, tables: ReadonlyMap<string, TableData>, cut: number): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [name, rule] of Object.entries(ARCHIVE_RULES)) {
    const data = tables.get(name);
    if (!data || !findTable(model, name)) continue;
    const test = matches(model, data, rule, cut);
    out.set(name, new Set(data.rows.flatMap((r, i) => (test(r) ? [i] : []))));
  }
  for (const link of ARCHIVE_LINKS) {
    const [child, parent] = [tables.get(link.child), tables.get(link.parent)];
    const [moveChild, moveParent] = [out.get(link.child), out.get(link.parent)];
    if (!child || !parent || !moveChild || !moveParent) continue;
    const ck = indexOf(model, child, link.childKey);
    const pk = indexOf(model, parent, link.parentKey);
    const key = (v: CellValue | undefined) => String(v ?? '').trim().toLowerCase();
    const staying = new Set(child.rows.flatMap((r, i) => (moveChild.has(i) ? [] : [key(r[ck])])));
    for (const i of [...moveParent]) if (staying.has(key(parent.rows[i]?.[pk]))) moveParent.delete(i);
    const parents = new Map(parent.rows.map((r, i) => [key(r[pk]), i]));
    for (const i of [...moveChild]) {
      const p = parents.get(key(child.rows[i]?.[ck]));
      if (p !== undefined && !moveParent.has(p)) moveChild.delete(i);
    }
  }
  return out;
}

/** setCells that replace every prefilled input of a Kpi row before the cut-off by its value. */
function freezeOps(tables: readonly TableData[], cut: number): { ops: WriteOp[]; count: number } {
  const scored = scoreTables(tables);
  const ops: WriteOp[] = [];
  let count = 0;
  for (const scheme of SCHEMES) {
    const data = tables.find((t) => t.name === scheme.table);
    if (!data) continue;
    const prefilled = scheme.inputs.filter((i) => i.prefill);
    const cells: { row: number; header: string; value: CellValue }[] = [];
    for (const r of scored.rows) {
      const k = monthKeyOf(r.period);
      if (r.table !== scheme.table || k === null || k >= cut) continue;
      for (const input of prefilled) {
        const header = data.headers.find((h) => h.trim() === input.header.zh || h.trim() === input.header.en);
        const v = r.inputs[input.key];
        // A denominator the ledgers sum to 0 in a row that is not 输入有误 (待录入 because of another
        // empty input, or 免考) is frozen empty, not 0: the row stays 待录入 (same score), and a typed 0
        // would be a new K-INPUT error where the formula's 0 was never scored.
        const zeroBase = input.denominator === true && v === 0 && r.scored.status !== STATUS.invalid;
        if (header) cells.push({ row: r.row, header, value: v === '' || v === undefined || zeroBase ? null : v });
      }
    }
    count += cells.length;
    if (cells.length > 0) ops.push({ op: 'setCells', table: scheme.table, cells });
  }
  return { ops, count };
}

/**
 * The plan. `archive` is the archive workbook's structure (empty for a new file): a table it has
 * gets the rows appended in its own column order; a missing one is created on a sheet of its own.
 */
export function planArchive(model: WorkbookModel, source: readonly TableData[], archive: WorkbookStructure, cutPeriod: string, _lang: Lang): ArchivePlan | null {
  const cut = monthKeyOf(cutPeriod);
  if (cut === null) return null;
  const byName = new Map(source.map((t) => [t.name, t]));
  const moving = movingRows(model, byName, cut);
  const moved: MovedTable[] = [];
  for (const [name, set] of moving) {
    const data = byName.get(name);
    if (!data || set.size === 0) continue;
    const idx = [...set].sort((a, b) => a - b);
    moved.push({
      table: name,
      sheet: data.sheet,
      headers: data.headers,
      sourceRows: idx.map((i) => data.headerRow + 1 + i),
      rows: idx.map((i) => data.rows[i] ?? []),
    });
  }
  const archiveOps: WriteOp[] = [];
  const sheets = new Set(archive.sheets.map((s) => s.name));
  for (const m of moved) {
    const existing = archive.tables.find((t) => t.name === m.table);
    if (existing) {
      const order = existing.headers.map((h) => m.headers.findIndex((x) => norm(x) === norm(h)));
      archiveOps.push({ op: 'appendRows', table: m.table, rows: m.rows.map((r) => order.map((i) => (i < 0 ? null : (r[i] ?? null)))) });
      continue;
    }
    let sheet = m.sheet;
    for (let n = 2; sheets.has(sheet); n++) sheet = `${m.sheet} (${n})`;
    sheets.add(sheet);
    archiveOps.push({ op: 'addSheet', name: sheet, visibility: 'visible' });
    archiveOps.push({
      op: 'createTable', sheet, name: m.table, row: 1, col: 1, style: TABLE_STYLE,
      columns: m.headers.map((header) => ({ header })),
      rows: m.rows.map((r) => m.headers.map((_, i) => r[i] ?? null)),
    });
  }
  const { ops, count } = freezeOps(source, cut);
  const deletions: WriteOp[] = moved.map((m) => ({ op: 'deleteRows', table: m.table, rows: m.sourceRows }));
  return { moved, archiveOps, sourceOps: [...ops, ...deletions], frozen: count };
}

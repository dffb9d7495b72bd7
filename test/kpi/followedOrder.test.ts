/**
 * 有效跟进客户数 in any row order (#12): the same visits in date order (the bounded path: a binary
 * search for the month's rows, numeric keys where both names resolve), shuffled (the exact path),
 * and in date order without the Visits_InOrder cell (the exact path) must all give the reference's
 * count in LibreOffice; so must VisitDaily's 本日拜访数目 (counted within the month's rows when the
 * flag holds). Sorting the table never changes a result.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { errorCells, hasLibreOffice, recalcMany } from '../engine/libreoffice';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { findTable } from '../../src/core/model/lookup';
import type { TableSpec } from '../../src/core/model/types';
import { createRng } from '../../src/core/sample/random';
import { DEFAULT_PARAMS } from '../../src/core/kpi/params';
import { kpiTableOf } from '../../src/core/kpi/tables';
import { periodEndOf, periodOfMonthKey, periodStartOf } from '../../src/core/kpi/period';
import { followedCustomersOf } from '../../src/core/kpi/prefill';
import { PREFILL, valueAt, writeBook } from './book';
import type { BookTable } from './book';
import { edgeVisits, genStaff, genVisits } from './gen';
import type { VisitRec } from './gen';

if (!hasLibreOffice) console.warn('LibreOffice (soffice + python3-uno) not found: skipping the 有效跟进客户数 order test');
const d = hasLibreOffice ? describe : describe.skip;

const FIRST = 2025 * 12 + 9;
const LAST = 2026 * 12 + 2;
const table = (name: string) => findTable(WORKBOOK_MODEL, name) as TableSpec;

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Date order as a user sorts it: dated rows ascending, then the rest (text dates, blanks). */
function byDate(vs: readonly VisitRec[]): VisitRec[] {
  const dated = vs.filter((v) => typeof v.date === 'number').sort((a, b) => (a.date as number) - (b.date as number));
  return [...dated, ...vs.filter((v) => typeof v.date !== 'number')];
}

d('有效跟进客户数 does not depend on the order of Visits', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-order-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the reference count in date order, shuffled, and without the order flag', async () => {
    const rng = createRng(1212);
    const staff = genStaff(rng, 'L1', 5, FIRST, LAST).map((s, i) => (i === 1 ? { ...s, name: 'L1员工*' } : s));
    const names = staff.map((s) => s.name);
    const visits = [...genVisits(rng, names.slice(0, 4), FIRST, LAST, 400), ...edgeVisits(names.slice(0, 2), FIRST, LAST)];
    // Most visited customers exist in Customers (numeric keys); ACME's case twin and the edge cases do not.
    const customers = ['甲公司', '乙公司', '丙公司', 'ACME', '丁集团', '戊科技', 'AB', 'A*', '123'].map((name, i) => ({
      customerId: `KH-${i + 1}`, name, createdDate: 45000, owner: names[0] ?? null,
    }));
    const rows: { period: string; staffId: string; name: string; key: number }[] = [];
    for (let key = FIRST; key <= LAST; key++) for (const s of staff) rows.push({ period: periodOfMonthKey(key), staffId: s.staffId, name: s.name, key });
    const kpi = kpiTableOf('L1');
    // VisitDaily counts within the month's rows when the flag holds (s4-scale): one row per (day,
    // reporter) of the log, plus a day without visits, a month without visits, and a day after them all.
    // Reporters without wildcard characters: COUNTIFS reads "*" in a criterion as one.
    const dailyNames = names.filter((n) => !/[*?~]/.test(n));
    const days = [...new Set(visits.map((v) => v.date).filter((d): d is number => typeof d === 'number' && Number.isInteger(d)))];
    const extraDays = [periodStartOf(FIRST) + 1, periodStartOf(FIRST - 3), periodEndOf(LAST + 2)];
    const daily = [...days, ...extraDays].flatMap((date) => dailyNames.map((reporter) => ({ date, reporter })));
    const dailyWant = (date: number, reporter: string) =>
      visits.filter((v) => v.date === date && typeof v.reporter === 'string' && v.reporter.toLowerCase() === reporter.toLowerCase()).length;
    const tablesOf = (log: readonly VisitRec[]): BookTable[] => [
      { sheet: 'Staff', spec: table('Staff'), records: staff.map((s) => ({ ...s })) },
      { sheet: 'Params', spec: table('KpiParams'), records: DEFAULT_PARAMS.map((p) => ({ id: p.id, value: p.value, note: p.note.zh })) },
      { sheet: 'Visits', spec: table('Visits'), records: log },
      { sheet: 'Customers', spec: table('Customers'), records: customers },
      { sheet: 'StageLog', spec: table('StageLog'), records: [] },
      { sheet: 'KpiL1', spec: kpi, records: rows.map((r) => ({ period: r.period, staffId: r.staffId, followed: PREFILL })) },
      { sheet: 'VisitDaily', spec: table('VisitDaily'), records: daily },
    ];
    const books = [
      { label: 'date order', log: byDate(visits), flag: true },
      { label: 'shuffled', log: shuffled(visits, 5), flag: true },
      { label: 'date order, no flag', log: byDate(visits), flag: false },
    ];
    const paths = books.map((_, i) => join(dir, `order-${i}.xlsx`));
    for (const [i, b] of books.entries()) await writeBook(paths[i] as string, WORKBOOK_MODEL, 'zh-CN', tablesOf(b.log), { withoutOrderFlag: !b.flag });
    const results = await recalcMany(paths);

    const problems: string[] = [];
    books.forEach((b, i) => {
      const result = results[i];
      if (!result) throw new Error('no result');
      problems.push(...errorCells(result).map((e) => `${b.label}: error ${JSON.stringify(e)}`));
      rows.forEach((r, j) => {
        const want = followedCustomersOf(b.log, r.name, periodStartOf(r.key), periodEndOf(r.key));
        const got = valueAt(result, 'KpiL1', kpi, j, 'followed');
        if (got !== want) problems.push(`${b.label}: ${r.name} ${r.period}: LibreOffice ${JSON.stringify(got)}, reference ${want}`);
      });
      daily.forEach((d, j) => {
        const got = valueAt(result, 'VisitDaily', table('VisitDaily'), j, 'visits');
        const want = dailyWant(d.date, d.reporter);
        if (got !== want) problems.push(`${b.label}: VisitDaily ${d.reporter} ${d.date}: LibreOffice ${JSON.stringify(got)}, reference ${want}`);
      });
    });
    // The flag itself (LibreOffice reads a boolean back as 1 or 0): TRUE sorted, FALSE shuffled.
    expect([results[0], results[1]].map((r) => r?.sheets.Lists?.cells.B4?.v)).toEqual([1, 0]);
    expect(problems).toEqual([]);
    // Counts above 1 occur, so the test distinguishes a distinct count from a row count.
    expect(rows.some((r) => followedCustomersOf(visits, r.name, periodStartOf(r.key), periodEndOf(r.key)) > 3)).toBe(true);
    expect(daily.some((d) => dailyWant(d.date, d.reporter) > 1) && daily.some((d) => dailyWant(d.date, d.reporter) === 0)).toBe(true);
  }, 240_000);
});

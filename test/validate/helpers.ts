/** Builders for synthetic workbook tables: rows are written by column key, like the model. */
import type { CellValue, TableData } from '../../src/core/port/types';
import type { Lang, TableSpec, WorkbookModel } from '../../src/core/model/types';
import { textIn } from '../../src/core/model/types';
import { WORKBOOK_MODEL } from '../../src/core/model/workbook';
import { CUSTOMER_VALUE } from '../../src/core/kpi/customerValueTable';
import { kpiTableOf } from '../../src/core/kpi/tables';
import { STAFF } from '../../src/core/model/tables/staff';
import { CUSTOMERS } from '../../src/core/model/tables/customers';
import { CONTACTS } from '../../src/core/model/tables/contacts';
import { FOLLOW_UPS } from '../../src/core/model/tables/followUps';
import { VISITS } from '../../src/core/model/tables/visits';
import { GIFT_PLANS } from '../../src/core/model/tables/giftPlans';
import { GIFT_REQUESTS } from '../../src/core/model/tables/giftRequests';
import { RECEPTION_REQUESTS } from '../../src/core/model/tables/receptionRequests';
import { RECEPTION_REPORTS } from '../../src/core/model/tables/receptionReports';
import { STAGE_LOG } from '../../src/core/model/tables/stageLog';
import { RECEIVABLES } from '../../src/core/model/tables/receivables';
import { TARGETS } from '../../src/core/model/tables/targets';
import { createContext, createView, type RuleContext, type TableView } from '../../src/core/validate/context';
import { paramsFromTable } from '../../src/core/validate/params';
import { serialOf } from '../../src/core/validate/dates';

export const d = (y: number, m: number, day: number): number => serialOf(y, m, day);
/** The "today" of every test: 2026-11-20. */
export const TODAY = d(2026, 11, 20);

type Row = Readonly<Record<string, CellValue | undefined>>;

export interface TableOptions {
  readonly lang?: Lang;
  readonly sheet?: string;
  readonly headerRow?: number;
  readonly firstCol?: number;
  /** Column keys the workbook lacks (deleted columns). */
  readonly omit?: readonly string[];
}

export function tableData(spec: TableSpec, rows: readonly Row[], o: TableOptions = {}): TableData {
  const lang = o.lang ?? 'zh-CN';
  const cols = spec.columns.filter((c) => !o.omit?.includes(c.key));
  const headers = cols.map((c) => textIn(c.header, lang));
  return {
    name: spec.name,
    sheet: o.sheet ?? spec.name,
    headerRow: o.headerRow ?? 1,
    firstCol: o.firstCol ?? 1,
    headers,
    rowCount: rows.length,
    rows: rows.map((r) => {
      for (const k of Object.keys(r)) {
        if (!spec.columns.some((c) => c.key === k)) throw new Error(`test row has unknown key ${spec.name}.${k}`);
      }
      return cols.map((c) => r[c.key] ?? null);
    }),
  };
}

/** The real workbook model. */
export const TEST_MODEL: WorkbookModel = WORKBOOK_MODEL;

/** A rule context over the given tables (specs looked up in `model`). */
export function ruleContext(
  tables: readonly TableData[],
  opts: { today?: number; lang?: Lang; model?: WorkbookModel; params?: ReadonlyMap<string, number> } = {},
): RuleContext {
  const model = opts.model ?? TEST_MODEL;
  const lang = opts.lang ?? 'zh-CN';
  const views = new Map<string, TableView>();
  let order = 0;
  for (const s of model.sheets) {
    for (const spec of s.tables) {
      order++;
      const data = tables.find((t) => t.name === spec.name);
      if (data) views.set(spec.name, createView(spec, data, order, lang));
    }
  }
  return createContext(views, lang, opts.today ?? TODAY, paramsFromTable(views.get('KpiParams'), opts.params));
}

/** Compact view of problems for assertions: "rule@table!row:column". */
export const where = (ps: readonly { rule: string; table: string; row: number; column: string }[]): string[] =>
  ps.map((p) => `${p.rule}@${p.table}!${p.row}:${p.column}`);

export const STAFF_ROWS: Row[] = [
  { staffId: 'E001', name: '王建国', position: '项目部负责人', rank: '副经理及以上', hireDate: d(2015, 3, 1), scheme: 'L4', active: '是' },
  { staffId: 'E002', name: '李思远', position: '项目营销副总经理', rank: '副经理及以上', manager: '王建国', hireDate: d(2018, 7, 1), scheme: 'L3', active: '是' },
  { staffId: 'E003', name: '张晓梅', position: '项目营销高级经理', rank: '副经理及以上', manager: '李思远', hireDate: d(2020, 4, 1), scheme: 'L1', active: '是' },
  { staffId: 'E005', name: '刘芳', position: '大客户经理', rank: '员工级', manager: '王建国', hireDate: d(2022, 5, 1), scheme: 'S1', active: '是' },
];

export const staff = (rows: Row[] = STAFF_ROWS): TableData => tableData(STAFF, rows);
export const customers = (rows: Row[]): TableData => tableData(CUSTOMERS, rows);
export const contacts = (rows: Row[]): TableData => tableData(CONTACTS, rows);
export const followUps = (rows: Row[]): TableData => tableData(FOLLOW_UPS, rows);
export const visits = (rows: Row[], o?: TableOptions): TableData => tableData(VISITS, rows, o);
export const giftPlans = (rows: Row[]): TableData => tableData(GIFT_PLANS, rows);
export const giftRequests = (rows: Row[]): TableData => tableData(GIFT_REQUESTS, rows);
export const receptionRequests = (rows: Row[]): TableData => tableData(RECEPTION_REQUESTS, rows);
export const receptionReports = (rows: Row[]): TableData => tableData(RECEPTION_REPORTS, rows);
export const customerValues = (rows: Row[]): TableData => tableData(CUSTOMER_VALUE, rows);
export const stageLog = (rows: Row[]): TableData => tableData(STAGE_LOG, rows);
export const receivables = (rows: Row[]): TableData => tableData(RECEIVABLES, rows);
export const targets = (rows: Row[]): TableData => tableData(TARGETS, rows);
export const kpi = (scheme: 'S1' | 'L1' | 'L3' | 'L4', rows: Row[], o?: TableOptions): TableData => tableData(kpiTableOf(scheme), rows, o);

/** A complete, valid visit row; override what a test is about. */
export const visit = (o: Row = {}): Row => ({
  date: d(2026, 11, 2),
  reporter: '刘芳',
  customer: '华东物流',
  interviewee: '周总',
  plan: 'a 初次拜访',
  summary: '介绍方案',
  // No follow-up needed (V-FOLLOWUP), so that a single visit is a consistent workbook.
  result: 'D 无希望',
  ...o,
});

export const customer = (o: Row = {}): Row => ({
  customerId: 'KH-0001',
  createdDate: d(2026, 1, 5),
  name: '华东物流',
  owner: '刘芳',
  ...o,
});

/** Messages of new-period, in the workbook language; each says what to fix and where. */
import type { Lang } from '../model/types';

type M = {
  badPeriod(period: string): string;
  periodExists(period: string, tables: string): string;
  missingTable(table: string): string;
  missingColumn(table: string, header: string): string;
  noStaffId(row: number): string;
  duplicateId(row: number, id: string): string;
  inactive(row: number, name: string, value: string): string;
  noHireDate(row: number, name: string): string;
  notYetHired(row: number, name: string, period: string): string;
  noScheme(row: number, name: string, value: string): string;
};

const ZH: M = {
  badPeriod: (p) => `期间 “${p}” 格式不对:请输入 YYYY-MM,如 2026-10(年份不早于 1900,月份 01–12)。`,
  periodExists: (p, t) => `期间 ${p} 已存在于 ${t},没有添加任何行。如需重建,请先删除这些行。`,
  missingTable: (t) => `工作簿中没有表 ${t};请先运行“生成/升级工作簿”(命令行:ka-workbench generate --out 该工作簿),再开始新考核期。`,
  missingColumn: (t, h) => `表 ${t} 缺少列“${h}”;请把列名改回“${h}”或运行“生成/升级工作簿”(命令行:ka-workbench generate --out 该工作簿)。`,
  noStaffId: (r) => `员工表第 ${r} 行没有工号,未添加;请填写工号。`,
  duplicateId: (r, id) => `员工表第 ${r} 行的工号 ${id} 与上方重复,未添加;请改为唯一工号。`,
  inactive: (r, n, v) => `员工表第 ${r} 行 ${n} 的“在职”为“${v}”,不是 是,未添加。`,
  noHireDate: (r, n) => `员工表第 ${r} 行 ${n} 没有有效的入职日期,未添加;请填写入职日期。`,
  notYetHired: (r, n, p) => `员工表第 ${r} 行 ${n} 的入职日期晚于期间 ${p} 的最后一天,未添加。`,
  noScheme: (r, n, v) => `员工表第 ${r} 行 ${n} 的考核方案“${v}”不是 S1、L1、L3、L4 之一,未添加;请选择考核方案。`,
};

const EN: M = {
  badPeriod: (p) => `Period "${p}" is not valid: enter YYYY-MM, e.g. 2026-10 (year 1900 or later, month 01–12).`,
  periodExists: (p, t) => `Period ${p} already exists in ${t}; no rows were added. Delete those rows first to recreate it.`,
  missingTable: (t) => `The workbook has no table ${t}; run "Generate / upgrade" (command line: ka-workbench generate --out on this workbook) before starting a period.`,
  missingColumn: (t, h) => `Table ${t} has no column "${h}"; rename it back to "${h}" or run "Generate / upgrade" (command line: ka-workbench generate --out on this workbook).`,
  noStaffId: (r) => `Staff row ${r} has no staff ID and was not added; fill in the staff ID.`,
  duplicateId: (r, id) => `Staff row ${r}: staff ID ${id} repeats an earlier row and was not added; make it unique.`,
  inactive: (r, n, v) => `Staff row ${r}: ${n} has Active = "${v}", not 是, and was not added.`,
  noHireDate: (r, n) => `Staff row ${r}: ${n} has no valid hire date and was not added; fill in the hire date.`,
  notYetHired: (r, n, p) => `Staff row ${r}: ${n} was hired after the last day of ${p} and was not added.`,
  noScheme: (r, n, v) => `Staff row ${r}: ${n} has KPI scheme "${v}", not one of S1, L1, L3, L4, and was not added; pick a scheme.`,
};

export const NEW_PERIOD_MESSAGES: Record<Lang, M> = { 'zh-CN': ZH, 'en-US': EN };

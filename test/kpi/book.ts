/**
 * Test helper: writes a workbook of model tables with ExcelJS (one table per sheet at A1), with
 * every formula column's formula rendered for the workbook language, and reads recalculated
 * values back by row and column key.
 */
import ExcelJS from 'exceljs';
import type { Lang, TableSpec, WorkbookModel } from '../../src/core/model/types';
import { headerOf } from '../../src/core/model/lookup';
import { formulaOf, prefillOf } from '../../src/core/plan/columnFormat';
import type { CellValue } from '../../src/core/port/types';
import type { RecalcResult } from '../engine/libreoffice';
import { toFileFormula } from '../../src/adapters/xlsx/formulas';
import { createFormulaContext, LISTS_SHEET } from '../../src/core/model/formulaContext';
import { VISITS_IN_ORDER_CELL, VISITS_IN_ORDER_NAME, visitsInOrderFormula } from '../../src/core/model/tables/visits';

/** Put the column's prefill formula in this cell. */
export const PREFILL = Symbol('prefill');
export type TestCell = CellValue | typeof PREFILL;
export type TestRecord = Readonly<Record<string, TestCell | undefined>>;

export interface BookTable {
  readonly sheet: string;
  readonly spec: TableSpec;
  readonly records: readonly TestRecord[];
}

export interface BookOptions {
  /** Leave out the Visits_InOrder cell (as a workbook that lacks it): _首访 then takes its exact path. */
  readonly withoutOrderFlag?: boolean;
}

export async function writeBook(
  path: string,
  model: WorkbookModel,
  lang: Lang,
  tables: readonly BookTable[],
  options: BookOptions = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet);
    const formulas = t.spec.columns.map((c) => formulaOf(model, t.spec.name, c, lang));
    const prefills = t.spec.columns.map((c) => prefillOf(model, t.spec.name, c, lang));
    // As the .xlsx adapter stores them: no "=", and _xlfn. before functions newer than Excel 2007 (AGGREGATE).
    const strip = (f: string) => ({ formula: toFileFormula(f) });
    const rows = t.records.map((rec) =>
      t.spec.columns.map((c, i) => {
        const f = formulas[i];
        if (f) return strip(f);
        const v = rec[c.key];
        if (v === PREFILL) {
          const p = prefills[i];
          if (!p) throw new Error(`${t.spec.name}.${c.key} has no prefill`);
          return strip(p);
        }
        return v ?? null;
      }),
    );
    ws.addTable({
      name: t.spec.name,
      ref: 'A1',
      headerRow: true,
      columns: t.spec.columns.map((c) => ({ name: headerOf(c, lang) })),
      rows: rows.length > 0 ? (rows as ExcelJS.CellValue[][]) : [t.spec.columns.map(() => null)],
    });
  }
  if (tables.some((t) => t.spec.name === 'Visits') && !options.withoutOrderFlag) {
    // The Visits_InOrder cell, as the planner writes it on the Lists sheet.
    const lists = wb.addWorksheet(LISTS_SHEET);
    const { row, col } = VISITS_IN_ORDER_CELL;
    lists.getCell(row, col).value = { formula: visitsInOrderFormula(createFormulaContext(model, 'Visits', lang)).replace(/^=/, '') };
    wb.definedNames.add(`'${LISTS_SHEET}'!$B$${row}`, VISITS_IN_ORDER_NAME);
  }
  await wb.xlsx.writeFile(path);
}

function colName(i: number): string {
  let s = '';
  for (let c = i + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The recalculated value of a table cell (row 0 = first data row); '' for a formula giving "". */
export function valueAt(result: RecalcResult, sheet: string, spec: TableSpec, row: number, key: string): CellValue {
  const i = spec.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`${spec.name} has no column ${key}`);
  const cells = result.sheets[sheet]?.cells;
  if (!cells) throw new Error(`no sheet ${sheet}`);
  const cell = cells[`${colName(i)}${row + 2}`];
  return cell === undefined ? null : cell.v;
}

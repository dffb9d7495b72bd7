import { excelValidationFor } from '../../src/core/validate/excelValidation';
import { VISITS } from '../../src/core/model/tables/visits';
import { CUSTOMERS } from '../../src/core/model/tables/customers';
import { CONTACTS } from '../../src/core/model/tables/contacts';
import { STAFF } from '../../src/core/model/tables/staff';
import { columnByKey } from '../../src/core/model/lookup';
import type { Column, TableSpec } from '../../src/core/model/types';
import { serialOf } from '../../src/core/validate/dates';

const c = (t: TableSpec, key: string): Column => columnByKey(t, key);

describe('excelValidationFor', () => {
  it('gives formula columns no validation', () => {
    expect(excelValidationFor(c(VISITS, 'weekday'), 'zh-CN')).toBeUndefined();
  });

  it('points enum and yes/no columns at the Lists sheet names, as a stop', () => {
    expect(excelValidationFor(c(VISITS, 'plan'), 'zh-CN')).toMatchObject({ rule: { kind: 'list', source: '=List_visitPlan' }, errorStyle: 'stop' });
    expect(excelValidationFor(c(CONTACTS, 'insider'), 'en-US')).toMatchObject({ rule: { kind: 'list', source: '=List_yesno' }, errorStyle: 'stop' });
  });

  it('types numbers: whole with bounds, money ≥ 0, pct 0–100', () => {
    expect(excelValidationFor(c(CONTACTS, 'closeness'), 'zh-CN')!.rule).toEqual({ kind: 'whole', min: 1, max: 5 });
    expect(excelValidationFor(c(VISITS, 'amount'), 'zh-CN')!.rule).toEqual({ kind: 'decimal', min: 0 });
    expect(excelValidationFor(c(CUSTOMERS, 'successRate'), 'zh-CN')!.rule).toEqual({ kind: 'decimal', min: 0, max: 100 });
  });

  it('dates from 2000-01-01, birthdays and hire dates from 1900', () => {
    expect(excelValidationFor(c(CUSTOMERS, 'createdDate'), 'zh-CN')!.rule).toMatchObject({ kind: 'date', min: serialOf(2000, 1, 1) });
    expect(excelValidationFor(c(CONTACTS, 'birthday'), 'zh-CN')!.rule).toMatchObject({ kind: 'date', min: serialOf(1900, 1, 1) });
    expect(excelValidationFor(c(STAFF, 'hireDate'), 'zh-CN')!.rule).toMatchObject({ kind: 'date', min: serialOf(1900, 1, 1) });
  });

  it('refs get no dropdown, only a soft rule whose prompt says where the value comes from', () => {
    const v = excelValidationFor(c(VISITS, 'customer'), 'zh-CN')!;
    expect(v.rule.kind).toBe('textLength');
    expect(v.errorStyle).toBe('warning');
    expect(excelValidationFor(c(VISITS, 'reporter'), 'zh-CN')!.error).toContain('员工');
  });

  it('uses the column hint as the input message, in the workbook language', () => {
    expect(excelValidationFor(c(VISITS, 'date'), 'zh-CN')!.prompt).toBe('拜访日期,不能晚于今天');
    expect(excelValidationFor(c(VISITS, 'date'), 'en-US')!.prompt).toBe('Visit date; not after today');
    expect(excelValidationFor(c(VISITS, 'date'), 'en-US')!.promptTitle).toBe('Date');
  });

  it('keeps titles within 32 and messages within 255 characters (Excel limits)', () => {
    for (const t of [VISITS, CUSTOMERS, CONTACTS, STAFF]) {
      for (const col of t.columns) {
        for (const lang of ['zh-CN', 'en-US'] as const) {
          const v = excelValidationFor(col, lang);
          if (!v) continue;
          expect((v.promptTitle ?? '').length).toBeLessThanOrEqual(32);
          expect((v.errorTitle ?? '').length).toBeLessThanOrEqual(32);
          expect((v.prompt ?? '').length).toBeLessThanOrEqual(255);
          expect((v.error ?? '').length).toBeLessThanOrEqual(255);
        }
      }
    }
  });

  describe('with the table placed (custom formulas)', () => {
    const place = (table: TableSpec) => ({ table, row: 2, col: 1 });

    it('ids are unique through COUNTIF over their own column', () => {
      expect(excelValidationFor(c(CUSTOMERS, 'customerId'), 'zh-CN', place(CUSTOMERS))!.rule).toEqual({
        kind: 'custom',
        formula: '=COUNTIF($A$2:$A$1048576,$A2)=1',
      });
    });

    it('Visits 日期 is not after today, and 金额 needs a 面谈概要', () => {
      expect(excelValidationFor(c(VISITS, 'date'), 'zh-CN', place(VISITS))!.rule).toEqual({
        kind: 'custom',
        formula: `=AND(ISNUMBER($A2),$A2>=${serialOf(2000, 1, 1)},$A2<=TODAY())`,
      });
      // 面谈概要 is the 9th column (I), 金额 the 14th (N).
      expect(excelValidationFor(c(VISITS, 'amount'), 'zh-CN', place(VISITS))!.rule).toEqual({
        kind: 'custom',
        formula: '=AND(ISNUMBER($N2),$N2>=0,OR($N2=0,LEN(TRIM($I2))>0))',
      });
    });

    it('allowed-value sets become an OR, with their range where there is one', () => {
      const judgement: Column = { key: 'judgement', header: { zh: '分析判断能力', en: 'Judgement' }, type: { kind: 'number', allowed: [2.5, 3, 3.5, 4] } };
      const resp: Column = { key: 'resp', header: { zh: '责任感', en: 'Responsibility' }, type: { kind: 'number', min: 0, max: 3, allowed: [4.5, 5] } };
      const table: TableSpec = { name: 'KpiX', columns: [judgement, resp] };
      expect(excelValidationFor(judgement, 'zh-CN', place(table))!.rule).toEqual({
        kind: 'custom',
        formula: '=AND(ISNUMBER($A2),OR($A2=2.5,$A2=3,$A2=3.5,$A2=4))',
      });
      expect(excelValidationFor(resp, 'zh-CN', place(table))!.rule).toEqual({
        kind: 'custom',
        formula: '=AND(ISNUMBER($B2),OR(AND($B2>=0,$B2<=3),$B2=4.5,$B2=5))',
      });
      // Without a place, the closest built-in rule.
      expect(excelValidationFor(resp, 'zh-CN')!.rule).toEqual({ kind: 'decimal', min: 0, max: 5 });
      expect(excelValidationFor(resp, 'zh-CN')!.prompt).toContain('0–3 / 4.5 / 5');
    });
  });
});

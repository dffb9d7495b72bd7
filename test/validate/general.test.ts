import { generalProblems, createRefIndex, referencedNames } from '../../src/core/validate/general';
import { LISTS } from '../../src/core/model/lists';
import type { TableData } from '../../src/core/port/types';
import type { Problem } from '../../src/core/validate/problem';
import { TEST_MODEL, customer, customers, d, ruleContext, staff, visit, visits, contacts, where, giftPlans, giftRequests } from './helpers';

const listOf = (id: string): readonly string[] => LISTS.find((l) => l.id === id)?.values ?? [];

function check(tables: TableData[], table: string, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Problem[] {
  const ctx = ruleContext(tables, { lang });
  const view = ctx.table(table);
  if (!view) throw new Error(`no ${table}`);
  return generalProblems(ctx, view, { refs: createRefIndex(ctx), names: referencedNames(TEST_MODEL), listOf });
}

const base = (): TableData[] => [staff(), customers([customer()])];
const visitsWith = (...rows: Record<string, unknown>[]): TableData[] => [
  ...base(),
  visits(rows.map((r) => visit(r as never))),
];

describe('general rules on Visits', () => {
  it('accepts a complete, valid row and ignores blank rows', () => {
    const ps = check([...base(), visits([visit(), {}, { summary: '   ' }])], 'Visits');
    // The third row holds only spaces in an input: it is as empty as Excel's blank row.
    expect(ps).toEqual([]);
  });

  it('REQUIRED: empty and whitespace-only cells, with a message naming sheet, row and column', () => {
    const ps = check(visitsWith({ interviewee: '  ' }, { reporter: null }), 'Visits');
    expect(where(ps)).toEqual(['REQUIRED@Visits!2:面谈者', 'REQUIRED@Visits!3:填表人']);
    expect(ps[0]!.message).toBe('Visits 第2行 面谈者:只有空格,视为未填;请填写内容。');
    expect(ps[0]!.severity).toBe('error');
  });

  it('TYPE: a number column holding text says what to fix', () => {
    const ps = check(visitsWith({ amount: 'abc' }, { amount: '123' }, { amount: '１２３' }), 'Visits');
    expect(where(ps)).toEqual(['TYPE@Visits!2:金额(元)', 'TYPE@Visits!3:金额(元)', 'TYPE@Visits!4:金额(元)']);
    expect(ps[0]!.message).toBe('Visits 第2行 金额(元):"abc" 不是数字,请填写数字。');
    expect(ps[1]!.message).toContain('文本格式的数字');
    expect(ps[2]!.message).toContain('半角数字 123');
  });

  it('TYPE: dates typed as text, impossible dates, serials as text and full-width dates', () => {
    const ps = check(
      visitsWith({ date: '2026/13/45' }, { date: '2026年10月1日' }, { date: '45123' }, { date: '２０２６-１０-０１' }, { date: true }),
      'Visits',
    );
    expect(ps.map((p) => p.rule)).toEqual(['TYPE', 'TYPE', 'TYPE', 'TYPE', 'TYPE']);
    expect(ps[0]!.message).toContain('不是有效日期');
    expect(ps[1]!.message).toContain('是文本,不是日期');
    expect(ps[1]!.message).toContain('2026-10-01');
    expect(ps[2]!.message).toContain('日期序号');
    expect(ps[3]!.message).toContain('全角');
  });

  it('TYPE: formula errors in input cells', () => {
    const ps = check(visitsWith({ customer: '#REF!' }, { amount: '#DIV/0!' }), 'Visits');
    expect(where(ps)).toEqual(['TYPE@Visits!2:客户', 'TYPE@Visits!3:金额(元)']);
    expect(ps[0]!.message).toContain('公式错误 #REF!');
  });

  it('RANGE: negative money, too many decimals (warning), dates before 2000', () => {
    const ps = check(visitsWith({ amount: -5 }, { amount: 12.345 }, { date: d(1926, 3, 1) }), 'Visits');
    expect(where(ps)).toEqual(['RANGE@Visits!2:金额(元)', 'RANGE@Visits!3:金额(元)', 'RANGE@Visits!4:日期']);
    expect(ps.map((p) => p.severity)).toEqual(['error', 'warning', 'error']);
  });

  it('RANGE: very long text is a warning', () => {
    const ps = check(visitsWith({ remark: 'x'.repeat(10_000) }), 'Visits');
    expect(where(ps)).toEqual(['RANGE@Visits!2:备注']);
    expect(ps[0]!.severity).toBe('warning');
    expect(ps[0]!.message).toContain('10000');
  });

  it('ENUM: values outside the list, and list values with stray spaces', () => {
    const ps = check(visitsWith({ plan: 'b' }, { result: 'A 商谈成功 ' }), 'Visits');
    expect(where(ps)).toEqual(['ENUM@Visits!2:商谈计划', 'ENUM@Visits!3:成果']);
    expect(ps[0]!.message).toContain('b 处理问题');
    expect(ps[1]!.message).toContain('前后有空格');
  });

  it('REF: unknown customers and staff; trailing spaces are called out', () => {
    const ps = check(visitsWith({ customer: '不存在公司' }, { reporter: '刘芳 ' }, { reporter: '刘芳' }), 'Visits');
    expect(where(ps)).toEqual(['REF@Visits!2:客户', 'REF@Visits!3:填表人']);
    expect(ps[0]!.message).toContain('客户名称');
    expect(ps[1]!.message).toContain('前后有空格');
  });

  it('FORMULA-TEXT: leading = @ or +/- followed by a non-digit; notes and phone-like text pass', () => {
    const ps = check(
      visitsWith({ remark: '=1+1' }, { remark: '@sum' }, { remark: '-客户要求' }, { remark: '- 客户要求…' }, { remark: '+86 138' }, { remark: '-5' }),
      'Visits',
    );
    expect(where(ps)).toEqual(['FORMULA-TEXT@Visits!2:备注', 'FORMULA-TEXT@Visits!3:备注', 'FORMULA-TEXT@Visits!4:备注']);
    expect(ps.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('reports at most one problem per cell, the most basic first', () => {
    const ps = check(visitsWith({ customer: '=不存在' }), 'Visits');
    expect(where(ps)).toEqual(['REF@Visits!2:客户']);
  });

  it('writes en-US messages with the workbook headers', () => {
    const tables = [staff(), customers([customer()]), visits([visit({ amount: 'abc' })], { lang: 'en-US', sheet: 'Visit log' })];
    const ps = check(tables, 'Visits', 'en-US');
    expect(ps[0]!.column).toBe('Amount (CNY)');
    expect(ps[0]!.message).toBe('Visit log row 2, Amount (CNY): "abc" is not a number; enter a number.');
  });

  it('rows follow the header row and table position', () => {
    const tables = [staff(), customers([customer()]), visits([visit(), visit({ amount: 'x' })], { headerRow: 4 })];
    expect(where(check(tables, 'Visits'))).toEqual(['TYPE@Visits!6:金额(元)']);
  });
});

describe('general rules on other column types', () => {
  it('UNIQUE: duplicate ids are errors, duplicate referenced names warnings', () => {
    const ps = check(
      [staff(), customers([customer(), customer({ customerId: 'kh-0001 ', name: '华东物流' }), customer({ customerId: 'KH-0003', name: '华南' })])],
      'Customers',
    );
    expect(where(ps)).toEqual(['UNIQUE@Customers!3:档案编号', 'UNIQUE@Customers!3:客户名称']);
    expect(ps.map((p) => p.severity)).toEqual(['error', 'warning']);
    expect(ps[0]!.message).toContain('第2行');
  });

  it('PHONE: digits, spaces, + - and brackets with 7–20 digits', () => {
    const ok = ['+86 138 0013 8000', '(021) 5555-1234', 13800138000];
    const bad = ['abc', '12345', '138-0013-8000; 021-55551234', '（021）55551234'];
    const rows = [...ok, ...bad].map((phone, i) => ({ customerId: 'KH-0001', name: `P${i}`, phone }));
    const ps = check([staff(), customers([customer()]), contacts(rows)], 'Contacts');
    expect(where(ps)).toEqual(['PHONE@Contacts!5:联系电话', 'PHONE@Contacts!6:联系电话', 'PHONE@Contacts!7:联系电话', 'PHONE@Contacts!8:联系电话']);
    expect(ps[2]!.message).toContain('多个号码');
    expect(ps[3]!.message).toContain('全角');
  });

  it('RANGE and TYPE on int ratings; birthdays may be old', () => {
    const rows = [
      { customerId: 'KH-0001', name: 'a', closeness: 6 },
      { customerId: 'KH-0001', name: 'b', closeness: 2.5 },
      { customerId: 'KH-0001', name: 'c', birthday: d(1965, 5, 1) },
      { customerId: 'KH-0001', name: 'd', insider: 'yes' },
    ];
    const ps = check([staff(), customers([customer()]), contacts(rows)], 'Contacts');
    expect(where(ps)).toEqual(['RANGE@Contacts!2:亲密程度', 'TYPE@Contacts!3:亲密程度', 'ENUM@Contacts!5:是否内线']);
  });

  it('pct: out of range is an error, a fraction that looks like a typed % a warning', () => {
    const ps = check([staff(), customers([customer({ successRate: 120 }), customer({ customerId: 'KH-2', name: 'b', successRate: 0.85 })])], 'Customers');
    expect(where(ps)).toEqual(['RANGE@Customers!2:成功率', 'RANGE@Customers!3:成功率']);
    expect(ps.map((p) => p.severity)).toEqual(['error', 'warning']);
  });

  it('a prefilled required input is REQUIRED only when its formula found nothing (null may be an uncached formula)', () => {
    const req = { requestId: 'LS-1', planId: 'LP-1', dept: '大客户部', giftDate: d(2026, 11, 1), receiver: '周总', gift: '茶叶', quantity: 1, value: 100, filledBy: '刘芳' };
    const tables = [
      staff(),
      customers([customer()]),
      giftPlans([{ planId: 'LP-1', customer: '华东物流', purpose: 'x', gift: 'y', quantity: 1, budget: 100 }]),
      giftRequests([{ ...req, recipient: null }, { ...req, requestId: 'LS-2', recipient: '' }]),
    ];
    expect(where(check(tables, 'GiftRequests'))).toEqual(['REQUIRED@GiftRequests!3:馈赠对象']);
  });
});

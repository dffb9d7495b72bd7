/**
 * The one conversion table of import and validate (#9.10): each case's import result, and that the
 * check's message for the same text says exactly that (a suggestion with the value import writes, or
 * the reason it stays text).
 */
import { convertText, type TargetKind } from '../../src/core/convert/textValue';
import { checkDate, checkNumber } from '../../src/core/validate/cellRules';
import { messagesFor } from '../../src/core/validate/messages';
import { serialOf } from '../../src/core/validate/dates';
import type { Column, ColumnType } from '../../src/core/model/types';

const d = (y: number, m: number, day: number): number => serialOf(y, m, day);

/** [text, column kind, what import stores, what the check's message contains]. */
const TABLE: [string, TargetKind, string | number | null, string][] = [
  ['2026-10-01', 'date', d(2026, 10, 1), '2026-10-01'],
  ['2026年10月1日', 'date', d(2026, 10, 1), '是文本,不是日期'],
  ['2026 年 10 月 1 日', 'date', d(2026, 10, 1), '2026-10-01'],
  ['2026.10.1', 'date', d(2026, 10, 1), '2026-10-01'],
  ['2026/10/1', 'date', d(2026, 10, 1), '2026-10-01'],
  ['2026-10-01 00:00:00', 'date', d(2026, 10, 1), '2026-10-01'],
  ['２０２６－１０－０１', 'date', d(2026, 10, 1), '全角'],
  ['20261001', 'date', d(2026, 10, 1), '2026-10-01'],
  ['10/13/2026', 'date', d(2026, 10, 13), '2026-10-13'],
  ['13/10/2026', 'date', d(2026, 10, 13), '2026-10-13'],
  ['1/1/2026', 'date', d(2026, 1, 1), '2026-01-01'],
  ['10/1/2026', 'date', '10/1/2026', '可能是 2026-10-01 也可能是 2026-01-10'],
  ['2026-10-01 14:30', 'date', '2026-10-01 14:30', '含时刻'],
  ['45123', 'date', '45123', '2023-07-16'],
  ['2026-02-30', 'date', '2026-02-30', '不是有效日期'],
  ['20261301', 'date', '20261301', '不是日期'],
  ['下周一', 'date', '下周一', '不是日期'],
  ['１２３', 'number', 123, '半角数字 123'],
  ['1,234.50', 'number', 1234.5, '文本格式的数字'],
  ['1 234', 'number', 1234, '请改为数字 1234'],
  ['¥1,200', 'money', 1200, '请改为数字 1200'],
  ['￥1,200.50', 'money', 1200.5, '请改为数字 1200.5'],
  ['1200元', 'money', 1200, '请改为数字 1200'],
  ['¥1,200', 'number', '¥1,200', '不是数字'],
  ['100%', 'pct', 100, '请改为数字 100'],
  ['85 %', 'pct', 85, '请改为数字 85'],
  ['100%', 'number', '100%', '带 % 号'],
  ['12', 'int', 12, '文本格式的数字'],
  ['十二', 'number', '十二', '不是数字'],
  ['1,5', 'number', '1,5', '不是数字'],
];

const TYPES: Record<string, ColumnType> = {
  date: { kind: 'date' },
  int: { kind: 'int', min: 0 },
  number: { kind: 'number' },
  money: { kind: 'money' },
  pct: { kind: 'pct' },
};

function checkMessage(text: string, kind: TargetKind): string {
  const type = TYPES[kind]!;
  const column = { key: 'date', header: { zh: '日期', en: 'Date' }, type } as unknown as Column;
  const f = kind === 'date' ? checkDate(text, column, messagesFor('zh-CN')) : checkNumber(text, type, messagesFor('zh-CN'));
  return f?.detail ?? '';
}

describe('one conversion table for import and validate', () => {
  it.each(TABLE)('%s in a %s column', (text, kind, stored, says) => {
    const c = convertText(text, kind);
    expect(c.value).toBe(stored);
    // Kept as text exactly when import reports it; converted values carry no report.
    expect(c.kept !== undefined).toBe(typeof stored === 'string');
    expect(checkMessage(text, kind)).toContain(says);
  });

  it('keeps text columns as written and blanks as empty', () => {
    expect(convertText('=1+1', 'text').value).toBe('=1+1');
    expect(convertText('007', 'text').value).toBe('007');
    expect(convertText('  ', 'date').value).toBeNull();
  });

  it('reads a table that is not the workbench\'s as Excel reads a pasted CSV, minus lossy conversions', () => {
    expect(convertText('12', 'general').value).toBe(12);
    expect(convertText('1,234.5', 'general').value).toBe(1234.5);
    expect(convertText('15%', 'general').value).toBe(0.15);
    expect(convertText('¥1,200', 'general').value).toBe(1200);
    expect(convertText('2026-10-01', 'general').value).toBe(d(2026, 10, 1));
    expect(convertText('2026年10月1日', 'general').value).toBe(d(2026, 10, 1));
    expect(convertText('007', 'general').value).toBe('007');
    expect(convertText('110101199001011234', 'general').value).toBe('110101199001011234');
    expect(convertText('10/1/2026', 'general').value).toBe('10/1/2026');
    expect(convertText('东方物流', 'general').value).toBe('东方物流');
    expect(convertText('0.5', 'general').value).toBe(0.5);
  });
});

import { parsePeriodArg } from '../../src/core/kpi/periodArg';
import { serialOf } from '../../src/core/validate/dates';

const today = serialOf(2026, 11, 15);

describe('one period parser for every command', () => {
  it.each([
    ['2026-10', '2026-10'],
    [' 2026-10 ', '2026-10'],
    ['current', '2026-11'],
    ['本月', '2026-11'],
    ['previous', '2026-10'],
    ['上月', '2026-10'],
    ['next', '2026-12'],
    ['2000-01', '2000-01'],
    ['2027-12', '2027-12'],
  ])('%s → %s', (text, period) => {
    expect(parsePeriodArg(text, today, 'zh-CN')).toEqual(expect.objectContaining({ period }));
  });

  it('next in December is January of next year, previous in January is December', () => {
    expect(parsePeriodArg('next', serialOf(2026, 12, 31), 'en-US')).toEqual(expect.objectContaining({ period: '2027-01' }));
    expect(parsePeriodArg('previous', serialOf(2026, 1, 1), 'en-US')).toEqual(expect.objectContaining({ period: '2025-12' }));
  });

  it.each(['2026-13', '2026-00', 'nonsense', '2026-1', '1999-12', '2028-01', '202610', ''])('refuses %j with one message', (text) => {
    const zh = parsePeriodArg(text, today, 'zh-CN');
    expect(zh).toEqual({ error: expect.stringContaining('不是有效的考核期间') });
    expect('error' in zh && zh.error).toContain('2000-01 至 2027-12');
    const en = parsePeriodArg(text, today, 'en-US', '--from');
    expect(en).toEqual({ error: expect.stringContaining('--from') });
  });
});

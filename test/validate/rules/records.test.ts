/** T-CHANGE, S-ORDER and A-COLLECT (SPEC §3): the records behind the KPI pre-fills. */
import { targetChange } from '../../../src/core/validate/rules/targetChange';
import { stageOrder } from '../../../src/core/validate/rules/stageOrder';
import { collections } from '../../../src/core/validate/rules/collections';
import { TODAY, customer, customers, d, receivables, ruleContext, stageLog, targets, where } from '../helpers';

const target = (o: Record<string, string | number | null> = {}) => ({
  period: '2026-11', staffId: 'E005', planSales: 100, setBy: '王建国', setDate: d(2026, 10, 31), ...o,
});
const stage = (o: Record<string, string | number | null> = {}) => ({ customer: '华东物流', date: d(2026, 2, 1), stage: '信息搜集', recorder: '刘芳', ...o });
const invoice = (o: Record<string, string | number | null> = {}) => ({
  invoiceId: 'FP-1', customer: '华东物流', owner: '刘芳', invoiceDate: d(2026, 10, 5), dueDate: d(2026, 11, 5), amount: 10, ...o,
});

describe('T-CHANGE', () => {
  it('passes targets set before or on the period’s first day, and late changes that were approved', () => {
    const ctx = ruleContext([targets([target(), target({ setDate: d(2026, 11, 1) }), target({ setDate: d(2026, 11, 9), changeApproval: '同意' })])]);
    expect(targetChange(ctx)).toEqual([]);
  });

  it('warns about a target set after the period began without 同意', () => {
    const ctx = ruleContext([targets([target({ setDate: d(2026, 11, 2) }), target({ setDate: d(2026, 11, 9), changeApproval: '待审批' })])]);
    const ps = targetChange(ctx);
    expect(where(ps)).toEqual(['T-CHANGE@Targets!2:变更审批', 'T-CHANGE@Targets!3:变更审批']);
    expect(ps[0]!.severity).toBe('warning');
    expect(ps[1]!.message).toContain('待审批');
  });

  it('leaves a malformed period or date to the general rules', () => {
    expect(targetChange(ruleContext([targets([target({ period: '2026-13', setDate: d(2027, 1, 1) }), target({ setDate: 'x' })])]))).toEqual([]);
  });
});

describe('S-ORDER', () => {
  it('passes stages between the file’s creation and today (names matched case-insensitively)', () => {
    const ctx = ruleContext([customers([customer()]), stageLog([stage({ date: d(2026, 1, 5) }), stage({ date: TODAY, customer: ' 华东物流 ' })])]);
    expect(stageOrder(ctx)).toEqual([]);
  });

  it('flags a stage before the file was created, and one in the future', () => {
    const ctx = ruleContext([customers([customer()]), stageLog([stage({ date: d(2026, 1, 4) }), stage({ date: TODAY + 1 })])]);
    const ps = stageOrder(ctx);
    expect(where(ps)).toEqual(['S-ORDER@StageLog!2:日期', 'S-ORDER@StageLog!3:日期']);
    expect(ps.every((p) => p.severity === 'error')).toBe(true);
    expect(ps[0]!.message).toContain('2026-01-05');
  });
});

describe('A-COLLECT', () => {
  it('passes full, partial and missing collections on or after the invoice date', () => {
    const ctx = ruleContext([
      receivables([
        invoice({ collected: 10, collectedDate: d(2026, 10, 5) }),
        invoice({ invoiceId: 'FP-2', amount: 0.3, collected: 0.1 + 0.2, collectedDate: d(2026, 11, 30) }),
        invoice({ invoiceId: 'FP-3', collected: 4, collectedDate: d(2026, 11, 1) }),
        invoice({ invoiceId: 'FP-4' }),
      ]),
    ]);
    expect(collections(ctx)).toEqual([]);
  });

  it('flags a collection above the amount due, and one dated before the invoice', () => {
    const ctx = ruleContext([receivables([invoice({ collected: 10.01, collectedDate: d(2026, 11, 1) }), invoice({ invoiceId: 'FP-2', collected: 5, collectedDate: d(2026, 10, 4) })])]);
    const ps = collections(ctx);
    expect(where(ps)).toEqual(['A-COLLECT@Receivables!2:回款金额(万元)', 'A-COLLECT@Receivables!3:回款日期']);
    expect(ps.every((p) => p.severity === 'error')).toBe(true);
  });
});

import { receptionReport } from '../../../src/core/validate/rules/receptionReport';
import { TODAY, receptionReports, receptionRequests, ruleContext, where } from '../helpers';
import { report, request } from './reception.fixtures';

describe('R-REPORT', () => {
  it('passes an approved, past request that has a report (matched case-insensitively, spaces ignored)', () => {
    const ctx = ruleContext([receptionRequests([request()]), receptionReports([report({ requestId: 'jd-001 ' })])]);
    expect(receptionReport(ctx)).toEqual([]);
  });

  it('does not ask for a report before the reception is over, or for an unapproved request', () => {
    const ctx = ruleContext([
      receptionRequests([request({ receptionDate: TODAY }), request({ requestId: 'JD-002', directorReview: '待审批' })]),
      receptionReports([]),
    ]);
    expect(receptionReport(ctx)).toEqual([]);
  });

  it('needs a report once the reception took place (执行情况 filled), even before both approvals', () => {
    const ctx = ruleContext([receptionRequests([request({ directorReview: '待审批', financeReview: null, execution: '部分执行' })]), receptionReports([])]);
    expect(where(receptionReport(ctx))).toEqual(['R-REPORT@ReceptionRequests!2:申请编号']);
  });

  it('needs no report for a request refused by either reviewer, or approved by the director alone and not executed', () => {
    const ctx = ruleContext([
      receptionRequests([
        request({ financeReview: '不同意', execution: '全部执行' }),
        request({ requestId: 'JD-002', directorReview: '不同意' }),
        request({ requestId: 'JD-003', financeReview: '待审批' }),
      ]),
      receptionReports([]),
    ]);
    expect(receptionReport(ctx)).toEqual([]);
  });

  it('flags an approved request whose date has passed without a report', () => {
    const ctx = ruleContext([receptionRequests([request(), request({ requestId: 'JD-002' })]), receptionReports([report()])]);
    const ps = receptionReport(ctx);
    expect(where(ps)).toEqual(['R-REPORT@ReceptionRequests!3:申请编号']);
    expect(ps[0]!.severity).toBe('error');
    expect(ps[0]!.message).toContain('JD-002');
  });
});

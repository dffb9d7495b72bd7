import { receptionOverspend } from '../../../src/core/validate/rules/receptionOverspend';
import { receptionReports, receptionRequests, ruleContext, where } from '../helpers';
import { report, request } from './reception.fixtures';

describe('R-OVERSPEND', () => {
  it('passes a report within the request, recomputing both totals (合计 may be uncached)', () => {
    const ctx = ruleContext([receptionRequests([request({ total: null })]), receptionReports([report({ meals: 1000, total: 99999 })])]);
    expect(receptionOverspend(ctx)).toEqual([]);
  });

  it('flags a report whose cost inputs add up to more than the request', () => {
    const ctx = ruleContext([receptionRequests([request()]), receptionReports([report({ meals: 1000, transport: 0.01 })])]);
    const ps = receptionOverspend(ctx);
    expect(where(ps)).toEqual(['R-OVERSPEND@ReceptionReports!2:合计']);
    expect(ps[0]!.severity).toBe('warning');
    expect(ps[0]!.message).toContain('1500.01');
  });

  it('ignores a report whose request does not exist (the REF rule reports it)', () => {
    const ctx = ruleContext([receptionRequests([request()]), receptionReports([report({ requestId: 'JD-999', meals: 99999 })])]);
    expect(receptionOverspend(ctx)).toEqual([]);
  });
});

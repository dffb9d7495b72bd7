import { SCHEME_L1, SCHEME_L4, SCHEME_S1 } from '../../src/core/kpi/schemes';
import { defaultParamMap } from '../../src/core/kpi/params';
import { kpiInputIssues } from '../../src/core/services/saveKpiInputs';
import type { KpiInputField, KpiInputsSnapshot } from '../../src/core/services/saveKpiInputs';
import {
  controlOf,
  draftChanges,
  draftValues,
  initialDraft,
  parseText,
} from '../../src/taskpane/pages/Scoring/KpiInputs/kpiInputsDraft';
import type { Draft } from '../../src/taskpane/pages/Scoring/KpiInputs/kpiInputsDraft';
import { inputsButtonId, inputsFormId } from '../../src/taskpane/pages/Scoring/KpiInputs/ids';
import { inputsKey } from '../../src/taskpane/pages/Scoring/useScoringPage';
import type { SummaryRow } from '../../src/taskpane/services';

const input = (scheme: typeof SCHEME_S1, key: string) => scheme.inputs.find((i) => i.key === key)!;

/** An L1 row as read: 营业额目标 filled, 有效跟进客户数 following the visit log (derived 4), 实际新增客户数 overridden. */
function l1Snapshot(over: Partial<Record<string, Partial<KpiInputField>>> = {}): KpiInputsSnapshot {
  const fields: KpiInputField[] = SCHEME_L1.inputs.map((i) => {
    const base: KpiInputField =
      i.key === 'revenueTarget' ? { key: i.key, header: i.header.zh, value: 500 }
        : i.key === 'followed' ? { key: i.key, header: i.header.zh, value: null, derived: 4, auto: true }
          : i.key === 'newActual' ? { key: i.key, header: i.header.zh, value: 7, derived: 2, auto: false }
            : { key: i.key, header: i.header.zh, value: null };
    return { ...base, ...over[i.key] };
  });
  return {
    table: 'KpiL1', row: 5, scheme: 'L1', period: '2026-11', staffId: 'E003', name: '张晓梅',
    fields, missingColumns: [], params: defaultParamMap(), periodEnd: 46356,
  };
}

function edit(draft: Draft, key: string, change: Partial<Draft[string]>): Draft {
  return { ...draft, [key]: { ...draft[key]!, ...change } };
}

describe('the input form\'s controls', () => {
  it('offers closed lists as selects (largest first) and everything else as a text box', () => {
    expect(controlOf(input(SCHEME_S1, 'judgement'))).toEqual({ kind: 'select', options: ['4', '3.5', '3', '2.5'], yesno: false });
    expect(controlOf(input(SCHEME_S1, 'communication'))).toEqual({ kind: 'select', options: ['6', '5.5', '5', '4.5'], yesno: false });
    expect(controlOf(input(SCHEME_L4, 'staffLoss'))).toEqual({ kind: 'select', options: ['是', '否'], yesno: true });
    // 责任感 is 0–3 or 4.5 or 5: a list cannot hold the range.
    expect(controlOf(input(SCHEME_S1, 'responsibility'))).toEqual({ kind: 'text', inputMode: 'decimal' });
    expect(controlOf(input(SCHEME_S1, 'attendanceDays'))).toEqual({ kind: 'text', inputMode: 'numeric' });
    expect(controlOf(input(SCHEME_S1, 'planSales'))).toEqual({ kind: 'text', inputMode: 'decimal' });
  });

  it('reads numbers as typed, full-width ones too, and keeps anything else as text for the check to name', () => {
    const money = input(SCHEME_S1, 'planSales');
    expect(parseText(money, ' 112 ')).toBe(112);
    expect(parseText(money, '１２．５')).toBe(12.5);
    expect(parseText(money, '-5')).toBe(-5);
    expect(parseText(money, '.5')).toBe(0.5);
    expect(parseText(money, '')).toBeNull();
    expect(parseText(money, '1e3')).toBe('1e3');
    expect(parseText(money, '=1+1')).toBe('=1+1');
    expect(parseText(input(SCHEME_L4, 'staffLoss'), '否')).toBe('否');
    const issues = kpiInputIssues(SCHEME_S1, { planSales: parseText(money, '1e3') }, { params: defaultParamMap(), periodEnd: null, lang: 'zh-CN' });
    expect(issues.map((i) => i.message)).toEqual(['「计划销售额(万元)」须为不小于 0 的数字(单位见列名)。']);
  });
});

describe('the input form\'s draft', () => {
  it('starts from the row: filled cells as text, prefills following the logs or overridden', () => {
    const draft = initialDraft(l1Snapshot());
    expect(draft.revenueTarget).toEqual({ text: '500', override: false });
    expect(draft.revenueActual).toEqual({ text: '', override: false });
    expect(draft.followed).toEqual({ text: '', override: false });
    expect(draft.newActual).toEqual({ text: '7', override: true });
  });

  it('checks the row a save would leave: a following prefill counts as its derived value', () => {
    const snap = l1Snapshot();
    const values = draftValues(SCHEME_L1, snap, initialDraft(snap));
    expect(values).toMatchObject({ revenueTarget: 500, followed: 4, newActual: 7, revenueActual: null });
  });

  it('writes only what changed, and gives a prefill that reads empty its formula back', () => {
    const snap = l1Snapshot();
    const draft = initialDraft(snap);
    expect(draftChanges(SCHEME_L1, snap, draft)).toEqual({ values: {}, auto: ['followed'] });
    const typed = edit(edit(draft, 'revenueActual', { text: '300' }), 'revenueTarget', { text: '' });
    expect(draftChanges(SCHEME_L1, snap, typed).values).toEqual({ revenueActual: 300, revenueTarget: null });
  });

  it('writes an override of a following prefill even when it equals the calculation, and un-overriding restores the formula', () => {
    const snap = l1Snapshot();
    const draft = initialDraft(snap);
    const overridden = edit(draft, 'followed', { override: true, text: '4' });
    expect(draftChanges(SCHEME_L1, snap, overridden)).toEqual({ values: { followed: 4 }, auto: [] });
    const following = edit(draft, 'newActual', { override: false });
    expect(draftChanges(SCHEME_L1, snap, following).auto).toEqual(['newActual', 'followed']);
  });

  it('leaves a prefill that reads as its calculation alone (Excel computed the formula)', () => {
    const snap = l1Snapshot({ followed: { value: 4, auto: true } });
    expect(draftChanges(SCHEME_L1, snap, initialDraft(snap)).auto).toEqual([]);
  });

  it('does not rewrite a text cell left as it was', () => {
    const snap = l1Snapshot({ revenueActual: { value: ' abc ' } });
    const draft = initialDraft(snap);
    expect(draft.revenueActual?.text).toBe(' abc ');
    expect(draftChanges(SCHEME_L1, snap, draft).values).toEqual({});
  });
});

describe('Scoring page wiring', () => {
  const row: SummaryRow = {
    period: '2026-11', staffId: 'E005', name: '刘芳', position: '大客户经理', scheme: 'S1', total: null, grade: null, runOfD: 0,
    suggestion: '', status: '待录入', table: 'KpiS1', sheet: '绩效考核', address: 'A7', row: 7,
  };

  it('gives each row stable, valid ids for its 录入 button and form', () => {
    expect(inputsKey(row)).toBe('KpiS1:7');
    expect(inputsButtonId(row, 7)).toBe('kpi-inputs-open-KpiS1-7');
    expect(inputsFormId(row, 7)).toBe('kpi-inputs-form-KpiS1-7');
  });

});

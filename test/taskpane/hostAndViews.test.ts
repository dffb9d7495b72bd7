import { officeSupports, unsupportedReasons } from '../../src/taskpane/officeHost';
import { initialPageOf } from '../../src/taskpane/model/pages';
import { checkResultSearch, parseCheckResultSearch } from '../../src/taskpane/views/checkResultQuery';
import { UI_EN_US } from '../../src/i18n/ui.en-US';
import { UI_ZH_CN } from '../../src/i18n/ui.zh-CN';

describe('Office host capabilities', () => {
  it('derives features from ExcelApi requirement sets', () => {
    const upTo = (max: number) => (name: string, v: string) => name === 'ExcelApi' && Number(v) <= max;
    expect(officeSupports(upTo(1.9))).toEqual({ validation: true, charts: true, createWorkbook: true, screenUpdating: true, pageSetup: true });
    expect(officeSupports(upTo(1.7))).toEqual({ validation: false, charts: true, createWorkbook: false, screenUpdating: false, pageSetup: false });
  });

  it('explains each disabled feature in the display language, and nothing for a mere optimisation', () => {
    const supports = { validation: false, charts: true, createWorkbook: false, screenUpdating: false, pageSetup: false };
    expect(unsupportedReasons(supports, 'zh-CN')).toEqual([UI_ZH_CN.forms.needsValidation, UI_ZH_CN.export.noCreateWorkbook, UI_ZH_CN.forms.noPageSetup]);
    expect(unsupportedReasons(supports, 'en-US')).toEqual([UI_EN_US.forms.needsValidation, UI_EN_US.export.noCreateWorkbook, UI_EN_US.forms.noPageSetup]);
    expect(unsupportedReasons({ validation: true, charts: true, createWorkbook: true, screenUpdating: false, pageSetup: true }, 'zh-CN')).toEqual([]);
  });
});

describe('URL parameters', () => {
  it('opens the page the manifest asks for', () => {
    expect(initialPageOf('?page=scoring')).toBe('scoring');
    expect(initialPageOf('?page=nope')).toBe('forms');
    expect(initialPageOf('')).toBe('forms');
  });

  it('round-trips the ribbon check result through the dialog URL', () => {
    const q = { errors: 3, warnings: 12, selected: true };
    expect(parseCheckResultSearch(checkResultSearch(q))).toEqual(q);
    const failed = { errors: 0, warnings: 0, selected: false, failure: '没有 Visits 表 & more' };
    expect(parseCheckResultSearch(checkResultSearch(failed))).toEqual(failed);
    expect(parseCheckResultSearch('?page=check')).toBeUndefined();
    expect(parseCheckResultSearch('?view=checkResult&errors=-1&warnings=x')).toEqual({ errors: 0, warnings: 0, selected: false });
  });
});

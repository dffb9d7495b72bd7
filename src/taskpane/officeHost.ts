/**
 * The Host for Excel: the Office.js port, what this Excel's API level allows, and the few host
 * actions the App needs. Requirement sets (FACTS.md): data validation and Excel.createWorkbook need
 * ExcelApi 1.8, charts 1.1, suspending screen updating 1.9. A missing set disables only its feature,
 * and the reason is listed in the display language.
 */
import type { WorkbookPort } from '../core/port/types';
import { serialOfLocalDate } from '../core/validate/dates';
import { stringsFor, uiLangOf } from '../i18n/uiLang';
import type { SelfTestTarget } from '../selftest/target';
import type { Host, HostSupports } from './host';

export function officeSupports(isSetSupported: (name: string, version: string) => boolean): HostSupports {
  const excel = (v: string) => isSetSupported('ExcelApi', v);
  return {
    validation: excel('1.8'),
    charts: excel('1.1'),
    createWorkbook: excel('1.8'),
    screenUpdating: excel('1.9'),
    pageSetup: excel('1.9'),
  };
}

export function unsupportedReasons(supports: HostSupports, displayLanguage: string): string[] {
  const s = stringsFor(uiLangOf(displayLanguage));
  const reasons: string[] = [];
  if (!supports.validation) reasons.push(s.forms.needsValidation);
  if (!supports.charts) reasons.push(s.scoring.noCharts);
  if (!supports.createWorkbook) reasons.push(s.export.noCreateWorkbook);
  if (!supports.pageSetup) reasons.push(s.forms.noPageSetup);
  // Screen updating only speeds up big writes; nothing is disabled without it, so nothing to say.
  return reasons;
}

/** Call after Office.onReady() inside Excel. */
export function createOfficeHost(port: WorkbookPort, selfTest?: SelfTestTarget): Host {
  const displayLanguage = Office.context.displayLanguage || 'zh-CN';
  const supports = officeSupports((name, version) => Office.context.requirements.isSetSupported(name, version));
  return {
    kind: 'office',
    port,
    supports,
    unsupportedReasons: unsupportedReasons(supports, displayLanguage),
    // Excel opens the workbook in a new window and names it itself; the user saves it from there.
    openWorkbook: async (base64) => {
      await Excel.createWorkbook(base64);
    },
    today: () => serialOfLocalDate(new Date()),
    displayLanguage,
    ...(selfTest ? { selfTest } : {}),
  };
}

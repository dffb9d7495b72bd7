/**
 * Which UI language to show. Chinese first: any Office display language starting with "zh"
 * (zh-CN, zh-TW, zh-HK …) gets zh-CN; everything else gets en-US.
 */
import type { Lang } from '../core/model/types';
import { UI_ZH_CN } from './ui.zh-CN';
import type { UiStrings } from './ui.zh-CN';
import { UI_EN_US } from './ui.en-US';

export function uiLangOf(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? '').trim().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export function stringsFor(lang: Lang): UiStrings {
  return lang === 'zh-CN' ? UI_ZH_CN : UI_EN_US;
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en-US';
}

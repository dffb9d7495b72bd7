/**
 * Remembers the user's UI language choice in this browser (localStorage, our origin only). It is a
 * display preference, not workbook data, so it does not go into the shared workbook. Storage can
 * be unavailable (private mode, blocked storage): callers get a result and say so.
 */
import type { Lang } from '../core/model/types';
import { isLang } from './uiLang';

const KEY = 'ka-workbench.uiLang';

export function loadLangPreference(storage: Pick<Storage, 'getItem'> | undefined): Lang | undefined {
  if (!storage) return undefined;
  try {
    const v = storage.getItem(KEY);
    return isLang(v) ? v : undefined;
  } catch (err) {
    // Reading a preference must not stop the pane: fall back to the display language, but leave a trace.
    console.warn('UI language preference could not be read', err);
    return undefined;
  }
}

/** True when saved; false when the storage refused (the caller shows a notice). */
export function saveLangPreference(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): boolean {
  if (!storage) return false;
  try {
    storage.setItem(KEY, lang);
    return true;
  } catch (err) {
    console.warn('UI language preference could not be saved', err);
    return false;
  }
}

/** window.localStorage, or undefined where even touching it throws (sandboxed frames). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch (err) {
    console.warn('localStorage is not available', err);
    return undefined;
  }
}

/**
 * The UI language and its strings, provided once by the App and read by every component.
 */
import { createContext, useContext } from 'react';
import type { Lang } from '../core/model/types';
import type { UiStrings } from './ui.zh-CN';
import { UI_ZH_CN } from './ui.zh-CN';

export interface StringsContextValue {
  readonly lang: Lang;
  readonly strings: UiStrings;
  /** Switches the UI language (Settings page). */
  readonly setLang: (lang: Lang) => void;
}

export const StringsContext = createContext<StringsContextValue>({
  lang: 'zh-CN',
  strings: UI_ZH_CN,
  setLang: () => {
    throw new Error('StringsContext has no provider');
  },
});

export function useStrings(): UiStrings {
  return useContext(StringsContext).strings;
}

export function useUiLang(): StringsContextValue {
  return useContext(StringsContext);
}

import { UI_EN_US } from '../../src/i18n/ui.en-US';
import { UI_ZH_CN } from '../../src/i18n/ui.zh-CN';
import { stringsFor, uiLangOf } from '../../src/i18n/uiLang';
import { loadLangPreference, saveLangPreference } from '../../src/i18n/langPreference';

/** Every leaf path with its kind: the types enforce the same keys; this also pins the arities. */
function shape(o: unknown, path = ''): string[] {
  if (typeof o === 'function') return [`${path}:fn${o.length}`];
  if (Array.isArray(o)) return [`${path}:array`];
  if (o && typeof o === 'object') return Object.keys(o).sort().flatMap((k) => shape((o as Record<string, unknown>)[k], `${path}.${k}`));
  return [`${path}:${typeof o}`];
}

describe('UI strings', () => {
  it('has the same keys and function arities in en-US as in zh-CN', () => {
    expect(shape(UI_EN_US)).toEqual(shape(UI_ZH_CN));
  });

  it('has no empty texts', () => {
    const empty = (o: unknown, path: string): string[] =>
      typeof o === 'string'
        ? o.trim() === '' ? [path] : []
        : o && typeof o === 'object'
          ? Object.entries(o).flatMap(([k, v]) => empty(v, `${path}.${k}`))
          : [];
    expect(empty(UI_ZH_CN, 'zh')).toEqual([]);
    expect(empty(UI_EN_US, 'en')).toEqual([]);
  });

  it('follows Office: any zh display language is zh-CN, anything else en-US', () => {
    expect(uiLangOf('zh-CN')).toBe('zh-CN');
    expect(uiLangOf('zh-TW')).toBe('zh-CN');
    expect(uiLangOf('ZH-hk')).toBe('zh-CN');
    expect(uiLangOf('en-GB')).toBe('en-US');
    expect(uiLangOf('de-DE')).toBe('en-US');
    expect(uiLangOf('')).toBe('en-US');
    expect(uiLangOf(undefined)).toBe('en-US');
    expect(stringsFor('zh-CN').app.title).toBe('大客户工作台');
  });

  it('remembers the language choice, and reports when storage refuses', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(loadLangPreference(storage)).toBeUndefined();
    expect(saveLangPreference(storage, 'en-US')).toBe(true);
    expect(loadLangPreference(storage)).toBe('en-US');
    store.set('ka-workbench.uiLang', 'fr-FR');
    expect(loadLangPreference(storage)).toBeUndefined();

    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveLangPreference(refusing, 'zh-CN')).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

/**
 * One language at a time: every task-pane string belongs to exactly one catalogue. No zh-CN string
 * carries an English gloss ("填入示例数据 (sample data)") or a bilingual pair ("仅显示错误 / errors
 * only"); no en-US string carries Chinese at all. Commands the user types (npm start, npm run
 * preview) are not glosses and are listed below.
 */
import { UI_EN_US } from '../../src/i18n/ui.en-US';
import { UI_ZH_CN } from '../../src/i18n/ui.zh-CN';

/** Every text of a catalogue with its path; functions are called with sample arguments. */
function texts(o: unknown, path: string): Array<[string, string]> {
  if (typeof o === 'string') return [[path, o]];
  if (typeof o === 'function') {
    for (const sample of [3, 'X', ['X', 'Y']]) {
      try {
        const out: unknown = (o as (...args: unknown[]) => unknown)(...Array.from({ length: o.length }, () => sample));
        if (typeof out === 'string' && !out.includes('undefined')) return [[`${path}()`, out]];
      } catch {
        // This sample does not fit the function's parameters; the next one may.
      }
    }
    throw new Error(`cannot call ${path} with sample arguments`);
  }
  if (Array.isArray(o)) return o.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** A parenthesised run of English words, ASCII or full-width parentheses: "(sample data)". */
const GLOSS = /[((]\s*[A-Za-z][A-Za-z .,'-]*[))]/;
/** Two English words in a row: "errors only", "Write dashboard". */
const ENGLISH_WORDS = /[A-Za-z]+[ -][A-Za-z]+/g;
/** Commands the user types (npm start, npm run preview) appear inside Chinese text as they are. */
const NAMES = new Set(['npm start', 'npm run', 'run preview']);

describe('one language at a time in the task pane', () => {
  const zh = texts(UI_ZH_CN, 'zh-CN');
  const en = texts(UI_EN_US, 'en-US');

  it('reads every text of both catalogues', () => {
    expect(zh.length).toBeGreaterThan(150);
    expect(en.length).toBe(zh.length);
  });

  it('has no English gloss or bilingual pair in zh-CN', () => {
    const bad = zh.filter(([, t]) => GLOSS.test(t) || t.includes(' / ') || (t.match(ENGLISH_WORDS) ?? []).some((w) => !NAMES.has(w)));
    expect(bad).toEqual([]);
  });

  it('has no Chinese in en-US, not even as a gloss', () => {
    expect(en.filter(([, t]) => CJK.test(t))).toEqual([]);
  });

  it('catches the glosses it is meant to catch', () => {
    expect(GLOSS.test('填入示例数据 (sample data)')).toBe(true);
    expect('仅显示错误 / errors only'.includes(' / ')).toBe(true);
    expect(CJK.test('Write dashboard (写入仪表板)')).toBe(true);
    expect(GLOSS.test('新建表格 Customers(3 行)')).toBe(false);
  });
});

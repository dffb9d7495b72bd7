import type { Lang } from '../../core/model/types';
import type { WorkbookMeta } from '../../core/port/types';
import { META_KEYS } from '../../core/port/types';

/** Reads the key/value rows of Lists!A1:B3 (in any order; unknown keys and bad values are ignored). */
export function parseMeta(rows: readonly (readonly unknown[])[] | null): WorkbookMeta {
  let modelVersion: number | null = null;
  let lang: Lang | null = null;
  for (const row of rows ?? []) {
    const key = typeof row[0] === 'string' ? row[0].trim() : '';
    const value = row[1];
    if (key === META_KEYS.modelVersion) {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : NaN;
      if (Number.isInteger(n) && n >= 0) modelVersion = n;
    } else if (key === META_KEYS.lang) {
      const v = typeof value === 'string' ? value.trim() : '';
      if (v === 'zh-CN' || v === 'en-US') lang = v;
    }
  }
  return { modelVersion, lang };
}

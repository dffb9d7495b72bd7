/**
 * What the preview's URL may fix, for screenshots and deterministic tests:
 *   ?lang=en-US        the display language (as Office's displayLanguage would be)
 *   ?today=2026-11-10  "today" for every date rule, default period and sample data
 *   ?page=scoring      the page to open first (as in the add-in)
 * A value that cannot be used is reported (shown in the banner), never silently ignored.
 */
import { parseIsoDate } from '../core/validate/dates';

export interface PreviewParams {
  /** Undefined: use the browser's language. */
  readonly displayLanguage?: string;
  /** Undefined: use the machine's local date. */
  readonly today?: number;
  /** Parameters that were given but could not be used, e.g. `today=2026-13-01`. */
  readonly rejected: readonly string[];
}

const LANGS = ['zh-CN', 'en-US'];

export function previewParamsOf(search: string): PreviewParams {
  const q = new URLSearchParams(search);
  const rejected: string[] = [];
  let displayLanguage: string | undefined;
  let today: number | undefined;

  const lang = q.get('lang');
  if (lang !== null) {
    // Case-insensitive, so ?lang=en-us works; anything else would silently fall back to English.
    const known = LANGS.find((l) => l.toLowerCase() === lang.trim().toLowerCase());
    if (known) displayLanguage = known;
    else rejected.push(`lang=${lang}`);
  }

  const day = q.get('today');
  if (day !== null) {
    today = parseIsoDate(day);
    if (today === undefined) rejected.push(`today=${day}`);
  }

  return {
    ...(displayLanguage !== undefined ? { displayLanguage } : {}),
    ...(today !== undefined ? { today } : {}),
    rejected,
  };
}

/**
 * Print views (SPEC §2.2): one sheet per paper form, filled by formulas from the record chosen in
 * its key cell(s). A view is plain data; planView.ts lays it out into write operations.
 */
import type { Text } from '../model/types';

export const VIEW_IDS = [
  'customer-file',
  'visit-day',
  'relation-plan',
  'gift-plan',
  'gift-request',
  'reception-request',
  'reception-report',
  'kpi-sheet',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** A key cell: where the user picks the record. `source` feeds its dropdown (a table column). */
export interface ViewKey {
  readonly label: Text;
  readonly kind: 'text' | 'date' | 'period';
  /** Dropdown of this column's values; absent for a date (date validation instead). */
  readonly source?: { readonly table: string; readonly column: string };
}

/**
 * A column of a list part; `span` grid columns wide (long texts take several). A record may take
 * two lines, as on the paper form: columns with `line: 1` go on its second line.
 */
export interface ListColumn {
  readonly key: string;
  readonly span?: number;
  readonly line?: 0 | 1;
  /** Grid column where it starts (1-based); by default right after the previous one on its line. */
  readonly at?: number;
}

/** Label/value pairs of the view's record; `wide` fields take a whole row. */
export interface FieldRef {
  readonly key: string;
  readonly wide?: boolean;
}

export type ViewPart =
  | { readonly kind: 'fields'; readonly title?: Text; readonly fields: readonly FieldRef[] }
  /**
   * The rows of `table` whose `match` columns equal the view's keys (by index), in table order;
   * the last `rows` of them when there are more, and a line saying how many were left out.
   */
  | {
      readonly kind: 'list';
      readonly title: Text;
      readonly table: string;
      readonly match: readonly { readonly column: string; readonly key: number }[];
      readonly columns: readonly ListColumn[];
      readonly rows: number;
    }
  /** Each column is an approval or review: a block of role, recorded decision, 签字 and 日期. */
  | { readonly kind: 'approvals'; readonly title: Text; readonly columns: readonly string[] }
  /** The visit day's header and totals, computed from Visits directly. */
  | { readonly kind: 'visitDay' }
  /** One staff member's scheme row, whichever of the four Kpi tables holds it. */
  | { readonly kind: 'kpi' };

export interface ViewSpec {
  readonly id: ViewId;
  readonly sheet: Text;
  readonly title: Text;
  /** The table of the record (looked up by the first key in `recordKey`); absent for visit-day. */
  readonly table?: string;
  readonly recordKey?: string;
  readonly keys: readonly ViewKey[];
  readonly parts: readonly ViewPart[];
  /** Widths of the grid columns, in characters (the number of grid columns is their count). */
  readonly widths: readonly number[];
  readonly orientation: 'portrait' | 'landscape';
  /** Tables whose columns the view's formulas name: it is added only when all exist. */
  readonly tables: readonly string[];
}

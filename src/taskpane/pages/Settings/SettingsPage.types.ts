import type { Lang } from '../../../core/model/types';
import type { GroupIssue, ParamIssue, ParamRow, ParamSheet } from '../../model/kpiParams';
import type { Operation } from '../../shared/useOperation';
import type { PageProps } from '../page.types';

export type SettingsPageProps = PageProps;

/** What reading KpiParams found. */
export type ParamsLoad =
  | { readonly kind: 'ok'; readonly sheet: ParamSheet }
  | { readonly kind: 'missing' }
  | { readonly kind: 'badHeaders' };

export interface ParamField {
  readonly param: ParamRow;
  readonly text: string;
  readonly issue?: ParamIssue;
  readonly changed: boolean;
}

export interface SettingsPageState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly langSaveFailed: boolean;
  readonly load: Operation<ParamsLoad, []>;
  readonly save: Operation<number, []>;
  readonly fields: readonly ParamField[];
  readonly groupIssues: readonly GroupIssue[];
  readonly changedCount: number;
  readonly hasIssues: boolean;
  readonly setText: (row: number, text: string) => void;
  readonly reload: () => void;
  readonly resetEdits: () => void;
  readonly saveEdits: () => void;
}

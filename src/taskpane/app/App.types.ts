import type { ReactNode } from 'react';
import type { Lang } from '../../core/model/types';
import type { UiStrings } from '../../i18n/ui.zh-CN';
import type { StringsContextValue } from '../../i18n/useStrings';
import type { Host } from '../host';
import type { PageId } from '../model/pages';
import type { WorkbookInfo } from '../pages/page.types';
import type { Operation } from '../shared/useOperation';
import type { WorkbookStructure } from '../../core/port/types';

export interface AppProps {
  readonly host: Host;
  /** The page to open first (the manifest's scoring button opens ?page=scoring). */
  readonly initialPage?: PageId;
  /** Shown above the tabs, e.g. the preview's "预览 Preview" banner. */
  readonly banner?: ReactNode;
}

export interface AppState {
  readonly host: Host;
  readonly banner?: ReactNode;
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly stringsContext: StringsContextValue;
  readonly page: PageId;
  readonly setPage: (page: PageId) => void;
  /** Pages opened so far: they stay mounted (hidden) so their results survive switching tabs. */
  readonly visited: ReadonlySet<PageId>;
  readonly structure: Operation<WorkbookStructure, []>;
  readonly workbook: WorkbookInfo;
  readonly refreshWorkbook: () => void;
}

import type { Lang } from '../../../core/model/types';
import type { GeneratePlan } from '../../../core/plan/generate';
import type { PrintRecordResult } from '../../../core/services/printRecord';
import type { PlanEntry } from '../../model/planView';
import type { Operation } from '../../shared/useOperation';
import type { PageProps } from '../page.types';

export type FormsPageProps = PageProps;

export interface FormsPageState {
  readonly sample: boolean;
  readonly setSample: (on: boolean) => void;
  /** The workbook has no recorded language yet, so the user picks one for the new sheets. */
  readonly isNewWorkbook: boolean;
  readonly newLang: Lang;
  readonly setNewLang: (lang: Lang) => void;
  readonly preview: Operation<GeneratePlan, []>;
  readonly generate: Operation<GeneratePlan, []>;
  /** The plan on screen: the latest preview. */
  readonly plan: GeneratePlan | undefined;
  readonly outline: readonly PlanEntry[];
  readonly canGenerate: boolean;
  /** The host cannot write data validation, so dropdowns are left out (said on the page). */
  readonly withoutValidation: boolean;
  readonly refresh: () => void;
  readonly confirm: () => void;
  /** 打印此记录: the selected record into its print view. */
  readonly print: Operation<PrintRecordResult, []>;
}

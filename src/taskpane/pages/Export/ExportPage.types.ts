import type { ExportHrResult } from '../../lazyServices';
import type { Operation } from '../../shared/useOperation';
import type { PageProps } from '../page.types';

export type ExportPageProps = PageProps;

export interface ExportPageState {
  readonly today: number;
  readonly from: string;
  readonly to: string;
  readonly setFrom: (period: string) => void;
  readonly setTo: (period: string) => void;
  readonly rangeValid: boolean;
  readonly canCreateWorkbook: boolean;
  readonly hostKind: 'office' | 'preview';
  readonly exportOp: Operation<ExportHrResult, []>;
  /** The exporter's code is still downloading (first use only). */
  readonly loadingWriter: boolean;
  readonly runExport: () => void;
}

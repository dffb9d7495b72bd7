import type { FormEvent, KeyboardEvent, RefObject } from 'react';
import type { WorkbookPort } from '../../../../core/port/types';
import type { KpiInputsSnapshot, SaveKpiInputsResult } from '../../../../core/services/saveKpiInputs';
import type { SummaryRow } from '../../../services';
import type { Operation } from '../../../shared/useOperation';
import type { FieldControl } from './kpiInputsDraft';

export interface KpiInputsFormProps {
  readonly port: WorkbookPort;
  /** The staff member's summary row: its table, period and 工号. */
  readonly row: SummaryRow;
  /** Worksheet row of `row` in its table. */
  readonly sheetRow: number;
  /** The form element's id (the open button's aria-controls). */
  readonly id: string;
  /** The form closes: after a save, with its result, or on 取消/Escape, with nothing. */
  readonly onClose: (saved?: SaveKpiInputsResult) => void;
}

/** One input as the form shows it. */
export interface KpiInputFieldView {
  readonly key: string;
  /** The input's header in the UI language: the field's label and accessible name. */
  readonly label: string;
  readonly hint?: string;
  readonly control: FieldControl;
  readonly text: string;
  /** Prefilled inputs only: whether the director's number replaces the calculation. */
  readonly override?: boolean;
  /** The text box shows the calculation and cannot be typed into (a prefilled input not overridden). */
  readonly readOnly: boolean;
  /** Shown once the field was edited (or held a value when the form opened), and after 保存. */
  readonly error?: string;
}

export interface KpiInputsFormState {
  readonly headingId: string;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly load: Operation<KpiInputsSnapshot, []>;
  readonly save: Operation<SaveKpiInputsResult, []>;
  readonly snapshot?: KpiInputsSnapshot;
  readonly fields: readonly KpiInputFieldView[];
  /** Fields with an error, counted once 保存 was pressed. */
  readonly invalidCount: number;
  readonly fieldRef: (key: string) => (el: HTMLElement | null) => void;
  readonly setText: (key: string, text: string) => void;
  readonly setOverride: (key: string, on: boolean) => void;
  readonly retryLoad: () => void;
  readonly submit: (e: FormEvent) => void;
  readonly cancel: () => void;
  readonly onKeyDown: (e: KeyboardEvent) => void;
}

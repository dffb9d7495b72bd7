import type { RefObject } from 'react';
import type { SelfTestOutcome } from '../../../selftest/runSelfTest';
import type { Host } from '../../host';
import type { Operation } from '../../shared/useOperation';

export interface SelfTestProps {
  readonly host: Host;
  /** The self-test adds and deletes sheets: the App re-reads the workbook afterwards. */
  readonly onWorkbookChanged: () => void;
}

/** What happened to the report after the run, in a build made by npm run test:excel. */
export type ServerStatus = { readonly kind: 'sent' } | { readonly kind: 'failed'; readonly detail: string };

export interface SelfTestState {
  /** False where the host offers no self-test target. */
  readonly available: boolean;
  readonly op: Operation<SelfTestOutcome, []>;
  /** The last report as pretty JSON, for the text area and the copy button. */
  readonly json?: string;
  readonly jsonRef: RefObject<HTMLTextAreaElement | null>;
  readonly copyStatus?: 'copied' | 'failed';
  readonly serverStatus?: ServerStatus;
  readonly run: () => void;
  readonly copy: () => void;
}

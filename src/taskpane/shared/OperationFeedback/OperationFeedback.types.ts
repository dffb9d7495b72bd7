import type { ReactNode } from 'react';

export interface OperationFeedbackProps {
  readonly busy: boolean;
  /** Visible label of the progress bar, also its accessible name. */
  readonly busyLabel: string;
  /** 0–1, or undefined for an indeterminate bar. */
  readonly progress?: number;
  /** The raw failure; described in the current UI language. */
  readonly error?: { readonly cause: unknown };
  /** A success message (shown only when not busy and no error). */
  readonly success?: ReactNode;
  /** Offers a Retry button in the error bar. */
  readonly onRetry?: () => void;
}

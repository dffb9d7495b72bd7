/**
 * State of one user-started async operation: busy, progress, the raw error (described at render
 * time, so a language switch re-translates it) and the last result. `run` never rejects: every
 * failure lands in `error` for a MessageBar, so callers can fire it from an event handler.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ProgressReporter } from '../../core/port/types';

export interface OperationState<T> {
  readonly busy: boolean;
  /** 0–1 when the operation reports progress; undefined for an indeterminate bar. */
  readonly progress?: number;
  /** Set when the last run failed; the thrown value as is. */
  readonly error?: { readonly cause: unknown };
  /** The last successful result (kept while a new run is busy, cleared by a failure). */
  readonly result?: T;
}

export interface Operation<T, A extends unknown[]> extends OperationState<T> {
  run(...args: A): Promise<void>;
  /** Clears error and result (e.g. when the inputs change). */
  reset(): void;
}

export function useOperation<T, A extends unknown[]>(
  fn: (progress: ProgressReporter, ...args: A) => Promise<T>,
): Operation<T, A> {
  const [state, setState] = useState<OperationState<T>>({ busy: false });
  // A second click while busy is ignored rather than queued: the first run's result is what the user asked for.
  const busyRef = useRef(false);
  // The latest fn (it closes over the page's current inputs), updated after each render.
  const fnRef = useRef(fn);
  useLayoutEffect(() => {
    fnRef.current = fn;
  });

  const run = useCallback(async (...args: A) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setState((s) => ({ busy: true, ...(s.result !== undefined ? { result: s.result } : {}) }));
    const progress: ProgressReporter = (done, total) => {
      if (total > 0) setState((s) => (s.busy ? { ...s, progress: Math.min(1, Math.max(0, done / total)) } : s));
    };
    try {
      const result = await fnRef.current(progress, ...args);
      setState({ busy: false, result });
    } catch (cause) {
      // Shown to the user by OperationFeedback; also logged for support, never swallowed.
      console.error(cause);
      setState({ busy: false, error: { cause } });
    } finally {
      busyRef.current = false;
    }
  }, []);

  const reset = useCallback(() => {
    if (!busyRef.current) setState({ busy: false });
  }, []);

  return { ...state, run, reset };
}

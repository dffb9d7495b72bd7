import { useEffect, useMemo, useRef, useState } from 'react';
import { errorText } from '../../../selftest/assert';
import { reportJson } from '../../../selftest/report';
import { runSelfTest } from '../../../selftest/runSelfTest';
import { compactReport, selfTestAutoRun, sendToTestServer } from '../../../selftest/testServer';
import { useOperation } from '../../shared/useOperation';
import type { SelfTestProps, SelfTestState, ServerStatus } from './SelfTest.types';

export function useSelfTest(props: SelfTestProps): SelfTestState {
  const { host, onWorkbookChanged } = props;
  const target = host.selfTest;
  const jsonRef = useRef<HTMLTextAreaElement | null>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed'>();
  const [serverStatus, setServerStatus] = useState<ServerStatus>();

  const op = useOperation(async (progress) => {
    if (!target) throw new Error('this host has no self-test target');
    setCopyStatus(undefined);
    setServerStatus(undefined);
    try {
      const outcome = await runSelfTest(target, { onProgress: (done, total) => progress(done, total) });
      if (selfTestAutoRun()) {
        const payload = outcome.kind === 'done' ? compactReport(outcome.report) : { suite: 'ka-workbench port contract', refused: outcome.reason };
        try {
          await sendToTestServer(payload);
          setServerStatus({ kind: 'sent' });
        } catch (err) {
          // Shown under the results; the report itself is still on the page to copy.
          console.error(err);
          setServerStatus({ kind: 'failed', detail: errorText(err) });
        }
      }
      return outcome;
    } finally {
      onWorkbookChanged();
    }
  });
  const run = op.run;

  // A build for npm run test:excel runs the self-test as soon as the page opens.
  useEffect(() => {
    if (selfTestAutoRun() && target) void run();
  }, [run, target]);

  const result = op.result;
  const json = useMemo(() => (result?.kind === 'done' ? reportJson(result.report) : undefined), [result]);

  const copy = () => {
    if (json === undefined) return;
    const selectText = () => {
      jsonRef.current?.focus();
      jsonRef.current?.select();
    };
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      selectText();
      setCopyStatus('failed');
      return;
    }
    clipboard.writeText(json).then(
      () => setCopyStatus('copied'),
      (err: unknown) => {
        // Office's webviews may deny the clipboard: the text is selected for Ctrl+C instead, and the page says so.
        console.warn('clipboard write refused', err);
        selectText();
        setCopyStatus('failed');
      },
    );
  };

  return {
    available: target !== undefined,
    op,
    ...(json !== undefined ? { json } : {}),
    jsonRef,
    ...(copyStatus ? { copyStatus } : {}),
    ...(serverStatus ? { serverStatus } : {}),
    run: () => void run(),
    copy,
  };
}

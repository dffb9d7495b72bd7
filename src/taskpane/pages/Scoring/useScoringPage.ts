import { useEffect, useMemo, useState } from 'react';
import { useUiLang } from '../../../i18n/useStrings';
import { previousPeriod } from '../../model/period';
import { dGradeRows, rowOf } from '../../model/scoring';
import { periodSummary, signOff, startPeriod, writeDashboard } from '../../services';
import type { ReviewStage, SummaryRow } from '../../services';
import { useOperation } from '../../shared/useOperation';
import type { ScoringPageProps, ScoringPageState } from './ScoringPage.types';

export function useScoringPage(props: ScoringPageProps): ScoringPageState {
  const { host, workbook } = props;
  const { lang: uiLang } = useUiLang();
  const lang = workbook.lang ?? uiLang;
  const today = useMemo(() => host.today(), [host]);
  // Directors score the month that just ended.
  const [period, setPeriodState] = useState(() => previousPeriod(today));
  const [reviewer, setReviewer] = useState('');

  const summary = useOperation(() => periodSummary(host.port, { period, today: host.today() }));
  const refreshSummary = summary.run;

  const start = useOperation(async (progress) => {
    // `lang` is the language of the service's messages; formulas follow the workbook's own language.
    const result = await startPeriod(host.port, { period, lang: uiLang }, progress);
    if (!result.error) void refreshSummary();
    return result;
  });

  const sign = useOperation(async (_progress, row: SummaryRow, stage: ReviewStage) => {
    const sheetRow = rowOf(row);
    if (sheetRow === undefined) throw new Error(`no worksheet row for ${row.table} ${row.address}`);
    await signOff(host.port, { table: row.table, row: sheetRow, stage, reviewer: reviewer.trim(), date: host.today() });
    void refreshSummary();
    return { stage, name: row.name };
  });

  const locate = useOperation((_progress, row: SummaryRow) => host.port.select(row.sheet, row.address));
  const dashboard = useOperation(() => writeDashboard(host.port, { period, lang }));

  // The summary follows the chosen period.
  useEffect(() => {
    void refreshSummary();
  }, [period, refreshSummary]);

  const rows = summary.result?.rows;
  const dRows = useMemo(() => dGradeRows(rows ?? []), [rows]);

  return {
    today,
    period,
    setPeriod: (p) => {
      // Results of another period would mislead; clear them.
      start.reset();
      sign.reset();
      dashboard.reset();
      setPeriodState(p);
    },
    start,
    summary,
    sign,
    locate,
    dashboard,
    reviewer,
    setReviewer,
    dRows,
    chartsSupported: host.supports.charts,
    startPeriod: () => void start.run(),
    refresh: () => void refreshSummary(),
    signOff: (row, stage) => void sign.run(row, stage),
    select: (row) => void locate.run(row),
    writeDashboard: () => void dashboard.run(),
  };
}

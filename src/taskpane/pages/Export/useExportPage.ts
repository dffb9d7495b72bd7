import { useMemo, useState } from 'react';
import { useUiLang } from '../../../i18n/useStrings';
import { loadExportHr } from '../../lazyServices';
import { isPeriodRange, previousPeriod } from '../../model/period';
import { useOperation } from '../../shared/useOperation';
import type { ExportPageProps, ExportPageState } from './ExportPage.types';

export function useExportPage(props: ExportPageProps): ExportPageState {
  const { host, workbook } = props;
  const { lang: uiLang } = useUiLang();
  const today = useMemo(() => host.today(), [host]);
  const [from, setFrom] = useState(() => previousPeriod(today));
  const [to, setTo] = useState(() => previousPeriod(today));
  const [loadingWriter, setLoadingWriter] = useState(false);

  const exportOp = useOperation(async () => {
    setLoadingWriter(true);
    const exportHr = await loadExportHr().finally(() => setLoadingWriter(false));
    // The export's sheets and headers follow the workbook's language.
    const result = await exportHr(host.port, { from, to, lang: workbook.lang ?? uiLang });
    await host.openWorkbook(result.base64, result.fileName);
    return result;
  });

  const rangeValid = isPeriodRange(from, to);
  return {
    today,
    from,
    to,
    setFrom: (p) => {
      exportOp.reset();
      setFrom(p);
    },
    setTo: (p) => {
      exportOp.reset();
      setTo(p);
    },
    rangeValid,
    canCreateWorkbook: host.supports.createWorkbook,
    hostKind: host.kind,
    exportOp,
    loadingWriter,
    runExport: () => {
      if (rangeValid) void exportOp.run();
    },
  };
}

/**
 * 年终归档 on the Export page (#12): step 1 builds the archive, checks it and opens it as a new
 * workbook (Excel.createWorkbook); step 2, only after the user confirms that it was saved, removes
 * the archived rows from this workbook. Until then nothing here changes.
 */
import { useMemo, useState } from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { useStrings, useUiLang } from '../../../i18n/useStrings';
import { loadArchive } from '../../lazyServices';
import { OperationFeedback } from '../../shared/OperationFeedback';
import { PeriodPicker } from '../../shared/PeriodPicker';
import { useOperation } from '../../shared/useOperation';
import type { ExportPageProps } from './ExportPage.types';
import { useExportPageStyles } from './useExportPageStyles.styles';

export function ArchiveSection(props: ExportPageProps) {
  const { host, workbook } = props;
  const s = useStrings().scale;
  const classes = useExportPageStyles();
  const { lang: uiLang } = useUiLang();
  const lang = workbook.lang ?? uiLang;
  const today = useMemo(() => host.today(), [host]);
  const [before, setBefore] = useState(() => `${new Date().getFullYear()}-01`);

  const prepare = useOperation(async () => {
    const service = await loadArchive();
    const prepared = await service.prepareArchive(host.port, { before, lang });
    await host.openWorkbook(prepared.base64, prepared.fileName);
    return { ...prepared, before };
  });
  const remove = useOperation(async () => {
    const prepared = prepare.result;
    if (!prepared) return 0;
    const service = await loadArchive();
    const rows = await service.removeArchived(host.port, { before: prepared.before, lang, signature: prepared.signature });
    prepare.reset();
    return rows;
  });

  return (
    <section className={classes.root} aria-labelledby="archive-heading">
      <Subtitle2 as="h2" id="archive-heading" className={classes.heading}>
        {s.archiveHeading}
      </Subtitle2>
      <Body1>{s.archiveIntro}</Body1>
      <PeriodPicker label={s.archiveBefore} value={before} onChange={(p) => (prepare.reset(), remove.reset(), setBefore(p))} today={today} />
      <div className={classes.actions}>
        <Button onClick={() => void prepare.run()} disabledFocusable={prepare.busy || remove.busy || !host.supports.createWorkbook}>
          {s.archiveRun}
        </Button>
        {prepare.result && (
          <Button appearance="primary" onClick={() => void remove.run()} disabledFocusable={remove.busy}>
            {s.archiveConfirm}
          </Button>
        )}
      </div>
      <OperationFeedback
        busy={prepare.busy}
        busyLabel={s.archiveRunning}
        error={prepare.error}
        success={prepare.result ? s.archiveOpened(prepare.result.fileName, prepare.result.rows) : undefined}
      />
      <OperationFeedback
        busy={remove.busy}
        busyLabel={s.archiveRemoving}
        error={remove.error}
        success={remove.result !== undefined && remove.result > 0 ? s.archiveRemoved(remove.result) : undefined}
      />
    </section>
  );
}

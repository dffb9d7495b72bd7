/**
 * 合并各部门的考核导出 on the Export page (#12): HR picks several .xlsx files; they are read in the
 * browser (the .xlsx reader loads on first use) and the consolidated tables and two native charts
 * are written into the current workbook through the port.
 */
import { useId, useState } from 'react';
import { Body1, Button, Field, Subtitle2 } from '@fluentui/react-components';
import { useStrings, useUiLang } from '../../../i18n/useStrings';
import { loadConsolidate } from '../../lazyServices';
import { OperationFeedback } from '../../shared/OperationFeedback';
import { useOperation } from '../../shared/useOperation';
import type { ExportPageProps } from './ExportPage.types';
import { useExportPageStyles } from './useExportPageStyles.styles';

export function ConsolidateSection(props: ExportPageProps & { readonly from: string; readonly to: string }) {
  const { host, workbook } = props;
  const s = useStrings().scale;
  const classes = useExportPageStyles();
  const { lang: uiLang } = useUiLang();
  const inputId = useId();
  const [files, setFiles] = useState<File[]>([]);

  const merge = useOperation(async (progress) => {
    const service = await loadConsolidate();
    const picked = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const result = await service.consolidateHr(host.port, { files: picked, from: props.from, to: props.to, lang: workbook.lang ?? uiLang }, progress);
    props.onWorkbookChanged();
    return result;
  });

  return (
    <section className={classes.root} aria-labelledby="consolidate-heading">
      <Subtitle2 as="h2" id="consolidate-heading" className={classes.heading}>
        {s.consolidateHeading}
      </Subtitle2>
      <Body1>{s.consolidateIntro}</Body1>
      <Field label={{ children: s.consolidateFiles, htmlFor: inputId }} validationMessage={files.length === 1 ? s.consolidateNeedFiles : undefined}>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            merge.reset();
            setFiles(Array.from(e.currentTarget.files ?? []));
          }}
        />
      </Field>
      <div className={classes.actions}>
        <Button onClick={() => void merge.run()} disabledFocusable={files.length < 2 || merge.busy}>
          {s.consolidateRun}
        </Button>
      </div>
      <OperationFeedback
        busy={merge.busy}
        busyLabel={s.consolidateRunning}
        progress={merge.progress}
        error={merge.error}
        success={merge.result ? s.consolidateDone(merge.result.rows, merge.result.conflicts.length) : undefined}
      />
    </section>
  );
}

import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../../core/model/types';
import { WORKBOOK_MODEL } from '../../../core/model/workbook';
import { excelValidationFor } from '../../../core/validate/excelValidation';
import type { ValidationFor } from '../../../core/plan/columnFormat';
import { useUiLang } from '../../../i18n/useStrings';
import { canGenerate, planOutline } from '../../model/planView';
import { generateWorkbook, previewGenerate, printRecord } from '../../services';
import type { GenerateRequest } from '../../services';
import { useOperation } from '../../shared/useOperation';
import type { FormsPageProps, FormsPageState } from './FormsPage.types';

/** Without ExcelApi 1.8 the workbook still gets everything but the dropdowns. */
const noValidation: ValidationFor = () => undefined;

export function useFormsPage(props: FormsPageProps): FormsPageState {
  const { host, workbook, onWorkbookChanged } = props;
  const { lang: uiLang } = useUiLang();
  const [sample, setSample] = useState(false);
  const [newLang, setNewLang] = useState<Lang>(uiLang);

  const request = useMemo<GenerateRequest>(
    () => ({
      model: WORKBOOK_MODEL,
      // An existing workbook keeps its language (the planner enforces this too).
      lang: workbook.lang ?? newLang,
      validationFor: host.supports.validation ? excelValidationFor : noValidation,
      ...(sample ? { sampleAsOf: host.today() } : {}),
    }),
    [host, workbook.lang, newLang, sample],
  );

  const preview = useOperation(() => previewGenerate(host.port, request));
  const generate = useOperation(async (progress) => {
    const plan = await generateWorkbook(host.port, request, progress);
    if (plan.conflicts.length === 0) {
      onWorkbookChanged();
      // Show what is left to do (normally nothing) rather than the stale plan.
      void preview.run();
    }
    return plan;
  });

  const print = useOperation(() => printRecord(host.port, uiLang));

  // Preview on arrival and whenever the request changes; preview.run is stable.
  const runPreview = preview.run;
  useEffect(() => {
    void runPreview();
  }, [request, runPreview]);

  const plan = preview.result;
  return {
    sample,
    setSample: (on) => {
      generate.reset();
      setSample(on);
    },
    isNewWorkbook: !workbook.loading && workbook.modelVersion === null && workbook.lang === null,
    newLang,
    setNewLang: (lang) => {
      generate.reset();
      setNewLang(lang);
    },
    preview,
    generate,
    plan,
    outline: useMemo(() => (plan ? planOutline(plan) : []), [plan]),
    canGenerate: canGenerate(plan) && !preview.busy && !generate.busy,
    withoutValidation: !host.supports.validation,
    refresh: () => void preview.run(),
    confirm: () => void generate.run(),
    print,
  };
}

import { useMemo, useState } from 'react';
import { useUiLang } from '../../../i18n/useStrings';
import { groupProblems } from '../../model/problems';
import { checkWorkbook } from '../../services';
import type { LocatedProblem } from '../../services';
import { useOperation } from '../../shared/useOperation';
import type { CheckPageProps, CheckPageState } from './CheckPage.types';

/** Rows rendered at most; the counts always cover every problem. */
export const PROBLEM_LIMIT = 300;

export function useCheckPage(props: CheckPageProps): CheckPageState {
  const { host } = props;
  const { lang: uiLang } = useUiLang();
  const [errorsOnly, setErrorsOnly] = useState(false);

  // Messages come in the workbook's own language (SPEC §3); `lang` only covers a workbook without one.
  const check = useOperation((progress) => checkWorkbook(host.port, { lang: uiLang, today: host.today() }, progress));
  const select = useOperation(async (_progress, p: LocatedProblem) => {
    if (p.sheet !== undefined && p.address !== undefined) await host.port.select(p.sheet, p.address);
  });

  const problems = check.result;
  const view = useMemo(
    () => (problems ? groupProblems(problems, { errorsOnly, limit: PROBLEM_LIMIT }) : undefined),
    [problems, errorsOnly],
  );

  return {
    check,
    select,
    errorsOnly,
    setErrorsOnly,
    view,
    runCheck: () => {
      select.reset();
      void check.run();
    },
    selectProblem: (p) => void select.run(p),
  };
}

import type { ProblemView } from '../../model/problems';
import type { LocatedProblem } from '../../services';
import type { Operation } from '../../shared/useOperation';
import type { PageProps } from '../page.types';

export type CheckPageProps = PageProps;

export interface CheckPageState {
  readonly check: Operation<readonly LocatedProblem[], []>;
  readonly select: Operation<void, [LocatedProblem]>;
  readonly errorsOnly: boolean;
  readonly setErrorsOnly: (on: boolean) => void;
  /** Undefined until the first check has finished. */
  readonly view: ProblemView | undefined;
  readonly runCheck: () => void;
  readonly selectProblem: (problem: LocatedProblem) => void;
}

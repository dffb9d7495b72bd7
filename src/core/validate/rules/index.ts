/** The business rules of SPEC §3, in the order the table lists them. */
import type { Problem } from '../problem';
import type { RuleContext } from '../context';
import { visitSummary } from './visitSummary';
import { visitFuture } from './visitFuture';
import { visitFollowUp } from './visitFollowUp';
import { visitProblem } from './visitProblem';
import { receptionReport } from './receptionReport';
import { receptionOverspend } from './receptionOverspend';
import { receptionApproval } from './receptionApproval';
import { giftBudget } from './giftBudget';
import { giftApproval } from './giftApproval';
import { customerInsiders } from './customerInsiders';
import { customerDeciders } from './customerDeciders';
import { customerOwner } from './customerOwner';
import { kpiDeadline } from './kpiDeadline';
import { kpiReview } from './kpiReview';
import { kpiInput } from './kpiInput';
import { targetChange } from './targetChange';
import { stageOrder } from './stageOrder';
import { collections } from './collections';

export type BusinessRule = (ctx: RuleContext) => Problem[];

export const BUSINESS_RULES: readonly BusinessRule[] = [
  visitSummary,
  visitFuture,
  visitFollowUp,
  visitProblem,
  receptionReport,
  receptionOverspend,
  receptionApproval,
  giftBudget,
  giftApproval,
  customerInsiders,
  customerDeciders,
  customerOwner,
  targetChange,
  stageOrder,
  collections,
  kpiDeadline,
  kpiReview,
  kpiInput,
];

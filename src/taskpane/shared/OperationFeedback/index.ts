export { OperationFeedback } from './OperationFeedback';
export type { OperationFeedbackProps } from './OperationFeedback.types';

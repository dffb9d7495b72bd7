export { KpiInputsForm } from './KpiInputsForm';
export type { KpiInputsFormProps } from './KpiInputsForm.types';
export { inputsButtonId, inputsFormId } from './ids';

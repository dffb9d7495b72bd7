export { SelfTest } from './SelfTest';
export type { SelfTestProps, SelfTestState } from './SelfTest.types';

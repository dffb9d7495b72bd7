export { sampleData } from './sampleData';

/** The approval values (待审批, 同意, 不同意) as the Lists sheet holds them. */
import { listValues } from '../../model/lists';

const values = listValues('approval');
export const AGREED = values[1] ?? '同意';
export const REFUSED = values[2] ?? '不同意';

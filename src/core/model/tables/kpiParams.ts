import type { TableSpec } from '../types';
import { col, hint, T } from './build';

/**
 * KPI parameters (SPEC §2.1 KpiParams, §4 "param"). The keys `id`, `value` and `note` are read by
 * FormulaContext.param(), which looks values up with INDEX/MATCH on these two columns.
 * The rows themselves (DEFAULT_PARAMS) belong to the KPI module.
 */
export const KPI_PARAMS: TableSpec = {
  name: 'KpiParams',
  source: 'SPEC §4',
  columns: [
    col('id', '参数', 'Parameter', T.id('grade.A'), {
      required: true,
      width: 26,
      hint: hint('公式按此名称查找,请勿修改', 'Formulas look this name up; do not rename it'),
    }),
    col('value', '值', 'Value', { kind: 'number' }, {
      required: true,
      width: 10,
      numberFormat: 'General',
      hint: hint('修改后全部考核分数随之重算', 'Every KPI score recalculates when this changes'),
    }),
    col('note', '说明', 'Note', T.text, { width: 48 }),
  ],
};

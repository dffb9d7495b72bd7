/**
 * CustomerValue (SPEC §2.1): one assessment per row. Rating headers are the seed's letter, a space
 * and the factor, as SPEC writes them ("A 成交后份额"), so they sort and read like the form.
 */
import type { ColumnType, FormulaTemplate, TableSpec } from '../model/types';
import { col, HINTS } from '../model/tables/build';
import { SCORE_FORMAT } from '../model/numberFormats';
import { CV_FACTORS, VALUE_CLASSES } from './customerValue';
import { emptyX } from './formulaParts';
import { STATUS } from './types';

const formula = (fn: FormulaTemplate, result: 'number' | 'text' | 'date'): ColumnType => ({ kind: 'formula', formula: fn, result });

const scoreFormula: FormulaTemplate = (f) => {
  const r = CV_FACTORS.map((x) => f.thisRow(x.key));
  const anyEmpty = `OR(${r.map(emptyX).join(',')})`;
  const allOk = `AND(${r.map((x) => `IF(ISNUMBER(${x}),AND(${x}>=1,${x}<=5,${x}=INT(${x})),FALSE)`).join(',')})`;
  const sum = CV_FACTORS.map((x, i) => `${f.param(`cv.weight.${x.letter}`)}*${r[i]}`).join('+');
  return `=IF(${anyEmpty},"",IF(${allOk},ROUND((${sum})/5,6),${f.str(STATUS.invalid)}))`;
};

const classFormula: FormulaTemplate = (f) => {
  const s = f.thisRow('score');
  const band = (x: string) => f.param(`cv.band.${x}`);
  const [a, b, c, d] = VALUE_CLASSES.map((v) => f.str(v));
  return `=IF(ISNUMBER(${s}),IF(${s}>=${band('A')},${a},IF(${s}>=${band('B')},${b},IF(${s}>=${band('C')},${c},${d}))),"")`;
};

export const CUSTOMER_VALUE: TableSpec = {
  name: 'CustomerValue',
  source: '000 §3.2.3 (五) 价值评估',
  columns: [
    col('customerId', '档案编号', 'File no.', { kind: 'ref', table: 'Customers', column: 'customerId' }, {
      required: true,
      hint: HINTS.customerId,
    }),
    col('date', '评估日期', 'Assessed on', { kind: 'date' }, { required: true, hint: HINTS.date }),
    ...CV_FACTORS.map((x) =>
      col(x.key, x.header.zh, x.header.en, { kind: 'int', min: 1, max: 5 }, { hint: x.hint }),
    ),
    col('score', '价值得分', 'Value score', formula(scoreFormula, 'number'), { numberFormat: SCORE_FORMAT }),
    col('valueClass', '客户分级', 'Value class', formula(classFormula, 'text'), { width: 12 }),
  ],
};

import type { WorkbookModel } from '../../src/core/model/types';
import type { DataValidationSpec } from '../../src/core/port/types';

/** A two-sheet model small enough to reason about, independent of the real tables. */
export const MINI_MODEL: WorkbookModel = {
  version: 2,
  lists: [{ id: 'yesno', header: { zh: '是否', en: 'Yes/No' }, values: ['是', '否'] }],
  sheets: [
    {
      key: 'settings',
      name: { zh: '员工与参数', en: 'Settings' },
      tables: [
        {
          name: 'KpiParams',
          columns: [
            { key: 'id', header: { zh: '参数', en: 'Parameter' }, type: { kind: 'id' }, required: true },
            { key: 'value', header: { zh: '值', en: 'Value' }, type: { kind: 'number' }, required: true },
            { key: 'note', header: { zh: '说明', en: 'Note' }, type: { kind: 'text' } },
          ],
        },
      ],
    },
    {
      key: 'visits',
      name: { zh: '拜访日报', en: 'Visit log' },
      tables: [
        {
          name: 'Visits',
          columns: [
            { key: 'date', header: { zh: '日期', en: 'Date' }, type: { kind: 'date' }, required: true },
            { key: 'amount', header: { zh: '金额(元)', en: 'Amount (yuan)' }, type: { kind: 'money' } },
            { key: 'paid', header: { zh: '已付', en: 'Paid' }, type: { kind: 'yesno' } },
            {
              key: 'double',
              header: { zh: '双倍', en: 'Double' },
              type: { kind: 'formula', result: 'number', formula: (f) => `=${f.thisRow('amount')}*2` },
            },
          ],
        },
        {
          name: 'VisitDaily',
          columns: [{ key: 'date', header: { zh: '日期', en: 'Date' }, type: { kind: 'date' } }],
        },
      ],
    },
  ],
};

export const noValidation = (): DataValidationSpec | undefined => undefined;

import type { TableSpec } from '../types';
import { col, hint, HINTS, T } from './build';

/**
 * 决策链, 所涉及单位 and 联系人 of the 客户档案表 (000 §3.3.3, §3.3.4-1), one row per person.
 * 生日 and 兴趣爱好 are personal: optional and never exported (SPEC §2.1, FACTS: privacy). The
 * seeds' other private details (marital status, temperament, drinking…) are left out on purpose.
 */
export const CONTACTS: TableSpec = {
  name: 'Contacts',
  source: '000 §3.3.3, §3.3.4-1 决策链 / 联系人',
  columns: [
    col('customerId', '档案编号', 'File no.', T.ref('Customers', 'customerId'), { required: true, hint: HINTS.customerId }),
    col('unit', '所属单位', 'Organisation', T.text, {
      width: 28,
      // Defaults to the customer; a third party (consultant, design institute…) is typed over it.
      prefill: (f) =>
        `=IFERROR(INDEX(${f.column('Customers', 'name')},MATCH(${f.thisRow('customerId')},${f.column('Customers', 'customerId')},0))&"","")`,
      hint: hint('默认为该客户;第三方单位可直接改写', 'Defaults to the customer; overwrite for a third party'),
    }),
    col('name', '姓名', 'Name', T.text, { required: true, width: 10 }),
    col('title', '职务', 'Title', T.text, { width: 14 }),
    col('phone', '联系电话', 'Phone', T.phone, { hint: HINTS.phone }),
    col('level', '层次', 'Level', T.enum('contactLevel')),
    col('role', '决策角色', 'Buying role', T.enum('decisionRole'), {
      hint: hint('决策者、把关者、使用者、采购者或影响者', 'Decider, gatekeeper, user, buyer or influencer'),
    }),
    col('insider', '是否内线', 'Insider', T.yesno, {
      hint: hint('A 类客户需 ≥2 名内线,B 类需 ≥1 名', 'Class A customers need ≥ 2 insiders, class B ≥ 1'),
    }),
    col('closeness', '亲密程度', 'Closeness', T.rating, { hint: HINTS.rating }),
    col('expertise', '专业程度', 'Expertise', T.rating, { hint: HINTS.rating }),
    col('support', '支持程度', 'Support', T.rating, { hint: HINTS.rating }),
    col('birthday', '生日', 'Birthday', T.date, {
      personal: true,
      hint: hint('个人信息,可不填,不会导出', 'Personal data: optional, never exported'),
    }),
    col('hobbies', '兴趣爱好', 'Interests', T.text, {
      personal: true,
      width: 18,
      hint: hint('个人信息,可不填,不会导出', 'Personal data: optional, never exported'),
    }),
  ],
};

import type { TableSpec } from '../types';
import { col, hint, T } from './build';

/** 员工 (SPEC §2.1 Staff): who logs visits and who is scored with which scheme. */
export const STAFF: TableSpec = {
  name: 'Staff',
  source: '000 §1; 004 ch. 2',
  columns: [
    col('staffId', '工号', 'Staff ID', T.id('E001'), {
      required: true,
      hint: hint('每人唯一,如 E001', 'Unique per person, e.g. E001'),
    }),
    col('name', '姓名', 'Name', T.text, {
      required: true,
      width: 10,
      hint: hint('其他表按姓名引用员工,请勿重名', 'Other tables refer to staff by name; keep names unique'),
    }),
    col('dept', '部门', 'Department', T.text, { width: 12 }),
    col('position', '岗位', 'Position', T.enum('position'), { required: true, width: 18 }),
    col('rank', '职级', 'Rank', T.enum('rank'), {
      required: true,
      width: 14,
      hint: hint('决定连续 D 等级的处理建议', 'Decides the consequence of repeated D grades'),
    }),
    col('manager', '直属上级', 'Line manager', T.ref('Staff', 'name'), {
      hint: hint('本表中的姓名;初评人应为直属上级', 'A name in this table; the first reviewer should be this person'),
    }),
    col('hireDate', '入职日期', 'Hire date', T.date, {
      required: true,
      hint: hint('入职 3 个月内的考核期免考', 'Periods within 3 months of hiring are exempt'),
    }),
    col('transferDate', '转岗日期', 'Transfer date', T.date, {
      hint: hint('转岗 2 个月内的考核期免考', 'Periods within 2 months of a transfer are exempt'),
    }),
    col('scheme', '考核方案', 'KPI scheme', T.enum('scheme'), {
      required: true,
      hint: hint('S1 大客户经理/专员;L1 项目营销(副/高级)经理;L3 副总经理;L4 项目部负责人', 'S1 account staff; L1 project managers; L3 deputy GM; L4 head'),
    }),
    col('active', '在职', 'Active', T.yesno, {
      required: true,
      hint: hint('否:新考核期不再为其添加行', 'No: new periods get no row for this person'),
    }),
  ],
};

/**
 * Every enumeration of the workbook (SPEC §2.1, §4). Each list becomes one column of the hidden
 * Lists sheet behind the workbook name `List_<id>`, and the dropdowns of enum/yesno columns point
 * at that name.
 *
 * Values are data, not UI text: they are identical in zh-CN and en-US workbooks (a book switched to
 * English must still validate and compute on the same cells), so only the list headers are localized.
 * Values are exactly as written in SPEC; formulas compare against them literally.
 */
import type { ListSpec } from './types';

const list = (id: string, zh: string, en: string, values: readonly string[]): ListSpec => ({
  id,
  header: { zh, en },
  values,
});

export const LISTS: readonly ListSpec[] = [
  list('yesno', '是否', 'Yes/No', ['是', '否']),
  list('position', '岗位', 'Position', [
    '大客户总监',
    '大客户经理',
    '大客户专员',
    '项目营销副经理',
    '项目营销经理',
    '项目营销高级经理',
    '项目营销副总经理',
    '项目营销总经理',
    '项目部负责人',
  ]),
  list('rank', '职级', 'Rank', ['员工级', '副经理及以上']),
  list('scheme', '考核方案', 'KPI scheme', ['S1', 'L1', 'L3', 'L4']),
  list('enterpriseType', '企业性质', 'Ownership', ['国企', '民营', '外资', '合资', '股份', '事业单位']),
  list('industry', '所在行业', 'Industry', [
    '电商',
    '教育',
    '医(药)疗',
    '汽车',
    '游戏',
    '本地服务平台',
    '物流',
    '制造',
    '其他',
  ]),
  list('industryPosition', '行业地位', 'Industry standing', ['领先', '居中', '末流']),
  list('customerClass', '客户类别', 'Customer class', ['优质客户', '高值客户', '集团客户', '战略客户', '潜在大客户']),
  list('devStage', '开发阶段', 'Stage', ['确定对象', '信息搜集', '价值评估', '建立关系', '促成成交', '已成交', '暂缓', '流失', '终止']),
  list('creditLevel', '信用等级', 'Credit rating', ['很好', '好', '一般', '差', '很差']),
  list('payAttitude', '付款态度', 'Payment attitude', ['爽快', '一般', '迟缓', '为难', '嗜欠耗款']),
  list('contactLevel', '层次', 'Level', ['决策层', '管理层', '操作层']),
  list('decisionRole', '决策角色', 'Buying role', ['决策者', '把关者', '使用者', '采购者', '影响者']),
  list('visitPlan', '商谈计划', 'Visit plan', ['a 初次拜访', 'b 处理问题', 'c 建立关系']),
  list('visitResult', '成果', 'Outcome', ['A 商谈成功', 'B 有希望', 'C 再度访问', 'D 无希望', 'E 继续观察']),
  list('problemStatus', '问题状态', 'Problem status', ['已处理', '未处理']),
  list('relationLevel', '层级', 'Level', ['总经理', '副总经理', '部门经理', '部门主管', '部门人员', '其他人员']),
  list('approval', '审批', 'Approval', ['待审批', '同意', '不同意']),
  list('execution', '执行情况', 'Execution', ['全部执行', '部分执行']),
  list('costType', '费用类型', 'Cost borne by', ['公司承担', '自费']),
  list('receptionPurpose', '招待目的', 'Purpose', [
    '招待新的合作客户',
    '庆祝新客户合作关系的建立',
    '客户来访时的招待',
    '客户服务人员出访时的请客',
    '与客户合作结束后的致谢',
    '接纳各种客户建议后的致谢',
    '达到各种目的后的致谢',
    '重要的节日或庆典',
  ]),
  list('receptionGrade', '客户接待档次', 'Reception grade', ['高档', '中档', '低档']),
  list('valueClass', '客户分级', 'Value class', ['A 全力以赴', 'B 控制投入', 'C 关注变化', 'D 暂缓观察']),
  list('kpiStatus', '考核状态', 'KPI status', ['免考', '待录入', '输入有误', '正常']),
  list('grade', '等级', 'Grade', ['A', 'B', 'C', 'D']),
];

/** The values of a list; throws on an unknown id so that a typo fails loudly in tests. */
export function listValues(id: string): readonly string[] {
  const l = LISTS.find((x) => x.id === id);
  if (!l) throw new Error(`unknown list ${id}`);
  return l.values;
}

/**
 * Problem messages in the workbook language. Each says what is wrong and how to fix it; the
 * location (sheet, row, column) is put in front by `at`. Both catalogues implement one interface,
 * so a message missing in one language is a type error.
 */
import type { Lang } from '../model/types';

export interface Messages {
  /**
   * "拜访日报 第12行 金额(元):detail". `table` is given when the sheet holds several tables
   * (绩效考核 has five), so that the row number is unambiguous: "绩效考核(KpiL4)第2行 …".
   */
  at(sheet: string, row: number, header: string, detail: string, table?: string): string;
  /** A table-level problem without a row. */
  atTable(sheet: string, detail: string): string;

  // STRUCTURE
  missingTable(table: string, sheet: string): string;
  missingColumn(table: string, header: string): string;

  // REQUIRED / TYPE
  required(): string;
  onlySpaces(): string;
  formulaError(v: string): string;
  notNumber(v: string): string;
  numberAsText(v: string): string;
  fullWidthNumber(v: string, half: string): string;
  notInteger(v: string): string;
  notDate(v: string): string;
  dateAsText(v: string, iso: string): string;
  dateInvalid(v: string): string;
  dateNumberAsText(v: string): string;
  dateFullWidth(v: string, half: string): string;
  badSerial(v: string): string;
  /** Readings shared with import (core/convert/textValue.ts, #9.10). */
  numberSuggest(v: string, n: string): string;
  numberPercent(v: string): string;
  dateAmbiguous(v: string, monthFirst: string, dayFirst: string): string;
  dateWithTime(v: string, iso: string): string;
  dateSerialText(v: string, iso: string): string;
  periodBad(v: string): string;
  periodIsDate(month: string): string;

  // RANGE
  below(v: string, min: string): string;
  above(v: string, max: string): string;
  between(v: string, min: string, max: string): string;
  notAllowed(v: string, allowed: string): string;
  moneyDecimals(v: string): string;
  pctFraction(v: string, pct: string): string;
  dateTooEarly(iso: string, min: string): string;
  tooLong(len: number, max: number): string;
  veryLong(len: number, max: number): string;

  // ENUM / REF / UNIQUE / PHONE / FORMULA-TEXT
  notInList(v: string, values: readonly string[]): string;
  listSpaces(v: string, fixed: string): string;
  refMissing(v: string, sheet: string, header: string): string;
  refSpaces(v: string, fixed: string): string;
  duplicateId(v: string, firstRow: number): string;
  duplicateName(v: string, firstRow: number): string;
  phone(v: string): string;
  phoneFullWidth(v: string, half: string): string;
  phoneSeveral(v: string): string;
  formulaText(v: string, lead: string): string;

  // Business rules
  visitSummary(amount: string): string;
  visitFuture(date: string, today: string): string;
  visitFollowUp(date: string, customer: string, result: string, until: string): string;
  visitProblem(plan: string): string;
  receptionReport(id: string, date: string): string;
  receptionOverspend(total: string, id: string, requested: string): string;
  receptionApproval(date: string, value: string): string;
  giftBudget(plan: string, sum: string, budget: string): string;
  giftRefused(header: string): string;
  giftPending(date: string, headers: string): string;
  customerInsiders(cls: string, need: number, have: number): string;
  customerDeciders(cls: string, deciders: number, met: number, pct: number): string;
  customerOwner(volume: string, needed: string, owner: string, position: string): string;
  kpiLate(date: string, deadline: string, period: string): string;
  kpiOverdue(period: string, deadline: string): string;
  kpiReviewWithoutFirst(): string;
  kpiReviewBeforeFirst(review: string, first: string): string;
  kpiReviewer(reviewer: string, name: string, manager: string): string;
  kpiZeroDenominator(header: string): string;
  targetChange(period: string, date: string, value: string): string;
  stageBeforeCreated(date: string, created: string): string;
  stageFuture(date: string, today: string): string;
  collectOver(collected: string, amount: string): string;
  collectBefore(date: string, invoiced: string): string;
  kpiUnreportedDeduction(count: string): string;
  kpiAttendance(days: string, max: number, period: string): string;
}

const join = (xs: readonly string[], sep: string): string => xs.join(sep);

const ZH: Messages = {
  at: (sheet, row, header, detail, table) => `${table ? `${sheet}(${table})` : `${sheet} `}第${row}行 ${header}:${detail}`,
  atTable: (sheet, detail) => `${sheet}:${detail}`,

  missingTable: (table, sheet) =>
    `找不到表格 ${table}(应在工作表「${sheet}」中),可能被删除、转换为普通区域或重命名。请在「表设计」→「表名称」中改回 ${table},或运行“生成/升级工作簿”重新建立;该表未检查。`,
  missingColumn: (table, header) =>
    `表格 ${table} 缺少列「${header}」,可能被删除或改了列名。请把列名改回「${header}」,或运行“生成/升级工作簿”补建该列;依赖此列的检查已跳过。`,

  required: () => '必填,请填写。',
  onlySpaces: () => '只有空格,视为未填;请填写内容。',
  formulaError: (v) => `公式错误 ${v}:请修正该单元格的公式,或直接输入值。`,
  notNumber: (v) => `${v} 不是数字,请填写数字。`,
  numberAsText: (v) =>
    `${v} 是文本格式的数字,公式不会计算它;请重新输入为数字(可选中该列,点 数据 → 分列 → 完成 批量转换)。`,
  fullWidthNumber: (v, half) => `${v} 含全角字符,公式不会把它当作数字;请改用半角数字 ${half}。`,
  notInteger: (v) => `${v} 不是整数,请填写整数。`,
  notDate: (v) => `${v} 不是日期,请按 2026-03-15 的格式输入日期。`,
  dateAsText: (v, iso) => `${v} 是文本,不是日期,公式无法计算;请重新输入为日期 ${iso}(或先把单元格格式设为日期)。`,
  dateInvalid: (v) => `${v} 不是有效日期(月份 1–12,日不超过当月天数);请按 2026-03-15 的格式输入。`,
  dateNumberAsText: (v) => `${v} 是文本格式的数字,不是日期;请按 2026-03-15 的格式重新输入日期。`,
  dateFullWidth: (v, half) => `${v} 含全角字符,不是日期;请改用半角字符输入,如 ${half}。`,
  badSerial: (v) => `${v} 不是有效日期;请按 2026-03-15 的格式输入日期。`,
  numberSuggest: (v, n) => `${v} 是文本,不是数字,公式不会计算它;请改为数字 ${n}。`,
  numberPercent: (v) => `${v} 带 % 号,但本列不是百分比列,含义不明(Excel 会读作小数);请填写数字。`,
  dateAmbiguous: (v, md, dm) => `${v} 的月、日顺序不明,可能是 ${md} 也可能是 ${dm};请按 2026-03-15 的格式输入日期。`,
  dateWithTime: (v, iso) => `${v} 含时刻,本列只记日期;如时刻无关紧要,请改为日期 ${iso}。`,
  dateSerialText: (v, iso) => `${v} 是数字,不是日期;若它是 Excel 的日期序号,对应 ${iso}。请按 2026-03-15 的格式输入日期。`,
  periodBad: (v) => `${v} 不是期间格式,请按 YYYY-MM 输入,如 2026-10。`,
  periodIsDate: (month) =>
    `该单元格是日期而不是文本期间(Excel 把输入自动转成了日期);请先把单元格格式设为“文本”,再输入 ${month}。`,

  below: (v, min) => `${v} 小于下限 ${min},请改正。`,
  above: (v, max) => `${v} 大于上限 ${max},请改正。`,
  between: (v, min, max) => `${v} 超出范围,应在 ${min}–${max} 之间。`,
  notAllowed: (v, allowed) => `${v} 不是允许的值,只能填 ${allowed}。`,
  moneyDecimals: (v) => `${v} 超过两位小数,金额请保留到分(两位小数)。`,
  pctFraction: (v, pct) => `${v} 看起来是带 % 输入的小数;本列填 0–100 的百分数,如 ${pct}。`,
  dateTooEarly: (iso, min) => `日期 ${iso} 早于 ${min},请检查年份。`,
  tooLong: (len, max) => `内容有 ${len} 个字符,超过上限 ${max} 个字符;请精简。`,
  veryLong: (len, max) => `内容有 ${len} 个字符,超过建议上限 ${max} 个字符;请精简,长文档请另存为附件。`,

  notInList: (v, values) =>
    values.length <= 12
      ? `${v} 不在下拉列表中,请从列表选择:${join(values, '、')}。`
      : `${v} 不在下拉列表中,请从下拉列表选择。`,
  listSpaces: (v, fixed) => `${v} 前后有空格,公式按原文比较会不匹配;请改为 ${fixed}。`,
  refMissing: (v, sheet, header) => `${v} 在「${sheet}」的 ${header} 中不存在;请先在「${sheet}」中登记,或改为已有的名称。`,
  refSpaces: (v, fixed) => `${v} 前后有空格,公式查找不到;请改为 ${fixed}。`,
  duplicateId: (v, firstRow) => `${v} 与第${firstRow}行重复,编号必须唯一;请改为新的编号。`,
  duplicateName: (v, firstRow) => `${v} 与第${firstRow}行重名,其他表按此名称引用会对应不清;请加以区分(如加后缀)。`,
  phone: (v) => `${v} 不是有效电话:只能有数字、空格、+、-、括号,且含 7–20 位数字。`,
  phoneFullWidth: (v, half) => `${v} 含全角字符,请改用半角:${half}。`,
  phoneSeveral: (v) => `${v} 似乎包含多个号码;一格只填一个号码,其他号码请写在备注中。`,
  formulaText: (v, lead) =>
    `${v} 以 ${lead} 开头,Excel 或导出的 CSV 可能把它当作公式执行;请在开头符号后加空格或改写开头。`,

  targetChange: (period, date, value) =>
    `${period} 的指标于 ${date} 设定,晚于期间首日,属于指标变更;变更须经总监审批同意,变更审批${value ? `现为“${value}”` : '未填写'}。`,
  stageBeforeCreated: (date, created) => `日期 ${date} 早于该客户的建档日期 ${created};请改正日期或建档日期。`,
  stageFuture: (date, today) => `日期 ${date} 晚于今天(${today});开发阶段只记录已发生的变化,请改正日期。`,
  collectOver: (collected, amount) => `回款金额 ${collected} 超过应收金额 ${amount};一行只记一次回款,请改正金额或拆分单据。`,
  collectBefore: (date, invoiced) => `回款日期 ${date} 早于开票日期 ${invoiced};请改正日期。`,
  visitSummary: (amount) => `金额 ${amount} 元,但未填写面谈概要;无拜访总结不得报销,请填写面谈概要。`,
  visitFuture: (date, today) => `日期 ${date} 晚于今天(${today});拜访日报只记录已发生的拜访,请改正日期。`,
  visitFollowUp: (date, customer, result, until) =>
    `${date} 拜访「${customer}」成果为 ${result},但到 ${until} 为止没有再次拜访或跟进记录;请补记拜访/跟进,或尽快回访。`,
  visitProblem: (plan) => `商谈计划为 ${plan},请填写问题状态(已处理 或 未处理)。`,
  receptionReport: (id, date) =>
    `申请 ${id} 已执行或已获批准,接待时间 ${date} 已过,但「接待报告」中没有关联此申请的报告;无接待报告不得报销,请补填接待报告。`,
  receptionOverspend: (total, id, requested) =>
    `接待报告费用合计 ${total} 元,超过申请 ${id} 的费用合计 ${requested} 元;请核实超支原因并在注意事项中说明。`,
  receptionApproval: (date, value) =>
    `接待时间 ${date} 已到,但大客户总监审核${value ? `为“${value}”` : '未填写'};接待前须经大客户总监审核同意。`,
  giftBudget: (plan, sum, budget) =>
    `计划 ${plan} 下的礼品申请价值合计 ${sum} 元,超过计划的预算价值 ${budget} 元;请调整申请或先修改礼品计划。`,
  giftRefused: (header) => `${header} 为“不同意”:此礼品不得馈赠。`,
  giftPending: (date, headers) => `馈赠日期 ${date} 已到,但 ${headers} 尚未同意;所有审批须在馈赠前同意。`,
  customerInsiders: (cls, need, have) =>
    `客户分级为 ${cls},需要至少 ${need} 名内线联系人(联系人表“是否内线”为 是),目前只有 ${have} 名;请发展内线并在联系人表登记。`,
  customerDeciders: (cls, deciders, met, pct) =>
    `客户分级为 ${cls},${deciders} 名决策者中只有 ${met} 名在拜访日报中作为面谈者出现,不足 ${pct}%;请安排拜访决策者,面谈者请写联系人表中的姓名。`,
  customerOwner: (volume, needed, owner, position) =>
    `月业务量 ${volume} 万元,应由${needed}或更高岗位负责;负责人 ${owner} 的岗位是 ${position}。请更换负责人或核实月业务量。`,
  kpiLate: (date, deadline, period) => `初评日期 ${date} 晚于期间 ${period} 的初评期限 ${deadline}(期末后 8 天)。`,
  kpiOverdue: (period, deadline) => `期间 ${period} 的初评期限 ${deadline} 已过,仍未填写初评日期;请尽快初评。`,
  kpiReviewWithoutFirst: () => '已填写复评,但初评人或初评日期为空;复评须在初评之后。',
  kpiReviewBeforeFirst: (review, first) => `复评日期 ${review} 早于初评日期 ${first};复评须在初评之后。`,
  kpiReviewer: (reviewer, name, manager) => `初评人 ${reviewer} 不是 ${name} 的直属上级 ${manager};初评应由直属上级进行。`,
  kpiZeroDenominator: (header) => `${header} 为 0,它是计算达成率的分母,必须大于 0;请填写实际目标值。`,
  kpiUnreportedDeduction: (count) =>
    `未报到扣分只在“未报到直接下市场次数”超过 5 次时才可填写(当前 ${count} 次);请清空或改为 0。`,
  kpiAttendance: (days, max, period) => `实际出勤天数 ${days} 超过 ${period} 的天数 ${max};请改正。`,
};

const EN: Messages = {
  at: (sheet, row, header, detail, table) => `${sheet}${table ? ` (${table})` : ''} row ${row}, ${header}: ${detail}`,
  atTable: (sheet, detail) => `${sheet}: ${detail}`,

  missingTable: (table, sheet) =>
    `Table ${table} was not found (it belongs on sheet "${sheet}"); it may have been deleted, converted to a range or renamed. Rename it back to ${table} (Table Design → Table Name) or run "Generate / upgrade" to recreate it; it was not checked.`,
  missingColumn: (table, header) =>
    `Table ${table} has no column "${header}"; it may have been deleted or renamed. Rename it back to "${header}" or run "Generate / upgrade" to add it; checks that need it were skipped.`,

  required: () => 'Required; fill it in.',
  onlySpaces: () => 'Contains only spaces, which counts as empty; fill it in.',
  formulaError: (v) => `Formula error ${v}: fix the cell's formula or type the value.`,
  notNumber: (v) => `${v} is not a number; enter a number.`,
  numberAsText: (v) =>
    `${v} is a number stored as text, which formulas ignore; re-enter it as a number (select the column, Data → Text to Columns → Finish converts them all).`,
  fullWidthNumber: (v, half) => `${v} contains full-width characters, so formulas do not see a number; type it with half-width digits: ${half}.`,
  notInteger: (v) => `${v} is not a whole number; enter a whole number.`,
  notDate: (v) => `${v} is not a date; enter a date such as 2026-03-15.`,
  dateAsText: (v, iso) => `${v} is text, not a date, so formulas cannot use it; re-enter it as the date ${iso} (or format the cell as a date first).`,
  dateInvalid: (v) => `${v} is not a valid date (month 1–12, day within the month); enter a date such as 2026-03-15.`,
  dateNumberAsText: (v) => `${v} is a number stored as text, not a date; re-enter the date as e.g. 2026-03-15.`,
  dateFullWidth: (v, half) => `${v} contains full-width characters and is not a date; type it with half-width characters, e.g. ${half}.`,
  badSerial: (v) => `${v} is not a valid date; enter a date such as 2026-03-15.`,
  numberSuggest: (v, n) => `${v} is text, not a number, so formulas do not count it; enter the number ${n}.`,
  numberPercent: (v) => `${v} has a % sign, but this is not a percentage column, so its meaning is unclear (Excel would read a fraction); enter a number.`,
  dateAmbiguous: (v, md, dm) => `${v} could be ${md} (month first) or ${dm} (day first); enter the date as e.g. 2026-03-15.`,
  dateWithTime: (v, iso) => `${v} has a time of day, but this column holds dates only; if the time does not matter, enter the date ${iso}.`,
  dateSerialText: (v, iso) => `${v} is a number, not a date; as an Excel date serial it would be ${iso}. Enter the date as e.g. 2026-03-15.`,
  periodBad: (v) => `${v} is not a period; enter it as YYYY-MM, e.g. 2026-10.`,
  periodIsDate: (month) =>
    `The cell holds a date, not a text period (Excel converted the entry); format the cell as Text first, then enter ${month}.`,

  below: (v, min) => `${v} is below the minimum ${min}; correct it.`,
  above: (v, max) => `${v} is above the maximum ${max}; correct it.`,
  between: (v, min, max) => `${v} is out of range; it must be between ${min} and ${max}.`,
  notAllowed: (v, allowed) => `${v} is not an allowed value; use one of ${allowed}.`,
  moneyDecimals: (v) => `${v} has more than 2 decimals; round amounts to the cent.`,
  pctFraction: (v, pct) => `${v} looks like a percentage typed with a % sign; this column takes 0–100, e.g. ${pct}.`,
  dateTooEarly: (iso, min) => `The date ${iso} is before ${min}; check the year.`,
  tooLong: (len, max) => `The text has ${len} characters, more than the limit of ${max}; shorten it.`,
  veryLong: (len, max) => `The text has ${len} characters, more than the recommended ${max}; shorten it and keep long documents as attachments.`,

  notInList: (v, values) =>
    values.length <= 12
      ? `${v} is not in the dropdown list; pick one of: ${join(values, ', ')}.`
      : `${v} is not in the dropdown list; pick a value from the dropdown.`,
  listSpaces: (v, fixed) => `${v} has leading or trailing spaces, so formulas will not match it; change it to ${fixed}.`,
  refMissing: (v, sheet, header) => `${v} does not exist in ${header} on sheet "${sheet}"; add it there first or use an existing name.`,
  refSpaces: (v, fixed) => `${v} has leading or trailing spaces, so lookups fail; change it to ${fixed}.`,
  duplicateId: (v, firstRow) => `${v} repeats row ${firstRow}; IDs must be unique, so give this row a new one.`,
  duplicateName: (v, firstRow) => `${v} repeats row ${firstRow}; other tables refer to this name, so make it distinct (e.g. add a suffix).`,
  phone: (v) => `${v} is not a valid phone number: use digits, spaces, +, -, brackets, with 7–20 digits.`,
  phoneFullWidth: (v, half) => `${v} contains full-width characters; type it half-width: ${half}.`,
  phoneSeveral: (v) => `${v} seems to hold several numbers; put one number per cell and others in a remark.`,
  formulaText: (v, lead) =>
    `${v} starts with ${lead}, which Excel or an exported CSV may run as a formula; add a space after the sign or reword the start.`,

  targetChange: (period, date, value) =>
    `The targets of ${period} were set on ${date}, after the period began: a change, which needs the director's approval (同意); the approval ${value ? `is "${value}"` : 'is empty'}.`,
  stageBeforeCreated: (date, created) => `The date ${date} is before the customer's file was created (${created}); correct either date.`,
  stageFuture: (date, today) => `The date ${date} is after today (${today}); the pipeline records changes that happened, so correct the date.`,
  collectOver: (collected, amount) => `Collected ${collected} exceeds the amount due ${amount}; one collection per row: correct the amount or split the invoice.`,
  collectBefore: (date, invoiced) => `Collected on ${date}, before the invoice date ${invoiced}; correct the date.`,
  visitSummary: (amount) => `Amount ${amount} CNY but no visit summary; no summary, no reimbursement: fill in the summary.`,
  visitFuture: (date, today) => `The date ${date} is after today (${today}); the visit log records visits that happened, so correct the date.`,
  visitFollowUp: (date, customer, result, until) =>
    `The visit to "${customer}" on ${date} had outcome ${result}, but there is no later visit or follow-up up to ${until}; log it, or visit again soon.`,
  visitProblem: (plan) => `The plan is ${plan}; fill in the problem status (已处理 handled or 未处理 open).`,
  receptionReport: (id, date) =>
    `Request ${id} took place or was approved and its reception date ${date} has passed, but no reception report refers to it; no report, no reimbursement: add the report.`,
  receptionOverspend: (total, id, requested) =>
    `The report's total ${total} CNY exceeds the total ${requested} CNY of request ${id}; check the overspend and explain it in the notes.`,
  receptionApproval: (date, value) =>
    `The reception date ${date} has come, but the director's review is ${value ? `"${value}"` : 'empty'}; the director must agree (同意) before the reception.`,
  giftBudget: (plan, sum, budget) =>
    `Gift requests on plan ${plan} add up to ${sum} CNY, more than the plan's budget of ${budget} CNY; adjust the requests or the plan.`,
  giftRefused: (header) => `${header} is 不同意 (refused): this gift must not be given.`,
  giftPending: (date, headers) => `The gift date ${date} has come, but ${headers} not agreed yet; every approval must be 同意 before the gift.`,
  customerInsiders: (cls, need, have) =>
    `Value class ${cls} needs at least ${need} insider contacts (Contacts: Insider = 是), but there are ${have}; develop insiders and record them in Contacts.`,
  customerDeciders: (cls, deciders, met, pct) =>
    `Value class ${cls}: only ${met} of ${deciders} deciders appear as "Met with" in the visit log, less than ${pct}%; visit the deciders, and use the names from Contacts.`,
  customerOwner: (volume, needed, owner, position) =>
    `A monthly volume of ${volume} (10k CNY) needs an owner who is ${needed} or above; ${owner} is ${position}. Change the owner or check the volume.`,
  kpiLate: (date, deadline, period) => `The first review date ${date} is after the deadline ${deadline} for ${period} (8 days after the period).`,
  kpiOverdue: (period, deadline) => `The first-review deadline ${deadline} for ${period} has passed and there is no first review date; review soon.`,
  kpiReviewWithoutFirst: () => 'A second review is filled in, but the first reviewer or date is empty; the second review comes after the first.',
  kpiReviewBeforeFirst: (review, first) => `The second review date ${review} is before the first review date ${first}; the second review comes after the first.`,
  kpiReviewer: (reviewer, name, manager) => `The first reviewer ${reviewer} is not ${name}'s line manager ${manager}; the line manager does the first review.`,
  kpiZeroDenominator: (header) => `${header} is 0, but it is the denominator of a rate and must be greater than 0; enter the real target.`,
  kpiUnreportedDeduction: (count) =>
    `The no-show deduction applies only with more than 5 market trips without reporting (now ${count}); clear it or enter 0.`,
  kpiAttendance: (days, max, period) => `Attended days ${days} exceed the ${max} days of ${period}; correct it.`,
};

export function messagesFor(lang: Lang): Messages {
  return lang === 'zh-CN' ? ZH : EN;
}

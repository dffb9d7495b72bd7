/** Text of the `validate` command (zh-CN). Problem messages themselves come from the core. */
export interface ValidateCliText {
  summary(file: string, errors: number, warnings: number): string;
  clean(file: string): string;
  tableHeading(sheet: string, table: string, errors: number, warnings: number): string;
  severity(s: 'error' | 'warning'): string;
  newerModel(found: number, ours: number): string;
  notWorkbench(file: string): string;
  missingTables(): string;
  cannotOpen(file: string, reason: string): string;
  badToday(value: string): string;
}

export const VALIDATE_CLI_ZH: ValidateCliText = {
  summary: (file, errors, warnings) => `检查 ${file}:错误 ${errors} 个,警告 ${warnings} 个。`,
  clean: (file) => `检查 ${file}:未发现问题。`,
  tableHeading: (sheet, table, errors, warnings) => `${sheet}(${table}):错误 ${errors},警告 ${warnings}`,
  severity: (s) => (s === 'error' ? '错误' : '警告'),
  newerModel: (found, ours) =>
    `此工作簿由更新版本的工作台生成(模型版本 ${found},本程序为 ${ours}),无法可靠检查。请先升级 ka-workbench。`,
  notWorkbench: (file) => `${file} 中没有工作台的表格(如 Staff、Customers、Visits),不是工作台工作簿,无法检查。`,
  missingTables: () => '工作簿缺少工作台的表格(见上方 STRUCTURE 问题),检查不完整。请恢复这些表格或运行 generate 升级工作簿。',
  cannotOpen: (file, reason) => `无法打开 ${file}:${reason}`,
  badToday: (value) => `环境变量 KA_TODAY 的值 "${value}" 无效,应为 YYYY-MM-DD。`,
};

/** Text of the `validate` command (zh-CN). Problem messages themselves come from the core. */
export interface ValidateCliText {
  summary(file: string, errors: number, warnings: number): string;
  clean(file: string): string;
  tableHeading(sheet: string, table: string, errors: number, warnings: number): string;
  severity(s: 'error' | 'warning'): string;
  missingTables(): string;
}

export const VALIDATE_CLI_ZH: ValidateCliText = {
  summary: (file, errors, warnings) => `检查 ${file}:错误 ${errors} 个,警告 ${warnings} 个。`,
  clean: (file) => `检查 ${file}:未发现问题。`,
  tableHeading: (sheet, table, errors, warnings) => `${sheet}(${table}):错误 ${errors},警告 ${warnings}`,
  severity: (s) => (s === 'error' ? '错误' : '警告'),
  missingTables: () => '工作簿缺少工作台的表格(见上方 STRUCTURE 问题),检查不完整。请恢复这些表格,或运行 ka-workbench generate --out 该文件 升级工作簿(原有内容全部保留)。',
};

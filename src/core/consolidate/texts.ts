/** Sheet names, headers and labels of the consolidated HR workbook, zh-CN first. */
export const CONSOLIDATE_TEXT = {
  sheetAll: { zh: '全部考核', en: 'All KPI' },
  sheetGrades: { zh: '等级统计', en: 'Grade counts' },
  sheetRuns: { zh: '连续D', en: 'D runs' },
  sheetConflicts: { zh: '冲突', en: 'Conflicts' },
  file: { zh: '来源文件', en: 'Source file' },
  dept: { zh: '部门', en: 'Department' },
  company: { zh: '全公司', en: 'Company' },
  kind: { zh: '冲突类型', en: 'Conflict' },
  key: { zh: '工号/部门', en: 'Staff ID / department' },
  files: { zh: '文件', en: 'Files' },
  staffPeriod: { zh: '同一工号与期间出现在多个文件', en: 'Same staff ID and period in several files' },
  deptPeriod: { zh: '同一部门与期间出现在多个文件', en: 'Same department and period in several files' },
  chartDept: { zh: '各部门等级分布', en: 'Grades by department' },
  chartCompany: { zh: '全公司各期等级分布', en: 'Company-wide grades per period' },
} as const;

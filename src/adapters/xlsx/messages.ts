/** Messages of the .xlsx adapter's PortErrors, in the workbook's (or caller's) language. */
import type { Lang } from '../../core/model/types';

type Msg<A extends unknown[]> = Record<Lang, (...args: A) => string>;

export const XLSX_MESSAGES = {
  notZip: {
    'zh-CN': (what: string) => `无法读取 ${what}:它不是 .xlsx 工作簿(不是有效的 zip 文件,或已损坏)。请在 Excel 中打开并另存为「Excel 工作簿 (*.xlsx)」后再试。`,
    'en-US': (what: string) => `Cannot read ${what}: it is not an .xlsx workbook (not a valid zip file, or damaged). Open it in Excel, save it as "Excel Workbook (*.xlsx)" and try again.`,
  } as Msg<[string]>,
  encryptedOrXls: {
    'zh-CN': (what: string) => `无法读取 ${what}:它是受密码保护的工作簿或旧版 .xls 文件。请在 Excel 中取消密码(文件 → 信息 → 保护工作簿)或另存为 .xlsx 后再试。`,
    'en-US': (what: string) => `Cannot read ${what}: it is a password-protected workbook or an old .xls file. Remove the password in Excel (File → Info → Protect Workbook) or save it as .xlsx, and try again.`,
  } as Msg<[string]>,
  noWorkbook: {
    'zh-CN': (what: string) => `无法读取 ${what}:zip 文件中没有 Excel 工作簿部件(xl/workbook.xml)。它可能是 Word 或 PowerPoint 文件,或 .xlsb 二进制工作簿。请另存为 .xlsx 后再试。`,
    'en-US': (what: string) => `Cannot read ${what}: the zip holds no Excel workbook part (xl/workbook.xml). It may be a Word or PowerPoint file, or a binary .xlsb workbook. Save it as .xlsx and try again.`,
  } as Msg<[string]>,
  xlsb: {
    'zh-CN': (what: string) => `无法读取 ${what}:它是 Excel 二进制工作簿(.xlsb),命令行只能读写 .xlsx。请在 Excel 中打开它,另存为「Excel 工作簿 (*.xlsx)」后再试;未做任何修改。`,
    'en-US': (what: string) => `Cannot read ${what}: it is an Excel Binary Workbook (.xlsb), and the command line reads and writes only .xlsx. Open it in Excel, save it as "Excel Workbook (*.xlsx)" and try again; nothing was changed.`,
  } as Msg<[string]>,
  strict: {
    'zh-CN': () => `此工作簿以「Strict Open XML」格式保存,命令行只能读取不能写入。请在 Excel 中另存为「Excel 工作簿 (*.xlsx)」后再试;未做任何修改。`,
    'en-US': () => `This workbook is saved as "Strict Open XML"; the command line can read it but not write it. Save it in Excel as "Excel Workbook (*.xlsx)" and try again; nothing was changed.`,
  } as Msg<[]>,
  noSheet: {
    'zh-CN': (sheet: string) => `工作表「${sheet}」不存在。`,
    'en-US': (sheet: string) => `Sheet "${sheet}" does not exist.`,
  } as Msg<[string]>,
  noTable: {
    'zh-CN': (table: string) => `表格 ${table} 不存在。请先运行 generate(生成/升级工作簿)。`,
    'en-US': (table: string) => `Table ${table} does not exist. Run generate first to create or upgrade the workbook.`,
  } as Msg<[string]>,
  sheetExists: {
    'zh-CN': (sheet: string) => `已有名为「${sheet}」的工作表(名称不区分大小写)。`,
    'en-US': (sheet: string) => `A sheet named "${sheet}" already exists (names ignore case).`,
  } as Msg<[string]>,
  badSheetName: {
    'zh-CN': (sheet: string) => `「${sheet}」不能用作工作表名称:须为 1–31 个字符,不含 : \\ / ? * [ ],且不以单引号开头或结尾。`,
    'en-US': (sheet: string) => `"${sheet}" cannot be a sheet name: use 1–31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe.`,
  } as Msg<[string]>,
  lastVisible: {
    'zh-CN': (sheet: string) => `不能隐藏「${sheet}」:工作簿中至少要有一张可见的工作表。`,
    'en-US': (sheet: string) => `Cannot hide "${sheet}": a workbook needs at least one visible sheet.`,
  } as Msg<[string]>,
  hiddenActive: {
    'zh-CN': (sheet: string) => `不能激活隐藏的工作表「${sheet}」。`,
    'en-US': (sheet: string) => `Cannot activate the hidden sheet "${sheet}".`,
  } as Msg<[string]>,
  badName: {
    'zh-CN': (name: string) => `「${name}」不能用作名称:须以字母或下划线开头,只含字母、数字、下划线和点,且不能像单元格地址(如 A1)。`,
    'en-US': (name: string) => `"${name}" cannot be a name: start with a letter or underscore, use only letters, digits, underscores and periods, and do not look like a cell address (such as A1).`,
  } as Msg<[string]>,
  nameTaken: {
    'zh-CN': (name: string) => `名称 ${name} 已被另一个表格或已定义名称使用(名称不区分大小写)。`,
    'en-US': (name: string) => `The name ${name} is already used by another table or defined name (names ignore case).`,
  } as Msg<[string]>,
  badHeaders: {
    'zh-CN': (table: string) => `表格 ${table} 的列标题必须非空且互不相同(不区分大小写)。`,
    'en-US': (table: string) => `The column headers of table ${table} must be non-empty and distinct (ignoring case).`,
  } as Msg<[string]>,
  occupied: {
    'zh-CN': (sheet: string, cell: string, what: string) => `无法${what}:工作表「${sheet}」的单元格 ${cell} 已有内容。请移走该处内容后再试;未做任何修改。`,
    'en-US': (sheet: string, cell: string, what: string) => `Cannot ${what}: cell ${cell} on sheet "${sheet}" is not empty. Move what is there and try again; nothing was changed.`,
  } as Msg<[string, string, string]>,
  overlapsTable: {
    'zh-CN': (table: string, other: string, what: string) => `无法${what}:表格 ${table} 会与表格 ${other} 重叠。请在两者之间留出空间后再试;未做任何修改。`,
    'en-US': (table: string, other: string, what: string) => `Cannot ${what}: table ${table} would overlap table ${other}. Make room between them and try again; nothing was changed.`,
  } as Msg<[string, string, string]>,
  totalsRow: {
    'zh-CN': (table: string) => `表格 ${table} 显示了「汇总行」,命令行无法在其下方添加行。请在 Excel 中关闭汇总行(表设计 → 汇总行)后再试;未做任何修改。`,
    'en-US': (table: string) => `Table ${table} shows a Total Row, below which the command line cannot add rows. Turn it off in Excel (Table Design → Total Row) and try again; nothing was changed.`,
  } as Msg<[string]>,
  noHeaderRow: {
    'zh-CN': (table: string) => `表格 ${table} 没有标题行,命令行无法写入。请在 Excel 中打开标题行(表设计 → 标题行)后再试;未做任何修改。`,
    'en-US': (table: string) => `Table ${table} has no header row, so the command line cannot write to it. Turn the Header Row on in Excel (Table Design → Header Row) and try again; nothing was changed.`,
  } as Msg<[string]>,
  tooWide: {
    'zh-CN': (table: string, n: number, max: number) => `写入表格 ${table} 的行有 ${n} 个值,但表格只有 ${max} 列。`,
    'en-US': (table: string, n: number, max: number) => `A row for table ${table} has ${n} values, but the table has only ${max} columns.`,
  } as Msg<[string, number, number]>,
  noColumn: {
    'zh-CN': (table: string, header: string) => `表格 ${table} 中没有列「${header}」。`,
    'en-US': (table: string, header: string) => `Table ${table} has no column "${header}".`,
  } as Msg<[string, string]>,
  notDataRow: {
    'zh-CN': (table: string, row: number) => `第 ${row} 行不是表格 ${table} 的数据行。`,
    'en-US': (table: string, row: number) => `Row ${row} is not a data row of table ${table}.`,
  } as Msg<[string, number]>,
  headerCell: {
    'zh-CN': (sheet: string, cell: string, table: string) => `不能写入工作表「${sheet}」的 ${cell}:它是表格 ${table} 的标题单元格。`,
    'en-US': (sheet: string, cell: string, table: string) => `Cannot write ${sheet}!${cell}: it is a header cell of table ${table}.`,
  } as Msg<[string, string, string]>,
  sharedFormula: {
    'zh-CN': (sheet: string, cell: string) => `不能覆盖工作表「${sheet}」的 ${cell}:其他单元格共用它的公式(共享公式或数组公式)。请在 Excel 中操作;未做任何修改。`,
    'en-US': (sheet: string, cell: string) => `Cannot overwrite ${sheet}!${cell}: other cells share its formula (a shared or array formula). Make this change in Excel; nothing was changed.`,
  } as Msg<[string, string]>,
  notFinite: {
    'zh-CN': (cell: string) => `单元格 ${cell} 的值不是有效数字。`,
    'en-US': (cell: string) => `The value for cell ${cell} is not a valid number.`,
  } as Msg<[string]>,
  outOfSheet: {
    'zh-CN': (what: string) => `无法${what}:超出了 Excel 工作表的最大行数或列数。`,
    'en-US': (what: string) => `Cannot ${what}: it would go beyond Excel's last row or column.`,
  } as Msg<[string]>,
  badRange: {
    'zh-CN': (sheet: string, address: string) => `「${address}」不是工作表「${sheet}」上有效的单元格区域(应如 A1:C9)。`,
    'en-US': (sheet: string, address: string) => `"${address}" is not a valid cell range on sheet "${sheet}" (expected something like A1:C9).`,
  } as Msg<[string, string]>,
  clearTable: {
    'zh-CN': (sheet: string, address: string, table: string) => `不能清除工作表「${sheet}」的 ${address}:该区域与表格 ${table} 重叠,清除会删掉其中的数据。未做任何修改。`,
    'en-US': (sheet: string, address: string, table: string) => `Cannot clear ${sheet}!${address}: it overlaps table ${table}, whose data it would delete. Nothing was changed.`,
  } as Msg<[string, string, string]>,
  charts: {
    'zh-CN': () => `命令行不能写入图表:仪表板的图表由 Excel 中的加载项绘制。请在 Excel 中打开工作簿,在「考核」页点击「写入仪表板」。未做任何修改。`,
    'en-US': () => `The command line cannot write charts: the dashboard's charts are drawn by the add-in in Excel. Open the workbook in Excel and write the dashboard from the Scoring page. Nothing was changed.`,
  } as Msg<[]>,
  noFile: {
    'zh-CN': (what: string) => `此工作簿不是从文件打开的,无法保存到 ${what}。`,
    'en-US': (what: string) => `This workbook was not opened in a way that can save files; cannot save to ${what}.`,
  } as Msg<[string]>,
  corruptPart: {
    'zh-CN': (what: string, part: string, why: string) => `无法读取 ${what}:其中的部件 ${part} 已损坏(${why})。请在 Excel 中打开该文件(Excel 会尝试修复)并另存为 .xlsx,或使用备份;未做任何修改。`,
    'en-US': (what: string, part: string, why: string) => `Cannot read ${what}: its part ${part} is damaged (${why}). Open the file in Excel (which offers to repair it) and save it as .xlsx, or use a backup; nothing was changed.`,
  } as Msg<[string, string, string]>,
  noContentTypes: {
    'zh-CN': (what: string) => `无法读取 ${what}:缺少部件 [Content_Types].xml,文件已损坏。请在 Excel 中打开并另存为 .xlsx,或使用备份;未做任何修改。`,
    'en-US': (what: string) => `Cannot read ${what}: the part [Content_Types].xml is missing, so the file is damaged. Open it in Excel and save it as .xlsx, or use a backup; nothing was changed.`,
  } as Msg<[string]>,
  badTableRef: {
    'zh-CN': (what: string, table: string, ref: string) => `无法读取 ${what}:表格 ${table} 的区域 ${ref} 超出了工作表的范围(最大 XFD1048576),文件已损坏。请在 Excel 中打开并修复后再试;未做任何修改。`,
    'en-US': (what: string, table: string, ref: string) => `Cannot read ${what}: table ${table} claims the range ${ref}, beyond the sheet's last cell XFD1048576, so the file is damaged. Open it in Excel to repair it and try again; nothing was changed.`,
  } as Msg<[string, string, string]>,
  tooManyCells: {
    'zh-CN': (sheet: string, max: number) => `工作表「${sheet}」中需要读取的单元格超过 ${max.toLocaleString('en-US')} 个,超出了命令行的上限。请将旧记录归档到另一个工作簿(或删除表格下方的空行)后再试;未做任何修改。`,
    'en-US': (sheet: string, max: number) => `Sheet "${sheet}" holds more than ${max.toLocaleString('en-US')} cells to read, beyond the command line's limit. Archive old records into another workbook (or delete empty rows below the table) and try again; nothing was changed.`,
  } as Msg<[string, number]>,
  sheetTooLarge: {
    'zh-CN': (sheet: string, mb: number, max: number) => `工作表「${sheet}」的数据有 ${mb} MB,超出了命令行能处理的上限(${max} MB)。请将旧记录归档到另一个工作簿后再试;未做任何修改。`,
    'en-US': (sheet: string, mb: number, max: number) => `Sheet "${sheet}" holds ${mb} MB of data, more than the command line can handle (${max} MB). Archive old records into another workbook and try again; nothing was changed.`,
  } as Msg<[string, number, number]>,
  verifyFailed: {
    'zh-CN': (why: string) => `写入后的校验未通过(${why}),原文件未被替换。这是程序缺陷,请报告此消息。`,
    'en-US': (why: string) => `The written file failed its check (${why}); the original was not replaced. This is a bug; please report this message.`,
  } as Msg<[string]>,
} as const;

/** What an operation was doing, for messages such as "Cannot add rows to table X: …". */
export const DOING = {
  createTable: { 'zh-CN': (t: string) => `创建表格 ${t}`, 'en-US': (t: string) => `create table ${t}` } as Msg<[string]>,
  appendRows: { 'zh-CN': (t: string) => `向表格 ${t} 添加行`, 'en-US': (t: string) => `add rows to table ${t}` } as Msg<[string]>,
  addColumns: { 'zh-CN': (t: string) => `向表格 ${t} 添加列`, 'en-US': (t: string) => `add columns to table ${t}` } as Msg<[string]>,
} as const;

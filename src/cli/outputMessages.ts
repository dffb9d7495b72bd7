/** Messages about where a command may write, and why a write failed; each says what to do. */
import type { Lang } from '../core/model/types';

type Msg<A extends unknown[]> = Record<Lang, (...args: A) => string>;

export const OUTPUT_MESSAGES = {
  badExtension: {
    'zh-CN': (out: string, exts: string) => `不能写入 ${out}:输出文件名须以 ${exts} 结尾。请换一个文件名;未写入任何内容。`,
    'en-US': (out: string, exts: string) => `Cannot write ${out}: the output's name must end in ${exts}. Choose another name; nothing was written.`,
  } as Msg<[string, string]>,
  macroKind: {
    'zh-CN': (out: string) => `不能写入 ${out}:输入的是启用宏的工作簿(.xlsm),以 .xlsx 为名保存后 Excel 会拒绝打开。请让输出文件名以 .xlsm 结尾;未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: the input is a macro-enabled workbook (.xlsm), which Excel refuses to open under an .xlsx name. Give the output a name ending in .xlsm; nothing was written.`,
  } as Msg<[string]>,
  plainKind: {
    'zh-CN': (out: string) => `不能写入 ${out}:输入的是普通工作簿(.xlsx),不含宏,以 .xlsm 为名保存后 Excel 会拒绝打开。请让输出文件名以 .xlsx 结尾;未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: the input is a plain workbook (.xlsx) without macros, which Excel refuses to open under an .xlsm name. Give the output a name ending in .xlsx; nothing was written.`,
  } as Msg<[string]>,
  isInput: {
    'zh-CN': (out: string) => `不能写入 ${out}:它是本命令的输入文件,覆盖它会丢失其中的数据(--force 也不例外)。请用 --out 指定另一个文件名;未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: it is one of this command's inputs, and writing over it would destroy its data (--force does not change that). Choose another name with --out; nothing was written.`,
  } as Msg<[string]>,
  exists: {
    'zh-CN': (out: string) => `不能写入 ${out}:该文件已存在,而且不是本命令读取的工作簿。请换一个文件名;如确实要覆盖它,请加上 --force。未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: the file exists and is not the workbook this command read. Choose another name, or add --force to replace it; nothing was written.`,
  } as Msg<[string]>,
  isFolder: {
    'zh-CN': (out: string) => `不能写入 ${out}:它是一个文件夹。请指定文件名(例如 ${out}/工作簿.xlsx);未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: it is a folder. Give a file name (such as ${out}/workbook.xlsx); nothing was written.`,
  } as Msg<[string]>,
  readOnly: {
    'zh-CN': (out: string) => `不能写入 ${out}:该文件是只读的(写保护)。如确需修改,请先取消只读属性,或用 --out 写到另一个文件;未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: the file is read-only (write-protected). Remove the read-only attribute first, or write to another file with --out; nothing was written.`,
  } as Msg<[string]>,
  noFolder: {
    'zh-CN': (out: string, dir: string) => `不能写入 ${out}:文件夹 ${dir} 不存在。请先创建该文件夹,或换一个输出路径;未写入任何内容。`,
    'en-US': (out: string, dir: string) => `Cannot write ${out}: the folder ${dir} does not exist. Create the folder first, or choose another path; nothing was written.`,
  } as Msg<[string, string]>,
  noPermission: {
    'zh-CN': (out: string) => `不能写入 ${out}:没有写入权限,或文件正被其他程序(如 Excel)打开。请在 Excel 中关闭该文件、检查文件和文件夹的权限,或换一个文件名后重试;未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: permission denied, or another program (such as Excel) has the file open. Close it in Excel, check the permissions of the file and its folder, or choose another name, and try again; nothing was written.`,
  } as Msg<[string]>,
  busy: {
    'zh-CN': (out: string) => `不能写入 ${out}:文件正被其他程序(通常是 Excel)占用。请在 Excel 中关闭该文件后重试;未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: another program (usually Excel) has the file open. Close it in Excel and try again; nothing was written.`,
  } as Msg<[string]>,
  noSpace: {
    'zh-CN': (out: string) => `不能写入 ${out}:磁盘空间不足。请腾出空间,或写到另一个磁盘;未写入任何内容,原文件保持不变。`,
    'en-US': (out: string) => `Cannot write ${out}: the disk is full. Free some space or write to another disk; nothing was written and the original is unchanged.`,
  } as Msg<[string]>,
  readOnlyDisk: {
    'zh-CN': (out: string) => `不能写入 ${out}:所在的磁盘或共享是只读的。请换一个输出路径;未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: its disk or share is read-only. Choose another path; nothing was written.`,
  } as Msg<[string]>,
  badPath: {
    'zh-CN': (out: string) => `不能写入 ${out}:路径无效(某一级不是文件夹,或名称太长)。请检查路径;未写入任何内容。`,
    'en-US': (out: string) => `Cannot write ${out}: the path is not valid (a part of it is not a folder, or the name is too long). Check the path; nothing was written.`,
  } as Msg<[string]>,
  other: {
    'zh-CN': (out: string, code: string) => `不能写入 ${out}(系统错误 ${code})。请检查路径和磁盘后重试,或换一个输出路径;未写入任何内容,原文件保持不变。`,
    'en-US': (out: string, code: string) => `Cannot write ${out} (system error ${code}). Check the path and the disk and try again, or choose another path; nothing was written and the original is unchanged.`,
  } as Msg<[string, string]>,
} as const;

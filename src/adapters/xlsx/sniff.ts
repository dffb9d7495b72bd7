/**
 * What kind of spreadsheet a zip package is, by its content rather than its name (#9.9): an .xlsb
 * keeps its workbook in binary parts (xl/workbook.bin, content type
 * application/vnd.ms-excel.sheet.binary.macroEnabled.main, ECMA-376 / [MS-XLSB] §2.1.1), which this
 * adapter cannot read; without this check it would parse as a workbook with no sheets.
 */
import { CONTENT_TYPES, Package, REL, readRels, relTypeIs } from './package';

const XLSB_MAIN = 'application/vnd.ms-excel.sheet.binary.macroEnabled.main';

export function isBinaryWorkbook(pkg: Package): boolean {
  if ((pkg.text(CONTENT_TYPES) ?? '').includes(XLSB_MAIN)) return true;
  const main = readRels(pkg, '').find((r) => relTypeIs(r.type, REL.officeDocument) && !r.external);
  return !!main && /\.bin$/i.test(main.target);
}

/** Column widths and data validation: the parts of a worksheet's frame that tables need. */
import type { DataValidationSpec } from '../../core/port/types';
import { toFileFormula } from './formulas';
import { colLetters, formatRange, parseRange } from './refs';
import type { RangeRef } from './refs';
import type { SheetDoc } from './sheet';
import { WORKSHEET_ORDER } from './skeleton';
import { attrsOf, escapeAttr, escapeFormula, insertChild, rootChildren, setAttr } from './xml';

/**
 * Data validation reaches this far below a table, so rows a user adds in Excel (or in LibreOffice,
 * which does not grow validation with a table) keep their dropdowns: row 5000, or 2000 rows below
 * the table's last row when the table is already longer.
 */
export function validationBottom(lastDataRow: number): number {
  return Math.max(5000, lastDataRow + 2000);
}

/** Sets one column's width, splitting a `<col>` range that covers it. */
export function setColumnWidth(doc: SheetDoc, col: number, width: number): void {
  const p = doc.prefix;
  const frame = doc.frame;
  const block = rootChildren(frame).find((c) => c.name === 'cols');
  const tags = block ? (frame.slice(block.start, block.end).match(/<(?:[\w.-]+:)?col\b[^>]*>/g) ?? []) : [];
  const out: string[] = [];
  let placed = false;
  const mine = `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>`;
  for (const tag of tags) {
    const a = attrsOf(tag);
    const min = Number(a.min);
    const max = Number(a.max);
    if (!placed && min > col) {
      out.push(mine);
      placed = true;
    }
    if (col < min || col > max) {
      out.push(tag);
      continue;
    }
    if (min < col) out.push(setAttr(setAttr(tag, 'min', String(min)), 'max', String(col - 1)));
    out.push(setAttr(setAttr(setAttr(setAttr(tag, 'min', String(col)), 'max', String(col)), 'width', String(width)), 'customWidth', '1'));
    if (max > col) out.push(setAttr(setAttr(tag, 'min', String(col + 1)), 'max', String(max)));
    placed = true;
  }
  if (!placed) out.push(mine);
  const element = `<${p}cols>${out.join('')}</${p}cols>`;
  doc.frame = block ? frame.slice(0, block.start) + element + frame.slice(block.end) : insertChild(frame, WORKSHEET_ORDER, 'cols', element);
}

const LIMITS = { promptTitle: 32, prompt: 255, errorTitle: 32, error: 225 } as const;

/** Excel refuses (as "unreadable content") validation messages longer than its limits. */
function clip(s: string | undefined, max: number): string | undefined {
  if (s === undefined || s === '') return undefined;
  return [...s].length > max ? [...s].slice(0, max - 1).join('') + '…' : s;
}

function quoteList(source: string): string {
  return `"${source.replace(/"/g, '""')}"`;
}

export function validationXml(p: string, sqref: string, spec: DataValidationSpec): string {
  const rule = spec.rule;
  const attrs: Record<string, string> = { type: rule.kind };
  const formulas: string[] = [];
  switch (rule.kind) {
    case 'list':
      formulas.push(rule.source.startsWith('=') ? rule.source.slice(1) : quoteList(rule.source));
      break;
    case 'whole':
    case 'decimal':
    case 'date':
      formulas.push(String(rule.min));
      if (rule.max !== undefined) formulas.push(String(rule.max));
      else attrs.operator = 'greaterThanOrEqual';
      break;
    case 'textLength':
      attrs.operator = 'lessThanOrEqual';
      formulas.push(String(rule.max));
      break;
    case 'custom':
      formulas.push(toFileFormula(rule.formula));
      break;
  }
  attrs.allowBlank = '1';
  const promptTitle = clip(spec.promptTitle, LIMITS.promptTitle);
  const prompt = clip(spec.prompt, LIMITS.prompt);
  const errorTitle = clip(spec.errorTitle, LIMITS.errorTitle);
  const error = clip(spec.error, LIMITS.error);
  if (prompt || promptTitle) attrs.showInputMessage = '1';
  attrs.showErrorMessage = '1';
  attrs.errorStyle = spec.errorStyle === 'warning' ? 'warning' : 'stop';
  if (errorTitle) attrs.errorTitle = errorTitle;
  if (error) attrs.error = error;
  if (promptTitle) attrs.promptTitle = promptTitle;
  if (prompt) attrs.prompt = prompt;
  attrs.sqref = sqref;
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const body = formulas.map((f, i) => `<${p}formula${i + 1}>${escapeFormula(f)}</${p}formula${i + 1}>`).join('');
  return `<${p}dataValidation${attrText}>${body}</${p}dataValidation>`;
}

/** Adds a validation for one column from `top` down to `bottom`. */
export function addValidation(doc: SheetDoc, col: number, top: number, bottom: number, spec: DataValidationSpec): void {
  appendValidation(doc, `${colLetters(col)}${top}:${colLetters(col)}${bottom}`, spec);
}

/** Appends one <dataValidation> for `sqref` to the sheet's <dataValidations>, creating it if absent. */
export function appendValidation(doc: SheetDoc, sqref: string, spec: DataValidationSpec): void {
  const p = doc.prefix;
  const el = validationXml(p, sqref, spec);
  const frame = doc.frame;
  const block = rootChildren(frame).find((c) => c.name === 'dataValidations');
  if (!block) {
    doc.frame = insertChild(frame, WORKSHEET_ORDER, 'dataValidations', `<${p}dataValidations count="1">${el}</${p}dataValidations>`);
    return;
  }
  let text = frame.slice(block.start, block.end);
  const count = (text.match(/<(?:[\w.-]+:)?dataValidation\b/g) ?? []).length;
  if (/\/>$/.test(text) && !text.includes('</')) text = text.replace(/\s*\/>$/, `></${p}dataValidations>`);
  const close = text.lastIndexOf('</');
  text = text.slice(0, close) + el + text.slice(close);
  text = text.replace(/^<[^>]*>/, (t) => setAttr(t, 'count', String(count + 1)));
  doc.frame = frame.slice(0, block.start) + text + frame.slice(block.end);
}

/**
 * After a table grew from `oldLast` to `newLast`, validation areas in its columns that reached its
 * old last row but stop short of the new one are extended, so appended rows keep their dropdowns.
 */
export function extendValidations(doc: SheetDoc, cols: { left: number; right: number }, oldLast: number, newLast: number): void {
  const frame = doc.frame;
  const block = rootChildren(frame).find((c) => c.name === 'dataValidations');
  if (!block) return;
  let changed = false;
  const text = frame
    .slice(block.start, block.end)
    .replace(/<(?:[\w.-]+:)?dataValidation\b[^>]*>/g, (tag) => {
      const sqref = attrsOf(tag).sqref;
      if (!sqref) return tag;
      const areas = sqref.split(/\s+/).map((a) => {
        const r: RangeRef | null = parseRange(a);
        if (!r || r.right < cols.left || r.left > cols.right || r.top > oldLast || r.bottom < oldLast || r.bottom >= newLast) return a;
        changed = true;
        return formatRange({ ...r, bottom: validationBottom(newLast) });
      });
      return setAttr(tag, 'sqref', areas.join(' '));
    });
  if (changed) doc.frame = frame.slice(0, block.start) + text + frame.slice(block.end);
}

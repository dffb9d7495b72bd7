/**
 * Excel's own data validation for a column, derived from the model: it helps while the user types.
 * A paste bypasses it (FACTS: Office.js), so the add-in's check repeats every rule anyway.
 *
 * Decisions:
 * - enum / yesno: a dropdown from the Lists sheet (`=List_<id>`), errorStyle stop.
 * - ref: no dropdown. A list source over another table needs INDIRECT("Table[Header]"), which
 *   Excel accepts but which we cannot verify in LibreOffice, and lists of thousands of customers
 *   are unwieldy. The column gets a text-length rule (255, warning) that carries an input message
 *   saying where the value must come from; the check's REF rule does the real work.
 * - Custom formulas need the cell's A1 address, which only the caller that places the table knows.
 *   With `place` given, a few rules become exact: unique ids (COUNTIF), Visits 日期 ≤ TODAY(),
 *   Visits 金额 only with a 面谈概要, allowed-value sets of KPI inputs, and YYYY-MM periods.
 *   Without `place` the same columns get the closest built-in rule.
 * - Excel limits titles to 32 and messages to 255 characters; longer texts are cut.
 */
import type { Column, Lang, TableSpec } from '../model/types';
import { textIn } from '../model/types';
import type { DataValidationSpec, ValidationRule } from '../port/types';
import { headerOf } from '../model/lookup';
import { listName } from '../model/formulaContext';
import { columnLetter } from './problem';
import { fmtNum } from './cells';
import { MAX_DATE_SERIAL, isoOf } from './dates';
import { SOFT_TEXT_LIMIT, dateMinOf } from './cellRules';
import { validationTextFor, type ValidationTexts } from './validationMessages';

/** Where the column's table sits, so that custom formulas can name cells. */
export interface ValidationPlace {
  readonly table: TableSpec;
  /** Worksheet row of the first data row (header row + 1). */
  readonly row: number;
  /** Worksheet column of the table's first column (A = 1). */
  readonly col: number;
}

const TITLE_MAX = 32;
const MESSAGE_MAX = 255;
const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Relative A1 reference of `key`'s cell in the first data row, with the column fixed ($A2). */
function cellOf(place: ValidationPlace, key: string): string | undefined {
  const i = place.table.columns.findIndex((c) => c.key === key);
  return i < 0 ? undefined : `$${columnLetter(place.col + i)}${place.row}`;
}

function spec(
  column: Column,
  lang: Lang,
  rule: ValidationRule,
  errorStyle: 'stop' | 'warning',
  prompt: string,
  error: string,
  t: ValidationTexts,
): DataValidationSpec {
  const header = headerOf(column, lang);
  return {
    rule,
    promptTitle: clip(header, TITLE_MAX),
    prompt: clip(column.hint ? textIn(column.hint, lang) : prompt, MESSAGE_MAX),
    errorTitle: clip(t.errorTitle(header), TITLE_MAX),
    error: clip(error, MESSAGE_MAX),
    errorStyle,
  };
}

export function excelValidationFor(column: Column, lang: Lang, place?: ValidationPlace): DataValidationSpec | undefined {
  const t = validationTextFor(lang);
  const type = column.type;
  const here = place ? cellOf(place, column.key) : undefined;
  const tableName = place?.table.name;
  switch (type.kind) {
    case 'formula':
      return undefined;
    case 'text': {
      const max = type.maxLength ?? SOFT_TEXT_LIMIT;
      return spec(column, lang, { kind: 'textLength', max }, type.maxLength ? 'stop' : 'warning', t.text(max), t.textError(max), t);
    }
    case 'id': {
      if (place && here) {
        const colRef = here.replace(/\d+$/, '');
        const formula = `=COUNTIF(${colRef}$${place.row}:${colRef}$1048576,${here})=1`;
        return spec(column, lang, { kind: 'custom', formula }, 'stop', t.id(), t.idError(), t);
      }
      return spec(column, lang, { kind: 'textLength', max: 255 }, 'stop', t.id(), t.idError(), t);
    }
    case 'date': {
      const min = dateMinOf(column);
      if (place && here && tableName === 'Visits' && column.key === 'date') {
        const formula = `=AND(ISNUMBER(${here}),${here}>=${min},${here}<=TODAY())`;
        return spec(column, lang, { kind: 'custom', formula }, 'stop', t.dateNotFuture(), t.dateNotFutureError(isoOf(min)), t);
      }
      return spec(column, lang, { kind: 'date', min, max: MAX_DATE_SERIAL }, 'stop', t.date(), t.dateError(isoOf(min)), t);
    }
    case 'int': {
      const rule: ValidationRule = type.max === undefined ? { kind: 'whole', min: type.min } : { kind: 'whole', min: type.min, max: type.max };
      return spec(column, lang, rule, 'stop', t.int(type.min, type.max), t.intError(type.min, type.max), t);
    }
    case 'number': {
      const { min, max, allowed } = type;
      if (allowed && allowed.length > 0) {
        const shown = [...(min !== undefined || max !== undefined ? [`${fmtNum(min ?? 0)}–${fmtNum(max ?? 0)}`] : []), ...allowed.map(fmtNum)].join(' / ');
        if (place && here) {
          const parts = allowed.map((a) => `${here}=${a}`);
          if (min !== undefined || max !== undefined) {
            parts.unshift(`AND(${[min !== undefined ? `${here}>=${min}` : '', max !== undefined ? `${here}<=${max}` : ''].filter(Boolean).join(',')})`);
          }
          const formula = `=AND(ISNUMBER(${here}),OR(${parts.join(',')}))`;
          return spec(column, lang, { kind: 'custom', formula }, 'stop', t.allowed(shown), t.allowedError(shown), t);
        }
        const lo = Math.min(...allowed, ...(min !== undefined ? [min] : []));
        const hi = Math.max(...allowed, ...(max !== undefined ? [max] : []));
        return spec(column, lang, { kind: 'decimal', min: lo, max: hi }, 'stop', t.allowed(shown), t.allowedError(shown), t);
      }
      const rule: ValidationRule =
        max === undefined ? { kind: 'decimal', min: min ?? -1e15 } : { kind: 'decimal', min: min ?? -1e15, max };
      return spec(column, lang, rule, 'stop', t.number(min, max), t.numberError(min, max), t);
    }
    case 'money': {
      if (place && here && tableName === 'Visits' && column.key === 'amount') {
        const summary = cellOf(place, 'summary');
        if (summary) {
          const formula = `=AND(ISNUMBER(${here}),${here}>=0,OR(${here}=0,LEN(TRIM(${summary}))>0))`;
          return spec(column, lang, { kind: 'custom', formula }, 'stop', t.money(), t.amountNeedsSummary(), t);
        }
      }
      return spec(column, lang, { kind: 'decimal', min: 0 }, 'stop', t.money(), t.moneyError(), t);
    }
    case 'pct':
      return spec(column, lang, { kind: 'decimal', min: 0, max: 100 }, 'stop', t.pct(), t.pctError(), t);
    case 'enum':
      return spec(column, lang, { kind: 'list', source: `=${listName(type.list)}` }, 'stop', t.list(), t.listError(), t);
    case 'yesno':
      return spec(column, lang, { kind: 'list', source: `=${listName('yesno')}` }, 'stop', t.yesno(), t.listError(), t);
    case 'ref':
      return spec(column, lang, { kind: 'textLength', max: 255 }, 'warning', t.ref(type.table), t.refError(type.table), t);
    case 'phone':
      return spec(column, lang, { kind: 'textLength', max: 40 }, 'warning', t.phone(), t.phoneError(), t);
    case 'period': {
      if (place && here) {
        // A wrong part makes --LEFT/--RIGHT an error, and an error result counts as invalid.
        const formula = `=AND(ISTEXT(${here}),LEN(${here})=7,MID(${here},5,1)="-",ISNUMBER(--LEFT(${here},4)),--RIGHT(${here},2)>=1,--RIGHT(${here},2)<=12)`;
        return spec(column, lang, { kind: 'custom', formula }, 'stop', t.period(), t.periodError(), t);
      }
      return spec(column, lang, { kind: 'textLength', max: 7 }, 'stop', t.period(), t.periodError(), t);
    }
    default:
      return undefined;
  }
}

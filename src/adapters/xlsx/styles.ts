/**
 * Cell formats the adapter needs (a number format, and the grey italic look of computed columns),
 * added to styles.xml by appending fonts, fills, number formats and cell formats. Existing entries
 * are never changed or renumbered, so every cell keeps the look it had.
 */
import { STYLESHEET_ORDER } from './skeleton';
import { attrsOf, escapeAttr, insertChild, rootChildren, rootPrefix, setAttr } from './xml';

export interface CellLook {
  readonly numberFormat?: string;
  readonly computed?: boolean;
}

/** Built-in number formats that mean the same in every locale (ECMA-376 18.8.30). */
const BUILTIN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** Light grey, as Excel's own "calculation" cells are shaded. */
const COMPUTED_FILL = 'FFF2F2F2';

export class Styles {
  private readonly cache = new Map<string, number>();
  private italicFont: number | null = null;
  private greyFill: number | null = null;
  dirty = false;

  constructor(private xml: string) {}

  serialize(): string {
    return this.xml;
  }

  /** Index into cellXfs for a look; undefined for the default look (no style needed). */
  xfFor(look: CellLook): number | undefined {
    const fmt = look.numberFormat;
    if ((fmt === undefined || fmt === 'General') && !look.computed) return undefined;
    const key = `${fmt ?? ''}\u0000${look.computed ? 1 : 0}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const numFmtId = fmt === undefined ? 0 : this.numFmtId(fmt);
    const fontId = look.computed ? this.italic() : 0;
    const fillId = look.computed ? this.grey() : 0;
    const p = this.prefix();
    let xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"`;
    if (numFmtId !== 0) xf += ' applyNumberFormat="1"';
    if (look.computed) xf += ' applyFont="1" applyFill="1"';
    xf += '/>';
    // A workbook this adapter wrote before already has the format: reuse it rather than pile up copies.
    const existing = this.items('cellXfs', 'xf').indexOf(xf);
    const id = existing >= 0 ? existing : this.append('cellXfs', 'xf', xf);
    this.cache.set(key, id);
    return id;
  }

  private prefix(): string {
    return rootPrefix(this.xml, 'styleSheet');
  }

  private block(name: string): { start: number; end: number; text: string } | undefined {
    const c = rootChildren(this.xml).find((x) => x.name === name);
    return c ? { start: c.start, end: c.end, text: this.xml.slice(c.start, c.end) } : undefined;
  }

  /** Children of a collection element such as `<fonts>`, as text. */
  private items(name: string, item: string): string[] {
    const b = this.block(name);
    if (!b) return [];
    const re = new RegExp(`<(?:[\\w.-]+:)?${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${item}>)`, 'g');
    return b.text.match(re) ?? [];
  }

  /** Appends an item to a collection (creating it if absent) and returns the item's index. */
  private append(name: string, item: string, element: string): number {
    this.dirty = true;
    const index = this.items(name, item).length;
    const p = this.prefix();
    const b = this.block(name);
    if (!b) {
      this.xml = insertChild(this.xml, STYLESHEET_ORDER, name, `<${p}${name} count="1">${element}</${p}${name}>`);
      return 0;
    }
    let text = b.text;
    if (/\/>$/.test(text) && !text.includes('</')) text = text.replace(/\s*\/>$/, `></${p}${name}>`);
    const close = text.lastIndexOf('</');
    text = text.slice(0, close) + element + text.slice(close);
    const start = /^<[^>]*>/.exec(text)![0];
    text = setAttr(start, 'count', String(index + 1)) + text.slice(start.length);
    this.xml = this.xml.slice(0, b.start) + text + this.xml.slice(b.end);
    return index;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN[code];
    if (builtin !== undefined) return builtin;
    let max = 163;
    for (const el of this.items('numFmts', 'numFmt')) {
      const a = attrsOf(el);
      const id = Number(a.numFmtId);
      if (a.formatCode === code) return id;
      if (id > max) max = id;
    }
    const id = max + 1;
    this.append('numFmts', 'numFmt', `<${this.prefix()}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private italic(): number {
    if (this.italicFont !== null) return this.italicFont;
    const p = this.prefix();
    const base = this.items('fonts', 'font')[0] ?? `<${p}font/>`;
    let font: string;
    if (/\/>$/.test(base) && !base.includes('</')) font = `<${p}font><${p}i/></${p}font>`;
    else if (/<(?:[\w.-]+:)?i\b/.test(base)) font = base;
    else {
      // <i/> follows <b/> when present (CT_Font's sequence); otherwise it comes first.
      const b = /<(?:[\w.-]+:)?b\b[^>]*\/>/.exec(base);
      font = b ? base.replace(b[0], `${b[0]}<${p}i/>`) : base.replace(/^<[^>]*>/, (s) => `${s}<${p}i/>`);
    }
    this.italicFont = this.append('fonts', 'font', font);
    return this.italicFont;
  }

  private grey(): number {
    if (this.greyFill !== null) return this.greyFill;
    const p = this.prefix();
    this.greyFill = this.append(
      'fills',
      'fill',
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${COMPUTED_FILL}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    return this.greyFill;
  }
}

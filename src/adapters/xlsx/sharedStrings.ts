/** The shared-string table: read on demand, and appended to (never rewritten) when writing. */
import { escapeText, rootPrefix, runText, setAttr } from './xml';

export class SharedStrings {
  private readonly strings: string[] = [];
  private index: Map<string, number> | null = null;
  private added: string[] = [];
  private refs = 0;

  constructor(private xml: string | undefined) {
    if (!xml) return;
    const re = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) this.strings.push(m[1] ? runText(m[1]) : '');
  }

  get(i: number): string | undefined {
    return this.strings[i];
  }

  /** Index of `s`, appending it when new. */
  add(s: string): number {
    if (!this.index) {
      this.index = new Map();
      // First occurrence wins, as Excel would look it up.
      for (let i = this.strings.length - 1; i >= 0; i--) this.index.set(this.strings[i]!, i);
    }
    this.refs++;
    const found = this.index.get(s);
    if (found !== undefined) return found;
    const i = this.strings.length;
    this.strings.push(s);
    this.index.set(s, i);
    this.added.push(s);
    return i;
  }

  get dirty(): boolean {
    return this.refs > 0;
  }

  /** The part's new text: the original with the new strings appended and the counts updated. */
  serialize(): string {
    const base =
      this.xml ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';
    const p = rootPrefix(base, 'sst');
    const items = this.added.map((s) => `<${p}si><${p}t xml:space="preserve">${escapeText(s)}</${p}t></${p}si>`).join('');
    let xml = base;
    const selfClosing = new RegExp(`<${p}sst\\b([^>]*?)/>`).exec(xml);
    if (selfClosing) xml = xml.replace(selfClosing[0], `<${p}sst${selfClosing[1]}></${p}sst>`);
    const close = xml.lastIndexOf(`</${p}sst>`);
    xml = xml.slice(0, close) + items + xml.slice(close);
    const start = new RegExp(`<${p}sst\\b[^>]*>`).exec(xml)!;
    const count = Number(/\bcount="(\d+)"/.exec(start[0])?.[1] ?? this.strings.length - this.added.length);
    let tag = setAttr(start[0], 'uniqueCount', String(this.strings.length));
    tag = setAttr(tag, 'count', String(count + this.refs));
    xml = xml.slice(0, start.index) + tag + xml.slice(start.index + start[0].length);
    this.xml = xml;
    this.added = [];
    this.refs = 0;
    return xml;
  }
}

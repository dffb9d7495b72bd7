/**
 * Builds UTF-8 output a megabyte at a time, straight into bytes. Appended rows are almost all
 * ASCII markup around formulas that repeat in every row: the markup is copied byte by byte and each
 * formula is encoded once (see encodedOnce), where encoding every row's text would cost more than
 * building it, since text holding Chinese column names is stored two bytes a character.
 */
const encoder = new TextEncoder();

export class ByteSink {
  private buf = new Uint8Array(1 << 20);
  private at = 0;

  /** Full pieces, ready to hand on. */
  readonly done: Uint8Array[] = [];

  get length(): number {
    return this.at;
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }

  /** Appends text known to be ASCII (markup, numbers, cell references). */
  ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Appends any text. */
  text(s: string): void {
    this.bytes(encoder.encode(s));
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** Moves what was written to `done`, as its own piece. */
  flush(): void {
    if (this.at === 0) return;
    this.done.push(this.buf.subarray(0, this.at));
    this.buf = new Uint8Array(this.buf.length);
    this.at = 0;
  }
}

const cache = new Map<string, Uint8Array>();

/** The UTF-8 bytes of a text that recurs (a calculated column's formula), encoded once. */
export function encodedOnce(s: string): Uint8Array {
  let b = cache.get(s);
  if (!b) {
    b = encoder.encode(s);
    if (cache.size >= 1000) cache.clear();
    cache.set(s, b);
  }
  return b;
}

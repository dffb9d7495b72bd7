/**
 * UTF-8 bytes, arriving in pieces, as text pieces of at most 64 KB, a leading byte-order mark
 * dropped. Small pieces stay young-generation strings, cheap to collect: a 400 MB worksheet read
 * or checked this way never costs a full collection of a large heap per piece.
 */
const PIECE = 1 << 16;

export class Utf8Pieces {
  private readonly decoder = new TextDecoder('utf-8');
  private first = true;

  /** The text of the next bytes (a character split between pieces comes out with the later one). */
  *decode(bytes: Uint8Array): Generator<string> {
    for (let i = 0; i < bytes.length; i += PIECE) {
      let text = this.decoder.decode(bytes.subarray(i, i + PIECE), { stream: true });
      if (this.first && text) {
        text = text.replace(/^\uFEFF/, '');
        this.first = false;
      }
      if (text) yield text;
    }
  }

  /** What is left at the end (a truncated character decodes as U+FFFD). */
  end(): string {
    return this.decoder.decode();
  }
}

/**
 * A strict XML well-formedness check for the parts the adapter rewrites (and reads back after
 * writing). The adapter edits parts as text, so a truncated or garbled part would otherwise be
 * "repaired" into a plausible-looking one and written back with data missing.
 *
 * saxes is a conformant, non-validating XML 1.0 parser (the one jsdom uses); with no handlers
 * attached it only checks, at about 60 MB/s. It takes the text in pieces, so a large part can be
 * checked as it is inflated.
 */
import { SaxesParser } from 'saxes';
import { Utf8Pieces } from './utf8Pieces';

/** Why a text is not well-formed, or undefined when it is. */
export type XmlFault = string | undefined;

export class WellFormedCheck {
  private readonly parser = new SaxesParser();
  private fault: XmlFault;

  constructor() {
    this.parser.on('error', (e: Error) => {
      // The first fault is the one worth naming; later ones follow from it.
      this.fault ??= e.message;
    });
  }

  private bytes: Utf8Pieces | undefined;

  write(chunk: string): this {
    if (this.fault === undefined) this.parser.write(chunk);
    return this;
  }

  /** The next UTF-8 bytes of the text (see Utf8Pieces). */
  writeBytes(bytes: Uint8Array): this {
    this.bytes ??= new Utf8Pieces();
    for (const text of this.bytes.decode(bytes)) this.write(text);
    return this;
  }

  /** Ends the text; returns its first fault, if any. */
  close(): XmlFault {
    if (this.bytes) this.write(this.bytes.end());
    if (this.fault === undefined) this.parser.close();
    return this.fault;
  }
}

export function xmlFault(xml: string): XmlFault {
  return new WellFormedCheck().write(xml).close();
}

/** The same check over UTF-8 bytes, decoded 64 KB at a time (a large part never becomes one string). */
export function xmlFaultBytes(bytes: Uint8Array): XmlFault {
  return new WellFormedCheck().writeBytes(bytes).close();
}

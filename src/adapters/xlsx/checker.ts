/**
 * Strict XML checks that can run beside the main work: in Node.js on a worker thread (see
 * nodeChecker.ts and checkWorker.ts), so that the command line's import checks a large worksheet
 * on the second core while the first reads the CSV, builds rows and deflates. The browser build
 * has no checker and checks on its own thread (Book.doc, verifyPart.ts), as before.
 *
 * The verdicts are the same saxes check (wellFormed.ts) on the same bytes; only the thread
 * differs. A check that cannot run (the worker failed) is a fault, never a pass.
 */
import type { RawEntry } from './zipCodec';

/** Parts smaller than this are checked on the main thread: a worker would cost more than it saves. */
export const OFF_THREAD_OVER = 8 << 20;

export interface EntryVerdict {
  /** The first well-formedness fault of the entry's text. */
  readonly fault?: string;
  /** The entry's compressed data is damaged (bad deflate data, CRC-32 or size): see PartDataError. */
  readonly damaged?: string;
}

export interface CheckStream {
  /** Hands on the next UTF-8 bytes (copied); resolves when the checker has room for more. */
  write(bytes: Uint8Array): Promise<void>;
  /** Ends the text; resolves to its first fault, undefined when it is well-formed. Never rejects. */
  close(): Promise<string | undefined>;
}

export interface PartChecker {
  /**
   * Inflates a zip entry (CRC-32 and size checked) and, with `parse`, checks its text. Never
   * rejects. Without `parse` it is the read-back check of a part written (see readBackFault).
   */
  checkEntry(entry: RawEntry, parse?: boolean): Promise<EntryVerdict>;
  /** A check fed a part's bytes in order, as they are produced. */
  stream(): CheckStream;
}

/**
 * The pieces, each handed to the check before it goes on. Pieces that copy bytes already checked
 * (untouched rows of the part as it was read, see SheetDoc.isCopied) are not sent: rows are
 * complete elements, so leaving them out changes no verdict (see verifyPart.ts).
 */
export async function* checkedPieces(pieces: Iterable<Uint8Array>, isCopy: ((piece: Uint8Array) => boolean) | undefined, check: CheckStream): AsyncGenerator<Uint8Array> {
  for (const piece of pieces) {
    if (!isCopy?.(piece)) await check.write(piece);
    yield piece;
  }
}

/** Inflating one zip entry as a stream of text, with back-pressure, for parts too large to hold. */
import type JSZip from 'jszip';

export async function* entryChunks(jszipEntry: JSZip.JSZipObject): AsyncGenerator<string> {
  // internalStream exists on every JSZipObject but is missing from JSZip's type declarations.
  const entry = jszipEntry as JSZip.JSZipObject & { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };
  const stream = entry.internalStream('uint8array');
  const streamDecoder = new TextDecoder('utf-8');
  const queue: Uint8Array[] = [];
  let done = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  stream
    .on('data', (chunk: Uint8Array) => {
      queue.push(chunk);
      // Back-pressure: the inflater waits while the reader is behind.
      if (queue.length > 8) stream.pause();
      signal();
    })
    .on('error', (e: Error) => {
      failure = e;
      signal();
    })
    .on('end', () => {
      done = true;
      signal();
    })
    .resume();
  let first = true;
  for (;;) {
    const chunk = queue.shift();
    if (chunk) {
      if (queue.length <= 2) stream.resume();
      let text = streamDecoder.decode(chunk, { stream: true });
      if (first) text = text.replace(/^\uFEFF/, '');
      first = false;
      if (text) yield text;
      continue;
    }
    if (failure) throw failure;
    if (done) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  const rest = streamDecoder.decode();
  if (rest) yield rest;
}

/**
 * The worker thread of nodeChecker.ts: strict well-formedness checks (wellFormed.ts) of zip
 * entries and of byte streams, answered by id. Loaded from the compiled file (lib/) only.
 *
 * Requests: { id, kind: 'entry', entry, parse } inflates a whole entry (CRC-32 and size
 * checked) and, with parse, checks its text; { id, kind: 'open', ring, slotSize },
 * { id, kind: 'chunk', slot, length } (answered with { id, ack: slot } once the slot of shared
 * memory is read) and { id, kind: 'close' } check a stream. Answers end with { id, fault?, damaged? }.
 */
import { parentPort } from 'node:worker_threads';
import { NODE_ZIP } from './nodeZip';
import { WellFormedCheck } from './wellFormed';
import type { RawEntry } from './zipCodec';

export type CheckRequest =
  | { readonly id: number; readonly kind: 'entry'; readonly entry: RawEntry; readonly parse: boolean }
  | { readonly id: number; readonly kind: 'open'; readonly ring: SharedArrayBuffer; readonly slotSize: number }
  | { readonly id: number; readonly kind: 'chunk'; readonly slot: number; readonly length: number }
  | { readonly id: number; readonly kind: 'close' };

export type CheckAnswer = { readonly id: number; readonly ack: number } | { readonly id: number; readonly fault?: string; readonly damaged?: string };

const port = parentPort;
const streams = new Map<number, { readonly check: WellFormedCheck; readonly ring: SharedArrayBuffer; readonly slotSize: number }>();

function answer(a: CheckAnswer): void {
  port?.postMessage(a);
}

async function checkEntry(id: number, entry: RawEntry, parse: boolean): Promise<void> {
  const check = new WellFormedCheck();
  try {
    for await (const bytes of NODE_ZIP.inflateChunks(entry)) if (parse) check.writeBytes(bytes);
  } catch (e) {
    answer({ id, damaged: e instanceof Error ? e.message : String(e) });
    return;
  }
  const fault = parse ? check.close() : undefined;
  answer(fault === undefined ? { id } : { id, fault });
}

port?.on('message', (m: CheckRequest) => {
  switch (m.kind) {
    case 'entry':
      void checkEntry(m.id, m.entry, m.parse);
      return;
    case 'open':
      streams.set(m.id, { check: new WellFormedCheck(), ring: m.ring, slotSize: m.slotSize });
      return;
    case 'chunk': {
      const s = streams.get(m.id);
      s?.check.writeBytes(new Uint8Array(s.ring, m.slot * s.slotSize, m.length));
      answer({ id: m.id, ack: m.slot });
      return;
    }
    case 'close': {
      const s = streams.get(m.id);
      const fault = s ? s.check.close() : 'the check lost its stream';
      streams.delete(m.id);
      answer(fault === undefined ? { id: m.id } : { id: m.id, fault });
      return;
    }
  }
});

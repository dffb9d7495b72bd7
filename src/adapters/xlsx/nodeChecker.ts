/**
 * The checker of the command line: strict XML checks on a worker thread (checkWorker.ts), so they
 * use the second core. One worker, started on first use; it holds the process open only while a
 * check is pending (Worker.ref/unref). A zip entry goes to it as a copy whose buffer is
 * transferred; a stream's bytes through a few slots of shared memory (SlotStream), so a fast
 * producer cannot pile up memory. A worker that fails answers every pending check with a fault: a
 * check never passes because it did not run.
 * (Node.js worker_threads: https://nodejs.org/api/worker_threads.html — postMessage transfer
 * lists, SharedArrayBuffer sharing, resourceLimits.) */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckStream, EntryVerdict, PartChecker } from './checker';
import type { CheckAnswer, CheckRequest } from './checkWorker';
import type { RawEntry } from './zipCodec';

/** A stream's shared memory: SLOTS slots of SLOT_SIZE bytes (see SlotStream). */
const SLOT_SIZE = 1 << 20;
const SLOTS = 8;

/** The worker's young generation, in MB: 16 saves 20 MB of peak memory; 8 cost 2 s of CPU in scavenges. */
const YOUNG_MB = 16;

/** Receives the worker's answers to one request: acks of a stream's chunks, then the verdict. */
type Handler = (a: CheckAnswer) => void;

export class WorkerChecker implements PartChecker {
  private worker: Worker | undefined;
  private failure: string | undefined;
  private readonly handlers = new Map<number, Handler>();
  /** Answers still to come: the worker keeps the process alive only while some are. */
  private waiting = 0;
  private nextId = 1;

  constructor(private readonly file: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    // A smaller young generation than the default: the check's garbage is short-lived text, and
    // the memory counts against the command's budget.
    const worker = new Worker(this.file, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    worker.on('message', (a: CheckAnswer) => {
      if (--this.waiting === 0) worker.unref();
      const h = this.handlers.get(a.id);
      if (!('ack' in a)) this.handlers.delete(a.id);
      h?.(a);
    });
    worker.on('error', (e: Error) => this.fail(e.message));
    worker.on('exit', (code) => this.fail(`exit ${code}`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** The worker is gone: every pending check, and every later one, gets a fault. */
  private fail(why: string): void {
    this.failure ??= `the check could not run (${why})`;
    const worker = this.worker;
    this.worker = undefined;
    this.waiting = 0;
    if (worker) void worker.terminate();
    const pending = [...this.handlers];
    this.handlers.clear();
    for (const [id, h] of pending) h({ id, fault: this.failure });
  }

  /** Posts a request; `answers`: how many answers it gets (0 for 'open'). */
  private send(request: CheckRequest, answers: number, transfer: ArrayBuffer[] = []): void {
    if (this.failure === undefined) {
      try {
        const worker = this.start();
        if (answers > 0 && this.waiting === 0) worker.ref();
        this.waiting += answers;
        worker.postMessage(request, transfer);
        return;
      } catch (e) {
        this.fail(e instanceof Error ? e.message : String(e));
      }
    }
    const h = this.handlers.get(request.id);
    this.handlers.delete(request.id);
    h?.({ id: request.id, fault: this.failure });
  }

  checkEntry(entry: RawEntry, parse = true): Promise<EntryVerdict> {
    if (this.failure) return Promise.resolve({ fault: this.failure });
    const id = this.nextId++;
    // Only the entry's own bytes travel (its data is a view into the whole file).
    const data = entry.data.slice();
    return new Promise((resolve) => {
      this.handlers.set(id, (a) => {
        if ('ack' in a) return;
        resolve({ ...(a.fault !== undefined ? { fault: a.fault } : {}), ...(a.damaged !== undefined ? { damaged: a.damaged } : {}) });
      });
      this.send({ id, kind: 'entry', entry: { data, method: entry.method, crc32: entry.crc32, size: entry.size }, parse }, 1, [data.buffer]);
    });
  }

  stream(): CheckStream {
    if (this.failure) return failedStream(this.failure);
    const id = this.nextId++;
    const stream = new SlotStream((request, answers) => this.send({ id, ...request }, answers));
    this.handlers.set(id, (a) => stream.answered(a));
    stream.open();
    return stream;
  }
}

type StreamRequest = { kind: 'open'; ring: SharedArrayBuffer; slotSize: number } | { kind: 'chunk'; slot: number; length: number } | { kind: 'close' };

/**
 * A stream's bytes go through SLOTS slots of shared memory: copied into a free slot, which is
 * posted when full and freed when the worker acknowledges it. Nothing is allocated per piece (a
 * fresh buffer a megabyte would cost full collections of the command's large heap), and no more
 * than the slots' few megabytes are ever waiting.
 */
class SlotStream implements CheckStream {
  private readonly ring = new SharedArrayBuffer(SLOT_SIZE * SLOTS);
  private readonly free = Array.from({ length: SLOTS }, (_, i) => i);
  private slot: number | undefined;
  private fill = 0;
  private room: (() => void) | undefined;
  private done = false;
  private closed = false;
  private verdict: (fault: string | undefined) => void = () => undefined;
  private readonly result = new Promise<string | undefined>((resolve) => (this.verdict = resolve));

  constructor(private readonly post: (request: StreamRequest, answers: number) => void) {}

  open(): void {
    this.post({ kind: 'open', ring: this.ring, slotSize: SLOT_SIZE }, 0);
  }

  /** An ack frees its slot; any other answer is the verdict. */
  answered(a: CheckAnswer): void {
    if ('ack' in a) this.free.push(a.ack);
    else {
      this.done = true;
      this.verdict(a.fault);
    }
    const wake = this.room;
    this.room = undefined;
    wake?.();
  }

  async write(bytes: Uint8Array): Promise<void> {
    let at = 0;
    while (at < bytes.length && !this.done && !this.closed) {
      if (this.slot === undefined) {
        this.slot = this.free.pop();
        this.fill = 0;
        if (this.slot === undefined) {
          await new Promise<void>((resolve) => (this.room = resolve));
          continue;
        }
      }
      const n = Math.min(SLOT_SIZE - this.fill, bytes.length - at);
      new Uint8Array(this.ring, this.slot * SLOT_SIZE + this.fill, n).set(bytes.subarray(at, at + n));
      this.fill += n;
      at += n;
      if (this.fill === SLOT_SIZE) this.flush();
    }
  }

  private flush(): void {
    if (this.slot === undefined || this.fill === 0) return;
    this.post({ kind: 'chunk', slot: this.slot, length: this.fill }, 1);
    this.slot = undefined;
  }

  close(): Promise<string | undefined> {
    if (!this.done && !this.closed) {
      this.flush();
      this.post({ kind: 'close' }, 1);
    }
    this.closed = true;
    return this.result;
  }
}

function failedStream(why: string): CheckStream {
  return { write: async () => undefined, close: async () => why };
}

/** The worker-thread checker, when the compiled worker is there (lib/); undefined when running from TypeScript sources. */
export function nodeChecker(): PartChecker | undefined {
  const file = join(__dirname, 'checkWorker.js');
  return existsSync(file) ? new WorkerChecker(file) : undefined;
}

import type { ProgressReporter } from '../../core/port/types';
import { OP_OVERHEAD_BYTES, PAYLOAD_BUDGET_BYTES } from './payload';

/**
 * Queues writes and syncs only when the next operation would push the request past the payload
 * budget, so a plan costs one round trip unless it carries large row payloads.
 */
export class WriteBatch {
  private bytes = 0;
  private started = false;
  private pendingWork = 0;
  private done = 0;
  /** 1-based number of the request being queued (the next sync sends it). */
  syncNo = 1;
  /** The request that failed, once one did. */
  failedSync: number | null = null;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly total: number,
    private readonly suspendScreenUpdating: boolean,
    private readonly progress?: ProgressReporter,
  ) {}

  /** Makes room for an operation of about `bytes`; may sync what is queued first. */
  async reserve(bytes: number): Promise<void> {
    const need = bytes + OP_OVERHEAD_BYTES;
    if (this.started && this.bytes + need > PAYLOAD_BUDGET_BYTES) await this.flush();
    if (!this.started) {
      // Documented to last until the next sync, so it is queued once per request (ExcelApi 1.9).
      if (this.suspendScreenUpdating) this.ctx.application.suspendScreenUpdatingUntilNextSync();
      this.started = true;
    }
    this.bytes += need;
  }

  /** Counts finished units of work toward the progress report of the next sync. */
  worked(units: number): void {
    this.pendingWork += units;
  }

  /** Sends what is still queued and reports the work as complete. */
  async finish(): Promise<void> {
    if (this.started) {
      await this.send();
      this.started = false;
      this.bytes = 0;
    }
    this.pendingWork = 0;
    this.done = this.total;
    this.progress?.(this.total, this.total);
  }

  /** Sends the queued request; remembers which one failed (Excel keeps what ran before the failure). */
  private async send(): Promise<void> {
    try {
      await this.ctx.sync();
    } catch (e) {
      this.failedSync = this.syncNo;
      throw e;
    }
    this.syncNo++;
  }

  /** Starts a further request after `finish` (the adapter's check of table growth). */
  restart(): void {
    this.started = false;
    this.bytes = 0;
  }

  async flush(): Promise<void> {
    if (!this.started) return;
    await this.send();
    this.started = false;
    this.bytes = 0;
    this.done += this.pendingWork;
    this.pendingWork = 0;
    this.progress?.(Math.min(this.done, this.total), this.total);
  }
}

import type { CasebookDatabase } from '../db/database';
import { RECOMPUTE_BATCH, recomputeBatch, type RecomputeProgress } from '../cases/recompute-sla';

/**
 * Runs the passes that move open cases' due times to new SLA rules, one at a time, batch
 * by batch. The pass's progress lives in the database (recompute-sla.ts), so a service
 * worker that stops mid-pass leaves it there, and the next one resumes it (run() at
 * start).
 */
export class SlaRecomputer {
  private running: Promise<void> | null = null;
  /** Set when asked to run: a pass started while the loop was ending is not missed. */
  private again = false;

  private readonly batchSize: number;
  private readonly onBatch: (progress: RecomputeProgress) => Promise<unknown> | void;

  constructor(
    private readonly db: CasebookDatabase,
    private readonly now: () => number,
    {
      batchSize = RECOMPUTE_BATCH,
      onBatch = () => {},
    }: {
      batchSize?: number;
      /**
       * After each batch but the last: the background calls an extension API here, which
       * keeps an MV3 service worker from being stopped as idle mid-pass (tests hold the
       * pass here).
       */
      onBatch?: (progress: RecomputeProgress) => Promise<unknown> | void;
    } = {},
  ) {
    this.batchSize = batchSize;
    this.onBatch = onBatch;
  }

  /** A save waits for a pass of up to one batch; a bigger one runs after the answer. */
  get waitsUpTo(): number {
    return this.batchSize;
  }

  /** Runs the stored pass to its end: a new one (startRecompute) or one left earlier. */
  run(): void {
    this.kick();
  }

  /** Resolves once no pass is running (at once when none is). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private kick() {
    this.again = true;
    if (this.running) return;
    this.running = this.loop()
      .catch((error: unknown) => {
        // The pass stays stored: the next start of the background resumes it.
        console.warn('Casebook: updating due times stopped', error);
      })
      .finally(() => {
        this.running = null;
      });
  }

  private async loop() {
    while (this.again) {
      this.again = false;
      for (;;) {
        const step = await recomputeBatch(this.db, this.now(), this.batchSize);
        if (!step || step.done) break;
        await this.onBatch(step);
      }
    }
  }
}

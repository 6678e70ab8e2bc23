/**
 * Where a backup import runs: in a worker of the options page when the browser has workers
 * (so the page never freezes, whatever the file's size), else in the page itself (the DOM
 * tests). Both run the same steps (lib/backup/import-steps.ts) and look the same here.
 */
import {
  BackupError,
  prepareImport,
  type BackupPlan,
  type ImportProgress,
  type PreparedImport,
} from '@/lib/backup';
import type { CasebookDatabase } from '@/lib/db/database';
import { readFileText } from '../read-file-text';
import {
  ImportAnswerSchema,
  type ImportAnswer,
  type ImportRequest,
} from './backup-import-messages';

/**
 * Reads, checks and compares a file; the result writes it on the agent's word. The signal
 * drops a file still being checked (another file chosen, Cancel, the page closed).
 */
export type Importer = (
  file: File,
  onProgress: ImportProgress,
  signal: AbortSignal,
) => Promise<PreparedImport>;

export const inPageImporter =
  (db: CasebookDatabase): Importer =>
  (file, onProgress) =>
    prepareImport(db, (onRead) => readFileText(file, onRead), onProgress);

const stopped = (why: string) => new BackupError('failed', `The import stopped: ${why}.`);

/** One worker per file chosen: it holds that file's backup until written or dropped. */
export const workerImporter = (): Importer => (file, onProgress, signal) => {
  const worker = new Worker(new URL('./backup-import-worker.ts', import.meta.url), {
    type: 'module',
  });
  const send = (request: ImportRequest) => worker.postMessage(request);
  /** Why the worker is gone, once it is: every later wait fails with it at once. */
  let dead: Error | null = null;
  let settle: { resolve(answer: ImportAnswer): void; reject(error: Error): void } | null = null;
  const next = () =>
    new Promise<ImportAnswer>((resolve, reject) => {
      if (dead) return reject(dead);
      settle = { resolve, reject };
    });
  const fail = (error: Error) => {
    worker.terminate();
    dead ??= error;
    settle?.reject(dead);
    settle = null;
  };
  worker.addEventListener('message', (event: MessageEvent) => {
    const answer = ImportAnswerSchema.safeParse(event.data);
    if (!answer.success) return fail(stopped('it answered in a way Casebook does not know'));
    if (answer.data.type === 'progress')
      return onProgress(answer.data.step, answer.data.done, answer.data.total);
    // Its message is already the agent's (importFailureMessage, in the worker).
    if (answer.data.type === 'failed') return fail(new BackupError('failed', answer.data.message));
    settle?.resolve(answer.data);
    settle = null;
  });
  worker.addEventListener('error', (event) => fail(stopped(event.message || 'its worker failed')));
  worker.addEventListener('messageerror', () => fail(stopped('an answer could not be read')));
  const dropped = () => fail(new BackupError('stopped', 'The import was stopped.'));
  if (signal.aborted) dropped();
  else signal.addEventListener('abort', dropped);

  const prepared = next();
  send({ type: 'prepare', file });
  return prepared.then((answer) => {
    signal.removeEventListener('abort', dropped);
    if (answer.type !== 'prepared') throw stopped('it answered out of turn');
    return {
      summary: answer.summary,
      plan: answer.plan,
      write: async (onWrite, stop) => {
        onProgress = onWrite;
        stop.addEventListener('abort', () => send({ type: 'stop' }));
        const written = next();
        send({ type: 'write' });
        const done = await written;
        worker.terminate();
        if (done.type !== 'written') throw stopped('it answered out of turn');
        return done.result as BackupPlan;
      },
      drop: () => fail(new BackupError('stopped', 'The import was stopped.')),
    };
  });
};

export const defaultImporter = (db: CasebookDatabase): Importer =>
  typeof Worker === 'function' ? workerImporter() : inPageImporter(db);

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

/** Reads, checks and compares a file; the result writes it on the agent's word. */
export type Importer = (file: File, onProgress: ImportProgress) => Promise<PreparedImport>;

export const inPageImporter =
  (db: CasebookDatabase): Importer =>
  (file, onProgress) =>
    prepareImport(db, (onRead) => readFileText(file, onRead), onProgress);

const stopped = (why: string) => new BackupError('failed', `The import stopped: ${why}.`);

/** One worker per file chosen: it holds that file's backup until written or dropped. */
export const workerImporter = (): Importer => (file, onProgress) => {
  const worker = new Worker(new URL('./backup-import-worker.ts', import.meta.url), {
    type: 'module',
  });
  const send = (request: ImportRequest) => worker.postMessage(request);
  let settle: { resolve(answer: ImportAnswer): void; reject(error: Error): void } | null = null;
  const next = () =>
    new Promise<ImportAnswer>((resolve, reject) => {
      settle = { resolve, reject };
    });
  const fail = (error: Error) => {
    worker.terminate();
    settle?.reject(error);
  };
  worker.addEventListener('message', (event: MessageEvent) => {
    const answer = ImportAnswerSchema.safeParse(event.data);
    if (!answer.success) return fail(stopped('it answered in a way Casebook does not know'));
    if (answer.data.type === 'progress')
      return onProgress(answer.data.step, answer.data.done, answer.data.total);
    // Its message is already the agent's (importFailureMessage, in the worker).
    if (answer.data.type === 'failed') return fail(new BackupError('failed', answer.data.message));
    settle?.resolve(answer.data);
  });
  worker.addEventListener('error', (event) => fail(stopped(event.message || 'its worker failed')));

  const prepared = next();
  send({ type: 'prepare', file });
  return prepared.then((answer) => {
    if (answer.type !== 'prepared') throw stopped('it answered out of turn');
    return {
      summary: answer.summary,
      plan: answer.plan,
      write: async (onWrite, signal) => {
        onProgress = onWrite;
        signal.addEventListener('abort', () => send({ type: 'stop' }));
        const written = next();
        send({ type: 'write' });
        const done = await written;
        worker.terminate();
        if (done.type !== 'written') throw stopped('it answered out of turn');
        return done.result as BackupPlan;
      },
      drop: () => worker.terminate(),
    };
  });
};

export const defaultImporter = (db: CasebookDatabase): Importer =>
  typeof Worker === 'function' ? workerImporter() : inPageImporter(db);

/// <reference lib="webworker" />
/**
 * The backup import, off the options page's thread: parsing a 100,000-case file and
 * checking every record took the page over a second in one task. The backup stays here
 * from the check to the write; the page gets progress, the preview's counts and the end.
 */
import {
  importFailureMessage,
  prepareImport,
  type ImportProgress,
  type PreparedImport,
} from '@/lib/backup';
import { openDatabase } from '@/lib/db/database';
import { readFileText } from '../read-file-text';
import { ImportRequestSchema, type ImportAnswer } from './backup-import-messages';

const db = openDatabase();
let prepared: PreparedImport | null = null;
let writing: AbortController | null = null;

const answer = (message: ImportAnswer) => postMessage(message);
const progress: ImportProgress = (step, done, total) =>
  answer({ type: 'progress', step, done, total });

async function handle(data: unknown) {
  const request = ImportRequestSchema.safeParse(data);
  if (!request.success) throw new Error('the import got a request it does not know');
  switch (request.data.type) {
    case 'prepare': {
      const { file } = request.data;
      prepared = await prepareImport(db, (onRead) => readFileText(file, onRead), progress);
      return answer({ type: 'prepared', summary: prepared.summary, plan: prepared.plan });
    }
    case 'write': {
      if (!prepared) throw new Error('there is no checked backup to write');
      writing = new AbortController();
      const result = await prepared.write(progress, writing.signal);
      return answer({ type: 'written', result });
    }
    case 'stop':
      return writing?.abort();
  }
}

addEventListener('message', (event: MessageEvent) => {
  handle(event.data).catch((cause: unknown) =>
    answer({ type: 'failed', message: importFailureMessage(cause) }),
  );
});

// A worker of the backup bench's page (bundled by test/bench/backup-bench.ts): the whole
// import, as the settings page's worker runs it (lib/backup/import-steps.ts), of the file
// the page posts, into a database of its own. Answers with what it did.
import { prepareImport } from '@/lib/backup/import-steps';
import { CasebookDatabase } from '@/lib/db/database';

addEventListener('message', async (event: MessageEvent<Blob>) => {
  const db = new CasebookDatabase('backup-target-worker');
  const ready = await prepareImport(
    db,
    () => event.data.text(),
    () => undefined,
  );
  const done = await ready.write(() => undefined, new AbortController().signal);
  db.close();
  postMessage({ records: ready.summary.records, added: done.cases.add });
});

/// <reference types="node" />
// The backup figures of `npm run bench` (issue 9): export and import of 100,000 cases in
// real Chromium, timed beside raw IndexedDB puts of the same records in the same run.
// test/bench/backup-page.ts is bundled with esbuild into a page on https://localhost.
// Alone (after `npx wxt build`): node --import tsx test/bench/backup-bench.ts
// (BACKUP_BENCH_CASES=5000 for a quick look; the figures are for 100,000).
import { pathToFileURL } from 'node:url';
import { callInPage, openBenchPage } from './bench-page';
import type { Page } from 'playwright-core';

const CASES = Number(process.env.BACKUP_BENCH_CASES ?? 100_000);

interface Phase {
  ms: number;
  longTasks: number;
  longestTaskMs: number;
}

const call = <T>(page: Page, method: string, ...args: unknown[]) =>
  callInPage<T>(page, '__backup', method, args);

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const perSecond = (records: number, ms: number) => Math.round(records / (ms / 1000));
const phase = (p: Phase) => ({
  ms: Math.round(p.ms),
  longTasks: p.longTasks,
  longestTaskMs: Math.round(p.longestTaskMs),
});

export async function backupFigures(log: (line: string) => void) {
  const { page, close } = await openBenchPage('test/bench/backup-page.ts', [
    ['test/bench/backup-worker.ts', 'backup-worker.js'],
  ]);
  try {
    log(`  backup: generating ${CASES} cases in the page…`);
    await call(page, 'generate', CASES);
    const rawMs = await call<number>(page, 'rawPuts');
    log(`  backup: raw IndexedDB puts ${(rawMs / 1000).toFixed(1)} s`);
    const seedMs = await call<number>(page, 'seed');
    log(`  backup: Dexie bulkPut (seeding) ${(seedMs / 1000).toFixed(1)} s`);
    const exported = await call<Phase & { result: number; bytes: number }>(page, 'exportAll');
    log(`  backup: export ${(exported.ms / 1000).toFixed(1)} s`);
    type Imported = { records: number; added: number; topicRows: number } & Record<
      'read' | 'check' | 'plan' | 'write',
      Phase
    >;
    const imported = await call<Imported>(page, 'importAll');
    const importMs = imported.read.ms + imported.check.ms + imported.plan.ms + imported.write.ms;
    log(`  backup: import ${(importMs / 1000).toFixed(1)} s`);
    const roundTripExact = await call<boolean>(page, 'roundTrip');
    const inWorker = await call<Phase & { result: { records: number; added: number } }>(
      page,
      'importInWorker',
    );
    log(`  backup: import in a worker ${(inWorker.ms / 1000).toFixed(1)} s`);
    const raw = perSecond(CASES, rawMs);
    return {
      cases: CASES,
      fileMb: round(exported.bytes / 1024 / 1024, 1),
      rawPutsPerSecond: raw,
      dexieBulkPutPerSecond: perSecond(CASES, seedMs),
      export: {
        ...phase(exported),
        records: exported.result,
        perSecond: perSecond(exported.result, exported.ms),
        ratioToRawPuts: round(perSecond(exported.result, exported.ms) / raw),
      },
      import: {
        ms: Math.round(importMs),
        records: imported.records,
        added: imported.added,
        topicRowsWritten: imported.topicRows,
        perSecond: perSecond(imported.records, importMs),
        ratioToRawPuts: round(perSecond(imported.records, importMs) / raw),
        phases: {
          readFile: phase(imported.read),
          parseAndCheck: phase(imported.check),
          preview: phase(imported.plan),
          write: phase(imported.write),
        },
      },
      // The same import run as the settings page runs it, in a worker: the page's long
      // tasks meanwhile.
      importInWorker: {
        ...phase(inWorker),
        records: inWorker.result.records,
        added: inWorker.result.added,
      },
      roundTripExact,
    };
  } finally {
    await close();
  }
}

export type BackupFigures = Awaited<ReturnType<typeof backupFigures>>;

export function printBackupFigures(b: BackupFigures) {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const ok = (pass: boolean) => (pass ? 'within budget' : 'OVER BUDGET');
  const p = b.import.phases;
  console.log(
    `  backup of ${b.cases.toLocaleString('en')} cases (${b.fileMb} MB file), in Chromium's ` +
      `IndexedDB, beside raw puts of the same records (${b.rawPutsPerSecond}/s):`,
  );
  console.log(
    `    export ${s(b.export.ms)} = ${b.export.perSecond} records/s (ratio ${b.export.ratioToRawPuts} ` +
      `to raw puts); ${b.export.longTasks} long tasks, longest ${b.export.longestTaskMs} ms ` +
      `(the page never freezes: ${ok(b.export.longTasks === 0)})`,
  );
  console.log(
    `    import ${s(b.import.ms)} = ${b.import.perSecond} records/s (ratio ${b.import.ratioToRawPuts} ` +
      `to raw puts; bulk import budget >= 0.5: ${ok(b.import.ratioToRawPuts >= 0.5)}): read ${s(p.readFile.ms)}, parse + check ${s(p.parseAndCheck.ms)} ` +
      `(longest task ${p.parseAndCheck.longestTaskMs} ms: JSON.parse), preview ${s(p.preview.ms)}, ` +
      `write ${s(p.write.ms)} (longest task ${p.write.longestTaskMs} ms; with ` +
      `${b.import.topicRowsWritten.toLocaleString('en')} hot-topic rows for the last days' cases)`,
  );
  const w = b.importInWorker;
  console.log(
    `    the settings page imports in a worker: ${s(w.ms)} for ${w.records.toLocaleString('en')} ` +
      `records (${w.added.toLocaleString('en')} cases added); the page's long tasks meanwhile: ` +
      `${w.longTasks}, longest ${w.longestTaskMs} ms (the page never freezes: ${ok(w.longTasks === 0)})`,
  );
  console.log(`    round trip exact (second export byte-identical): ${b.roundTripExact}`);
}

// Run alone: prints the figures, writes nothing.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  backupFigures(console.log)
    .then((figures) => {
      console.log(JSON.stringify(figures, null, 2));
      printBackupFigures(figures);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

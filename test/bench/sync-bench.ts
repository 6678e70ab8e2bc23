/**
 * Sync figures for `npm run bench` (issue 8, item 6), on the embedded PostgreSQL (PGlite,
 * what `npm run server` starts) and on a real PostgreSQL when one is found:
 * - throughput: 10,000 changes pushed in batches and pulled back over loopback HTTP,
 *   beside the same rows written by one plain SQL insert in the same run (the baseline);
 * - load: 50 clients pushing at once; requests per second, p95 latency, and a count of
 *   what the server holds afterwards (nothing lost).
 */
import { formatHlc } from '../../lib/sync/hlc';
import { MAX_CHANGES_PER_PULL, type Change } from '../../lib/sync/protocol';
import { httpTransport } from '../../lib/sync/transport';
import { buildApp } from '../../server/src/app';
import { openDb, type Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { createMember, createTeam } from '../../server/src/teams/store';
import { startPostgres } from '../support/postgres';

const CHANGES = 10_000;
const BATCH = 500;
const CLIENTS = 50;
const PUSHES_PER_CLIENT = 10;
const CHANGES_PER_LOAD_PUSH = 20;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
};

function caseChanges(count: number, node: string, prefix: string): Change[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    table: 'cases',
    id: `${prefix}-${i}`,
    fields: { title: `Case ${i}`, status: 'open', updatedAt: now },
    clocks: Object.fromEntries(
      ['title', 'status', 'updatedAt'].map((field, f) => [
        field,
        formatHlc({ wall: now, counter: (i * 3 + f) % 99_999, node }),
      ]),
    ),
  }));
}

async function throughput(db: Db, serverUrl: string, token: string) {
  const transport = httpTransport({ serverUrl, token });
  const changes = caseChanges(CHANGES, 'bench', 'tp');
  const started = performance.now();
  for (let i = 0; i < changes.length; i += BATCH)
    await transport.push({ pushId: crypto.randomUUID(), changes: changes.slice(i, i + BATCH) });
  const pushedMs = performance.now() - started;
  let cursor = '0';
  let pulled = 0;
  for (;;) {
    const page = await transport.pull(cursor, MAX_CHANGES_PER_PULL);
    pulled += page.changes.length;
    cursor = page.cursor;
    if (!page.more) break;
  }
  const totalMs = performance.now() - started;

  // Baseline: the same rows, one plain insert into a table of the same shape.
  await db.query(
    'create temporary table bench_rows (id text primary key, fields jsonb, clocks jsonb)',
  );
  const rawStarted = performance.now();
  await db.query(
    'insert into bench_rows select * from unnest($1::text[], $2::jsonb[], $3::jsonb[])',
    [
      changes.map((c) => c.id),
      changes.map((c) => JSON.stringify(c.fields)),
      changes.map((c) => JSON.stringify(c.clocks)),
    ],
  );
  const rawMs = performance.now() - rawStarted;
  await db.query('drop table bench_rows');
  return {
    changes: CHANGES,
    pushedMs: round(pushedMs),
    pushedAndPulledMs: round(totalMs),
    pulled,
    budgetMs: 3000,
    baselineRawInsertMs: round(rawMs),
    ratioToRawInsert: round(totalMs / rawMs, 1),
  };
}

async function load(db: Db, serverUrl: string, teamId: string) {
  const tokens = await Promise.all(
    Array.from(
      { length: CLIENTS },
      async (_, i) =>
        (await createMember(db, teamId, { name: `Load ${i}`, role: 'agent' })).token.token,
    ),
  );
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, client) => {
      const transport = httpTransport({ serverUrl, token });
      for (let push = 0; push < PUSHES_PER_CLIENT; push++) {
        const changes = caseChanges(CHANGES_PER_LOAD_PUSH, `c${client}`, `load-${client}-${push}`);
        const t = performance.now();
        await transport.push({ pushId: crypto.randomUUID(), changes });
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await db.query<{ n: number }>(
    "select count(*)::int as n from sync_records where team_id = $1 and id like 'load-%'",
    [teamId],
  );
  const expected = CLIENTS * PUSHES_PER_CLIENT * CHANGES_PER_LOAD_PUSH;
  return {
    clients: CLIENTS,
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / seconds, 1),
    p95LatencyMs: round(p95(latencies)),
    changesExpected: expected,
    changesStored: Number(rows[0]?.n ?? 0),
    lost: expected - Number(rows[0]?.n ?? 0),
  };
}

async function figuresOn(db: Db) {
  await migrate(db);
  const app = buildApp({ db, logger: false });
  const serverUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const { team, token } = await createTeam(db, `Bench ${Date.now()}`, 'Bench Admin');
    return {
      throughput: await throughput(db, serverUrl, token.token),
      load: await load(db, serverUrl, team.id),
    };
  } finally {
    await app.close();
  }
}

export async function syncFigures(log: (line: string) => void = console.log) {
  log('sync: embedded PostgreSQL (PGlite)…');
  const embedded = await openDb({ dataDir: 'memory://' });
  const pglite = await figuresOn(embedded).finally(() => embedded.close());
  const server = await startPostgres();
  let postgres = null;
  if (server) {
    log('sync: PostgreSQL server…');
    const db = await openDb({ databaseUrl: server.url });
    postgres = await figuresOn(db).finally(async () => {
      await db.close();
      await server.stop();
    });
  } else log('sync: no PostgreSQL server found; figures for PGlite only');
  return { pglite, postgres };
}

// `node --import tsx test/bench/sync-bench.ts`: the sync figures alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await syncFigures(), null, 2));
}

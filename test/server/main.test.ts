// `npm run server` as an operator runs it: the CLI creates a team and prints its admin's
// token once; the server starts on an embedded database in a folder (or on DATABASE_URL),
// answers /health and that token, and on SIGTERM finishes and exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresDatabase } from './support/databases';
import { freePort } from '../support/free-port';

interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function npmRunServer(args: string[], env: Record<string, string>): Spawned {
  const child = spawn('npm', ['run', 'server', ...(args.length ? ['--', ...args] : [])], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

async function waitForHealth(base: string, server: Spawned): Promise<Response> {
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output()}`);
    try {
      return await fetch(`${base}/health`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`no answer on ${base}/health:\n${server.output()}`);
}

async function createTeam(env: Record<string, string>): Promise<{ token: string; text: string }> {
  const cli = npmRunServer(['create-team', 'Acme Support', 'Dana Admin'], env);
  expect(await cli.exited, cli.output()).toBe(0);
  const text = cli.output();
  const token = /^\s+(cbk_[A-Za-z0-9_-]{43})$/m.exec(text)?.[1];
  if (!token) throw new Error(`no token in:\n${text}`);
  return { token, text };
}

/** Starts the server, checks it, stops it with SIGTERM; returns what /health said. */
async function runAndStop(
  env: Record<string, string>,
  token: string,
  whileRunning: () => Promise<void> = async () => {},
) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = npmRunServer([], { ...env, PORT: String(port), HOST: '127.0.0.1' });
  try {
    const health = await waitForHealth(base, server);
    expect(health.status).toBe(200);
    const me = await fetch(`${base}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ team: { name: 'Acme Support' }, role: 'admin' });
    await whileRunning();

    server.child.kill('SIGTERM');
    expect(await server.exited, server.output()).toBe(0);
    // The server itself is gone too (npm's child, not only npm): the port is closed.
    await expect(fetch(`${base}/health`)).rejects.toThrow();
    const logs = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(logs.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining([`Server listening at ${base}`, 'stopped']),
    );
    return (await health.json()) as { ok: boolean; database: string };
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
}

describe('npm run server', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'casebook-server-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('create-team prints the admin token once; the server takes it, then exits 0 on SIGTERM', async () => {
    const env = { CASEBOOK_DATA_DIR: join(dataDir, 'data') };
    const { token, text } = await createTeam(env);
    expect(text).toMatch(/Team "Acme Support" created/);
    expect(text).toMatch(/shown only once/);
    const refusedBesideServer = async () => {
      const cli = npmRunServer(['create-team', 'Other', 'Someone'], env);
      expect(await cli.exited).toBe(1);
      expect(cli.output()).toMatch(/data folder .* is in use by process \d+/);
    };
    expect(await runAndStop(env, token, refusedBesideServer)).toEqual({
      ok: true,
      database: 'pglite',
    });
  }, 90_000);

  it('refuses an unknown command with the usage, exit code 2', async () => {
    const cli = npmRunServer(['make-coffee'], { CASEBOOK_DATA_DIR: join(dataDir, 'unused') });
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toMatch(/Unknown command make-coffee/);
    expect(cli.output()).toMatch(/create-team "<team name>" "<admin name>"/);
  });

  it.skipIf(!inject('postgresUrl'))(
    'with DATABASE_URL it uses that PostgreSQL server',
    async () => {
      const database = await createPostgresDatabase();
      try {
        const env = { DATABASE_URL: database.url };
        const { token } = await createTeam(env);
        expect(await runAndStop(env, token)).toEqual({ ok: true, database: 'postgres' });
      } finally {
        await database.drop();
      }
    },
    90_000,
  );
});

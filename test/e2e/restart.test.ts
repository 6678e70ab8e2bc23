/// <reference types="node" />
/**
 * Queued work survives a browser restart (issue 9): a follow-up falls due and changes wait
 * for an unreachable sync server while the browser is closed. Started again on the same
 * profile, the reminder shows at once, the badge counts it, and the waiting changes reach
 * the server, with nobody opening a page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page, Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { openDb, type Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { createMember, createTeam } from '../../server/src/teams/store';
import { launchWithExtension, openExtensionPage, type ExtensionBrowser } from '../support/browser';
import { startDemoServer, type DemoServer } from '../support/https-server';
import { captureOn, SCREENSHOTS, sendRequest, storedRecords } from './fixture';

type Chrome = { chrome: typeof Browser };

const POST_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const POST_TEXT = 'my order #4411 never arrived';
/** Long enough to close the browser before it falls due, on a loaded machine too. */
const DUE_IN_MS = 15_000;

const badgeOf = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}));
const notificationsOf = (worker: Worker) =>
  worker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as Chrome).chrome.notifications.getAll()),
  );
const syncStatus = (page: Page) =>
  sendRequest<{ state: string; pending: number }>(page, 'sync.status', {}).then((r) => r.data);

describe('queued work after a browser restart (production build, real Chromium)', () => {
  let demo: DemoServer;
  let db: Db;
  let server: FastifyInstance;
  let port = 0;
  let token: string;
  const profileDir = mkdtempSync(join(tmpdir(), 'casebook-restart-'));
  let browser: ExtensionBrowser | null = null;

  const launch = () =>
    launchWithExtension({ port: demo.port, grantOptionalHosts: true, profileDir });
  const startServer = async () => {
    server = buildApp({ db, logger: false });
    await server.listen({ host: '127.0.0.1', port });
  };

  beforeAll(async () => {
    demo = await startDemoServer();
    db = await openDb({ dataDir: 'memory://' });
    await migrate(db);
    server = buildApp({ db, logger: false });
    port = Number(new URL(await server.listen({ host: '127.0.0.1', port: 0 })).port);
    const { team } = await createTeam(db, 'Acme Support', 'Dana Admin');
    token = (await createMember(db, team.id, { name: 'Ana', role: 'agent' })).token.token;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    await demo?.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(`${profileDir}-extension`, { recursive: true, force: true });
  });

  it('shows the reminder that fell due and sends the waiting changes', async () => {
    browser = await launch();
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await options.getByLabel('Server address').fill(`http://127.0.0.1:${port}`);
    await options.getByLabel('Your token').fill(token);
    await options.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => options.locator('#sync').textContent(), { timeout: 30_000 })
      .toMatch(/Synced\./);

    // The server goes away; the agent captures a post and promises a follow-up on it.
    await server.close();
    const page = await browser.context.newPage();
    await page.goto(POST_URL);
    await captureOn(page, POST_TEXT);
    const [record] = (await storedRecords(options, 'cases')).filter((c) => !c.deleted);
    expect(record).toBeDefined();
    const now = await options.evaluate(() => Date.now());
    const made = await sendRequest<{ created: { id: string }[] }>(options, 'followups.create', {
      caseId: record!.id,
      customerKey: 'x:jordan_lee',
      text: "We'll get back to you about the courier shortly.",
      source: 'manual',
      confirmed: true,
      promises: [{ phrase: "We'll get back to you", dueAt: now + DUE_IN_MS }],
    });
    expect(made.ok).toBe(true);
    const followUpId = made.data!.created[0]!.id;
    // A round fails against the closed server: the changes wait.
    await sendRequest(options, 'sync.now', {});
    const before = await syncStatus(options);
    expect(before?.pending).toBeGreaterThan(0);
    expect(await notificationsOf(browser.serviceWorker)).not.toContain(`followup:${followUpId}`);

    // The browser closes before the follow-up falls due, and stays closed past it.
    const closedAt = Date.now();
    expect(closedAt, 'the follow-up fell due before the browser closed').toBeLessThan(
      now + DUE_IN_MS - 1_000,
    );
    await browser.context.close();
    browser = null;
    await new Promise((done) =>
      setTimeout(done, Math.max(0, DUE_IN_MS + 1_000 - (Date.now() - closedAt))),
    );
    await startServer();

    // Started again on the same profile: nobody opens a page of the extension.
    browser = await launch();
    const worker = browser.serviceWorker;
    await expect
      .poll(() => notificationsOf(worker), { timeout: 30_000 })
      .toContain(`followup:${followUpId}`);
    await expect.poll(() => badgeOf(worker), { timeout: 15_000 }).toBe('1');
    await expect
      .poll(
        async () => {
          const { rows } = await db.query<{ n: number }>(
            "select count(*)::int as n from sync_records where tbl in ('cases', 'followUps')",
          );
          return rows[0]?.n;
        },
        { timeout: 60_000 },
      )
      .toBe(2);

    // The dashboard, opened afterwards, says it: synced, and the follow-up overdue.
    const dashboard = await openExtensionPage(
      browser.context,
      browser.extensionId,
      'dashboard.html',
    );
    // (Showing the reminder is itself an edit, which the next round sends.)
    await expect
      .poll(async () => (await syncStatus(dashboard))?.state, { timeout: 30_000 })
      .toMatch(/^(synced|pending)$/);
    await dashboard.getByRole('link', { name: 'Follow-ups', exact: true }).click();
    await expect
      .poll(() => dashboard.locator('body').innerText(), { timeout: 15_000 })
      .toMatch(/overdue/i);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/restart-followups.png` });
  }, 240_000);
});

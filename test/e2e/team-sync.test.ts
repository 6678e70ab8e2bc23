/// <reference types="node" />
import type { Browser } from 'wxt/browser';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { openDb, type Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { createMember, createTeam } from '../../server/src/teams/store';
import { openExtensionPage } from '../support/browser';
import {
  captureOn,
  SCREENSHOTS,
  sendRequest,
  sidebarOf,
  storedRecords,
  useExtension,
} from './fixture';

type Chrome = { chrome: typeof Browser };

/**
 * Team sync end to end (issue 8): the sync server on loopback, and two Chromium profiles
 * with the production build, an agent's and a lead's. Each connects on its options page;
 * the agent captures a post and promises a follow-up; the lead's dashboard shows it.
 * (Both profiles have the optional hosts granted, as a browser does once the agent allows
 * the server: the permission prompt is the browser's own window, out of a page's reach.)
 */

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const PROMISE = "We'll call you back about the courier";

/** Connects on the options page as a person would: address, token, Connect. */
async function connect(options: Page, serverUrl: string, token: string) {
  await options.getByLabel('Server address').fill(serverUrl);
  await options.getByLabel('Your token').fill(token);
  await options.getByRole('button', { name: 'Connect' }).click();
  await expect
    .poll(() => options.locator('#sync').textContent(), { timeout: 30_000 })
    .toMatch(/Synced\.|Changes waiting/);
}

describe('team sync between two browsers (real Chromium)', () => {
  const agent = useExtension({ grantOptionalHosts: true });
  const lead = useExtension({ grantOptionalHosts: true });
  let db: Db;
  let app: FastifyInstance;
  let serverUrl: string;
  let tokens: { agent: string; lead: string };

  beforeAll(async () => {
    db = await openDb({ dataDir: 'memory://' });
    await migrate(db);
    app = buildApp({ db, logger: false });
    serverUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const { team } = await createTeam(db, 'Acme Support', 'Dana Admin');
    const ana = await createMember(db, team.id, { name: 'Ana', role: 'agent' });
    const lea = await createMember(db, team.id, { name: 'Lea', role: 'lead' });
    tokens = { agent: ana.token.token, lead: lea.token.token };
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it("an agent's follow-up appears in the lead's dashboard", async () => {
    const options = (ext: typeof agent) =>
      openExtensionPage(ext.browser.context, ext.browser.extensionId, 'options.html');

    // Before connecting: sync is off and says so.
    const agentOptions = await options(agent);
    await expect.poll(() => agentOptions.locator('#sync').textContent()).toContain('Off');
    await connect(agentOptions, serverUrl, tokens.agent);
    expect(await agentOptions.locator('#sync').textContent()).toContain('Syncing as Ana (agent)');
    await agentOptions.screenshot({ path: `${SCREENSHOTS}/team-sync-options.png`, fullPage: true });

    // The agent captures a post and promises a follow-up on its case.
    const page = await agent.open(ORDER_URL);
    await captureOn(page, ORDER_POST);
    // The sidebar's header shows the team sync state beside the open count.
    const sidebar = await sidebarOf(page);
    await expect
      .poll(() => sidebar.getByTestId('sync-badge').textContent())
      .toMatch(/Synced|to send/);
    await page.screenshot({ path: `${SCREENSHOTS}/team-sync-agent-sidebar.png` });
    await page.close();
    // The capture asked for a round soon, not at the next minute.
    const alarms = () =>
      agent.browser.serviceWorker.evaluate(async () =>
        (await (globalThis as unknown as Chrome).chrome.alarms.getAll()).map((a) => a.name),
      );
    await expect.poll(alarms).toContain('casebook-sync-soon');
    const agentDashboard = await agent.dashboard();
    const [stored] = await storedRecords(agentDashboard, 'cases');
    const now = await agentDashboard.evaluate(() => Date.now());
    const made = await sendRequest(agentDashboard, 'followups.create', {
      caseId: String(stored!.id),
      customerKey: null,
      text: PROMISE,
      source: 'manual',
      where: ORDER_URL,
      confirmed: true,
      promises: [{ phrase: PROMISE, dueAt: now + 3_600_000 }],
    });
    expect(made.ok).toBe(true);
    await agentOptions.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => agentOptions.locator('#sync').textContent()).toContain('Synced.');

    // The lead connects; the follow-up and its case are in the lead's dashboard.
    const leadOptions = await options(lead);
    await connect(leadOptions, serverUrl, tokens.lead);
    const leadDashboard = await lead.dashboard();
    const followUps = await storedRecords(leadDashboard, 'followUps');
    expect(followUps.map((f) => f.text)).toEqual([PROMISE]);
    // Under the agent's own name, not "me" (which on the lead's side would read as the lead).
    expect(followUps.map((f) => f.owner)).toEqual(['Ana']);
    await leadDashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Follow-ups' })
      .click();
    await expect
      .poll(() => leadDashboard.locator('body').textContent(), { timeout: 30_000 })
      .toContain(PROMISE);
    const cases = await storedRecords(leadDashboard, 'cases');
    expect(cases.map((c) => c.ref)).toEqual([stored!.ref]);
    // The header says sync is on and current, and leads to its settings.
    const badge = leadDashboard.getByTestId('sync-badge');
    await expect.poll(() => badge.textContent()).toBe('Synced');
    expect(await badge.getAttribute('aria-label')).toBe('Team sync: Synced');
    await leadDashboard.screenshot({
      path: `${SCREENSHOTS}/team-sync-lead-followups.png`,
      fullPage: true,
    });

    // The lead's analytics are the team's: the agent's capture, under her name.
    await leadDashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Analytics' })
      .click();
    await expect
      .poll(() => leadDashboard.getByTestId('analytics-scope').textContent(), { timeout: 30_000 })
      .toContain("every agent's cases");
    await leadDashboard.getByTestId('analytics-timings').waitFor({ timeout: 60_000 });
    const perAgent = leadDashboard.getByRole('region', { name: 'Per agent: cases' });
    await perAgent.scrollIntoViewIfNeeded();
    await perAgent.getByRole('button', { name: 'Show numbers' }).click();
    const agentRows = await perAgent.getByRole('row').allTextContents();
    expect(agentRows.some((row) => row.startsWith('Ana'))).toBe(true);
    await leadDashboard.screenshot({ path: `${SCREENSHOTS}/team-sync-lead-analytics.png` });

    // The server holds it once, in the agent's team.
    const { rows } = await db.query<{ n: number }>(
      "select count(*)::int as n from sync_records where tbl = 'followUps'",
    );
    expect(rows[0]?.n).toBe(1);

    // Both change the case's status; the lead's later edit wins, and the agent sees hers
    // was replaced, on the case, with the choice to put hers back.
    const caseId = String(stored!.id);
    // A round from the page's own request: it answers when the round is done.
    const syncNow = async (page: Page) => {
      const round = await sendRequest(page, 'sync.now', {});
      expect(round).toMatchObject({ ok: true, data: { state: 'synced' } });
    };
    expect(
      (await sendRequest(agentDashboard, 'case.setStatus', { caseId, status: 'waiting' })).ok,
    ).toBe(true);
    await syncNow(agentOptions);
    expect(
      (await sendRequest(leadDashboard, 'case.setStatus', { caseId, status: 'open' })).ok,
    ).toBe(true);
    await syncNow(leadOptions);
    await syncNow(agentOptions);
    await agentDashboard.goto(agentDashboard.url().replace(/#.*$/, '') + `#case=${caseId}`);
    const notice = agentDashboard.getByRole('region', {
      name: 'Changed by your team after your edit',
    });
    await expect
      .poll(() => notice.textContent(), { timeout: 30_000 })
      .toContain('Status: you set “waiting”; a later edit by your team set “open”');
    await agentDashboard.screenshot({
      path: `${SCREENSHOTS}/team-sync-conflict.png`,
      fullPage: true,
    });
    await notice.getByRole('button', { name: 'Use mine for Status: waiting' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await syncNow(agentOptions);
    await syncNow(leadOptions);
    const [leadCase] = await storedRecords(leadDashboard, 'cases');
    expect(leadCase?.status).toBe('waiting');
  }, 240_000);
});

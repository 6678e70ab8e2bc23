/// <reference types="node" />
import type { Browser } from 'wxt/browser';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { openDb, type Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { createMember, createTeam } from '../../server/src/teams/store';
import { DEFAULT_PRIORITY_SETTINGS } from '@/lib/cases/priority';
import { openExtensionPage } from '../support/browser';
import { captureOn, SCREENSHOTS, sendRequest, storedRecords, useExtension } from './fixture';

type Chrome = { chrome: typeof Browser };

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';

async function connect(options: Page, serverUrl: string, token: string) {
  await options.getByLabel('Server address').fill(serverUrl);
  await options.getByLabel('Your token').fill(token);
  await options.getByRole('button', { name: 'Connect' }).click();
  await expect
    .poll(() => options.locator('#sync').textContent(), { timeout: 30_000 })
    .toMatch(/Synced\.|Changes waiting/);
}

/** A round from the page's own request: it answers when the round is done. */
async function syncNow(page: Page) {
  const round = await sendRequest(page, 'sync.now', {});
  expect(round).toMatchObject({ ok: true, data: { state: 'synced' } });
}

// Issue 12, point 3, with team sync: the agent's P1 capture shows in the lead's open
// Activity view once pulled (live, no reload), and the lead is alerted of it.
describe("the team's activity stream and the P1 alert (real Chromium, sync server)", () => {
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

  it("the agent's P1 capture reaches the lead's stream live, with a notification", async () => {
    const options = (ext: typeof agent) =>
      openExtensionPage(ext.browser.context, ext.browser.extensionId, 'options.html');
    const leadOptions = await options(lead);
    await connect(leadOptions, serverUrl, tokens.lead);
    const leadDashboard = await lead.dashboard();
    await leadDashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Activity' })
      .click();
    await leadDashboard.getByText(/No activity yet/).waitFor();

    // The agent's desk rates a negative post P1 (its own priority settings).
    const agentOptions = await options(agent);
    const priority = { ...DEFAULT_PRIORITY_SETTINGS, thresholds: { P1: 2, P2: 1, P3: 0.5 } };
    expect(
      (
        await sendRequest(agentOptions, 'settings.save', {
          settings: { key: 'main', agents: ['me'], priority },
        })
      ).ok,
    ).toBe(true);
    await connect(agentOptions, serverUrl, tokens.agent);
    const page = await agent.open(ORDER_URL);
    await captureOn(page, ORDER_POST);
    const [stored] = await storedRecords(agentOptions, 'cases');
    expect(stored?.priority).toBe('P1');
    await syncNow(agentOptions);

    // The lead's next round: the stream, open all along, shows it under Ana's name.
    await syncNow(leadOptions);
    const list = leadDashboard.getByRole('list', { name: 'Activity' });
    await expect
      .poll(() => list.textContent(), { timeout: 30_000 })
      .toContain(`Captured ${String(stored!.ref)} from @jordan_lee (P1)`);
    expect(await list.textContent()).toContain('Ana');
    const notifications = await lead.browser.serviceWorker.evaluate(async () =>
      Object.keys(await (globalThis as unknown as Chrome).chrome.notifications.getAll()),
    );
    expect(notifications).toContain(`captured:${String(stored!.id)}`);
    await leadDashboard.setViewportSize({ width: 1200, height: 700 });
    await leadDashboard.screenshot({ path: `${SCREENSHOTS}/e2e-activity-team.png` });

    // Ana's own browser: no alert for her own capture.
    const own = await agent.browser.serviceWorker.evaluate(async () =>
      Object.keys(await (globalThis as unknown as Chrome).chrome.notifications.getAll()),
    );
    expect(own.filter((id) => id.startsWith('captured:'))).toEqual([]);
  }, 240_000);
});

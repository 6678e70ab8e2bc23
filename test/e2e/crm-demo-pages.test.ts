// The CRM adapters in real Chromium, on the demo CRM pages served under their real host
// names (https://acme.lightning.force.com/..., https://app.hubspot.com/..., ...). What the
// DOM tests cannot show: Chromium attaching the declarative shadow roots, checkVisibility()
// with real layout, the live value of form inputs, and the console switching tabs with a
// click (demo/console.js). The adapters are bundled as the content script will bundle them
// (no extension needed: the content-script wiring is not built yet).
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Crm from '../../lib/crm';
import type { CrmRecord } from '../../lib/crm/types';
import { chromiumPath } from '../support/chromium-path.mjs';
import { startDemoServer, type DemoServer } from '../support/https-server';
import { SCREENSHOTS } from './fixture';

let server: DemoServer;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: process.env.HEADED !== '1',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      `--host-resolver-rules=MAP *:443 127.0.0.1:${server.port}`,
    ],
  });
  const built = await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'lib', 'crm', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'CasebookCrm',
    write: false,
    charset: 'ascii',
  });
  bundle = built.outputFiles[0]!.text;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
  return page;
}

/** The record the page's adapter reads now, at the page's current URL. */
const readRecord = (page: Page) =>
  page.evaluate(() => {
    const crm = (window as unknown as { CasebookCrm: typeof Crm }).CasebookCrm;
    const url = new URL(location.href);
    return crm.crmAdapterFor(url)?.readRecord(document, url) ?? null;
  });

const DANA = {
  name: 'Dana Reyes',
  email: 'dana.reyes@example.com',
  phone: '+1 415 555 0134',
  company: 'Northwind Outfitters',
};

const PAGES: [string, string, Partial<CrmRecord>][] = [
  [
    'salesforce-contact',
    'https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
    { system: 'salesforce', recordId: '0035g00000AbCdEAAV', ...DANA },
  ],
  [
    'hubspot-contact',
    'https://app.hubspot.com/contacts/4455667/record/0-1/51234567801',
    { system: 'hubspot', recordId: '51234567801', ...DANA, phone: '+1 415-555-0134' },
  ],
  [
    'zendesk-ticket',
    'https://acme.zendesk.com/agent/tickets/4821',
    { system: 'zendesk', recordId: '4821', ...DANA },
  ],
  [
    'dynamics-contact',
    'https://acme.crm.dynamics.com/main.aspx?appid=5a1f8e0c-2b3d-4e5f-8a9b-0c1d2e3f4a5b&pagetype=entityrecord&etn=contact&id=3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    { system: 'dynamics', recordId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', ...DANA },
  ],
  [
    'freshdesk-ticket',
    'https://acme.freshdesk.com/a/tickets/1187',
    { system: 'freshdesk', recordId: '1187', ...DANA },
  ],
  [
    'zoho-contact',
    'https://crm.zoho.eu/crm/org20071234/tab/Contacts/5540000000123456',
    { system: 'zoho', recordId: '5540000000123456', ...DANA },
  ],
];

describe('CRM adapters in Chromium on the demo CRM pages', () => {
  it.each(PAGES)('%s: %s', async (name, url, expected) => {
    const page = await open(url);
    expect(await readRecord(page)).toMatchObject({ url, ...expected });
    await page.screenshot({ path: `${SCREENSHOTS}/crm-${name}.png` });
    await page.context().close();
  });

  it('a Salesforce console: only the active tab, and the other after a click on its tab', async () => {
    const page = await open(
      'https://acme.lightning.force.com/lightning/r/Contact/0035g00000KpQrSAAV/view',
    );
    expect(await readRecord(page)).toMatchObject({
      recordId: '0035g00000KpQrSAAV',
      name: 'Marcus Holt',
      email: 'marcus.holt@example.org',
    });
    await page.getByRole('tab', { name: 'Dana Reyes' }).click();
    await page.waitForURL(/0035g00000AbCdEAAV/);
    expect(await readRecord(page)).toMatchObject({
      recordId: '0035g00000AbCdEAAV',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      company: 'Northwind Outfitters',
    });
    await page.screenshot({ path: `${SCREENSHOTS}/crm-salesforce-console.png` });
    await page.context().close();
  });
});

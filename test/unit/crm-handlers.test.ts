import { describe, expect, it } from 'vitest';
import { crmAdapterFor } from '@/lib/crm';
import type { Sender, RouterOptions } from '@/lib/messages/router';
import { capturePost } from '@/lib/cases/capture';
import { buildSidebarView } from '@/lib/cases/sidebar-view';
import { FocusStore } from '@/lib/background/focus-store';
import type { CrmPageFocus } from '@/lib/messages/protocol';
import { quietHub, testRoute } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  isSupportedPage: (url) => crmAdapterFor(url) !== null,
};
const CRM_URL = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000PrYaRAAV/view';
const crmPage: Sender = { id: EXT_ID, url: CRM_URL, tab: { id: 9 }, frameId: 0 };
const sidebar: Sender = { id: EXT_ID, url: `${ORIGIN}sidebar.html`, tab: { id: 9 }, frameId: 4 };
const RECORD = {
  system: 'salesforce',
  objectType: 'Contact',
  recordId: '0035g00000PrYaRAAV',
  url: CRM_URL,
  name: 'Priya Raman',
  email: 'Priya.Raman@example.com',
  phone: '+1 415 555 0177',
  company: 'Lakeside Travel',
  owner: null,
};

async function setUp() {
  const db = freshDatabase();
  const crmFocus = new FocusStore<CrmPageFocus>('crm:');
  const route = testRoute(db, options, { hub: quietHub(), crmFocus });
  await capturePost(db, parsedPost({ postId: '1' }), actor());
  return { db, route, crmFocus };
}

describe('CRM pages: the record on screen and linking it', () => {
  it('keeps the record a CRM page reports, and links it to a customer from the sidebar', async () => {
    const { db, route, crmFocus } = await setUp();
    const told = await route({ type: 'crm.focus', payload: { record: RECORD } }, crmPage);
    expect(told).toEqual({ ok: true, data: null });
    const focus = await crmFocus.get(9);
    expect(focus?.record?.email).toBe('priya.raman@example.com');

    const [customer] = await db.customers.toArray();
    const linked = await route(
      { type: 'crm.link', payload: { customerId: customer!.id } },
      sidebar,
    );
    expect(linked.ok).toBe(true);
    const saved = await db.customers.get(customer!.id);
    expect(saved!.crmLinks).toEqual([
      { system: 'salesforce', recordId: RECORD.recordId, objectType: 'Contact', url: CRM_URL },
    ]);
    expect(saved!.emails).toContain('priya.raman@example.com');
    // The sidebar's view of that tab now knows the customer by the CRM record.
    const view = await buildSidebarView(db, null, Date.now(), focus);
    expect(view.customer?.customer?.id).toBe(customer!.id);
    expect(view.customer?.openCases).toHaveLength(1);
  });

  it('makes a new customer of an unknown record', async () => {
    const { db, route } = await setUp();
    await route({ type: 'crm.focus', payload: { record: RECORD } }, crmPage);
    const made = await route({ type: 'crm.link', payload: { customerId: null } }, sidebar);
    expect(made.ok && made.data).toMatchObject({ name: 'Priya Raman', company: 'Lakeside Travel' });
    expect(await db.customers.count()).toBe(2);
  });

  it('refuses what a page must not do, and keeps a record with a bad email', async () => {
    const { db, route, crmFocus } = await setUp();
    // A content script may not link records: only Casebook's own pages change customers.
    const forged = await route({ type: 'crm.link', payload: { customerId: null } }, crmPage);
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Nothing on screen in this tab: nothing to link.
    const nothing = await route({ type: 'crm.link', payload: { customerId: null } }, sidebar);
    expect(nothing).toMatchObject({ ok: false });
    // A hostile or broken page: a script URL is refused, a bad email is dropped.
    const script = await route(
      { type: 'crm.focus', payload: { record: { ...RECORD, url: 'javascript:alert(1)' } } },
      crmPage,
    );
    expect(script).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    await route(
      { type: 'crm.focus', payload: { record: { ...RECORD, email: 'not an email' } } },
      crmPage,
    );
    expect((await crmFocus.get(9))?.record?.email).toBeNull();
    expect(await db.customers.count()).toBe(1);
  });
});

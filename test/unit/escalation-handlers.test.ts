/**
 * Escalating a case to a CRM (issue 12) through the background's real router: who may
 * ask, what is refused and why, the form's fields only for the tab opened for it, and the
 * saved record linked to the case once.
 */
import { describe, expect, it } from 'vitest';
import { crmAdapterFor } from '@/lib/crm';
import { classifyError } from '@/lib/background';
import type { Sender, RouterOptions } from '@/lib/messages/router';
import { capturePost } from '@/lib/cases/capture';
import { createCustomer } from '@/lib/customers/customer-store';
import { casesOfCrmRecord } from '@/lib/cases/escalation';
import { Escalations, memoryArea } from '@/lib/background/escalations';
import { escalationView } from '@/lib/background/escalation-handlers';
import type { SidebarView } from '@/lib/cases/sidebar-view';
import type { CrmSystem } from '@/lib/db/constants';
import type { ResponseData } from '@/lib/messages/protocol';
import { quietHub, testRoute } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

// The id testReplyDeps' sidebarTabOf knows as ours.
const EXT_ID = 'test';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  isSupportedPage: (url) => crmAdapterFor(url) !== null || url.hostname === 'x.com',
  classify: classifyError,
};
const TICKET = 'https://acme.zendesk.com/agent/tickets/4821';
const NEW_TICKET = 'https://acme.zendesk.com/agent/tickets/new/1';
const SAVED = 'https://acme.zendesk.com/agent/tickets/4822';
const dashboard: Sender = { id: EXT_ID, url: `${ORIGIN}dashboard.html` };
const page = (url: string, tab: number): Sender => ({
  id: EXT_ID,
  url,
  tab: { id: tab },
  frameId: 0,
});
const record = (recordId: string, url: string, system = 'zendesk') => ({
  system,
  objectType: 'ticket',
  recordId,
  url,
  name: 'Dana R',
  email: null,
  phone: null,
  company: null,
  owner: null,
});

async function setUp(on: CrmSystem[] = ['zendesk']) {
  const db = freshDatabase();
  const opened: string[] = [];
  // What the CRM page's content script was told the moment its tab loaded the address,
  // before anything else happened (a fast page asks at once).
  const firstAnswers: Promise<unknown>[] = [];
  let tabs = 20;
  const escalations = new Escalations(memoryArea(), memoryArea(), () => Date.now());
  const route = testRoute(db, options, {
    hub: quietHub(),
    escalation: {
      escalations,
      crmOn: async (system) => on.includes(system),
      // A fast CRM page: its content script says what it shows and asks what to fill
      // before the browser has even told the background the new tab's id.
      openTab: async (url) => {
        const tabId = ++tabs;
        opened.push(url);
        const at = page(url, tabId);
        firstAnswers.push(
          route({ type: 'crm.focus', payload: { record: null } }, at).then(() =>
            route({ type: 'crm.escalation', payload: {} }, at),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
        return tabId;
      },
    },
  });
  const { caseId } = await capturePost(db, parsedPost({ postId: '1' }), actor());
  // The agent has used Zendesk (its address is kept from the page's report), then escalates.
  const escalateFromZendesk = async () => {
    await route(
      { type: 'crm.focus', payload: { record: record('4821', TICKET) } },
      page(TICKET, 3),
    );
    return route(escalate(caseId), dashboard);
  };
  return { db, route, opened, caseId, escalations, firstAnswers, escalateFromZendesk };
}

/** The sidebar page framed in this tab. */
const sidebarIn = (tab: number): Sender => ({
  id: EXT_ID,
  url: `${ORIGIN}sidebar.html`,
  tab: { id: tab },
  frameId: 3,
});

const escalate = (caseId: string, system = 'zendesk') => ({
  type: 'case.escalate',
  payload: { caseId, system },
});

describe('escalating a case to a CRM', () => {
  it('is refused to content scripts, and to bad payloads', async () => {
    const { route, caseId, opened } = await setUp();
    const forged = await route(escalate(caseId), page(TICKET, 3));
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const bad = await route(escalate(caseId, 'sugarcrm'), dashboard);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(opened).toEqual([]);
  });

  it('says how to turn a CRM on, and to open it once so its address is known', async () => {
    const { route, caseId } = await setUp(['zendesk']);
    const off = await route(escalate(caseId, 'salesforce'), dashboard);
    expect(off).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: "Salesforce is off. Turn it on in Casebook's options (CRMs) to escalate to it.",
      },
    });
    const unknown = await route(escalate(caseId), dashboard);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(unknown.ok || unknown.error.message).toMatch(
      /open any Zendesk page once, or paste its address under Settings → CRM pages/,
    );
    const missing = await route(escalate('nope'), dashboard);
    expect(missing).toMatchObject({ ok: false });
  });

  it('opens the form, fills only its own tab, links the saved ticket once', async () => {
    const { db, route, caseId, opened, firstAnswers, escalateFromZendesk } = await setUp();
    // The agent has used Zendesk: its address is kept from the page's report.
    const answer = await escalateFromZendesk();
    expect(answer).toEqual({ ok: true, data: { tabId: 21, url: NEW_TICKET } });
    expect(opened).toEqual([NEW_TICKET]);
    // The page, however fast, found its escalation stored when it loaded (no race).
    expect(await Promise.all(firstAnswers)).toEqual([
      { ok: true, data: expect.objectContaining({ fields: expect.any(Array) }) },
    ]);

    // Only the opened tab, at the CRM's host, is told what to fill.
    const other = await route({ type: 'crm.escalation', payload: {} }, page(NEW_TICKET, 3));
    expect(other).toEqual({ ok: true, data: null });
    const elsewhere = await route(
      { type: 'crm.escalation', payload: {} },
      page('https://evil.zendesk.com/agent/tickets/new/1', 21),
    );
    expect(elsewhere).toEqual({ ok: true, data: null });
    const order = await route({ type: 'crm.escalation', payload: {} }, page(NEW_TICKET, 21));
    if (!order.ok || !order.data) throw new Error('no order');
    const data = order.data as ResponseData['crm.escalation'] & object;
    const c = await db.cases.get(caseId);
    expect(data.ref).toBe(c!.ref);
    const subject = data.fields.find((step) => step.field === 'subject');
    expect(subject?.value).toMatch(new RegExp(`^Social case ${c!.ref}: `));
    const description = data.fields.find((step) => step.field === 'description');
    expect(description?.value).toContain(c!.permalink!);
    expect(description?.value).toContain(c!.text);

    // A record seen before the form was filled is not the saved one.
    await route(
      { type: 'crm.focus', payload: { record: record('4790', TICKET) } },
      page(TICKET, 21),
    );
    expect((await db.cases.get(caseId))!.crmLinks ?? []).toEqual([]);
    // Back on the new ticket form (no record yet).
    await route({ type: 'crm.focus', payload: { record: null } }, page(NEW_TICKET, 21));

    const filled = await route(
      {
        type: 'crm.escalationFilled',
        payload: { filled: ['Subject'], kept: [], missing: ['Requester'] },
      },
      page(NEW_TICKET, 21),
    );
    expect(filled.ok).toBe(true);
    // Asked again (a reload), the form is not filled twice.
    expect(await route({ type: 'crm.escalation', payload: {} }, page(NEW_TICKET, 21))).toEqual({
      ok: true,
      data: null,
    });

    // The agent saved: the CRM shows ticket 4822 in that tab.
    for (let i = 0; i < 2; i++) {
      await route(
        { type: 'crm.focus', payload: { record: record('4822', SAVED) } },
        page(SAVED, 21),
      );
    }
    const linked = await db.cases.get(caseId);
    expect(linked!.crmLinks).toEqual([
      { system: 'zendesk', recordId: '4822', objectType: 'ticket', url: SAVED },
    ]);
    expect(linked!.history.filter((event) => event.type === 'crm')).toEqual([
      expect.objectContaining({ to: 'Zendesk ticket #4822' }),
    ]);
    expect(await db.events.where('type').equals('case.crmLinked').count()).toBe(1);
    expect(await db.events.where('type').equals('case.escalated').count()).toBe(1);
    expect((await casesOfCrmRecord(db, 'zendesk', '4822')).map((x) => x.id)).toEqual([caseId]);
  });

  it('finds the CRM address from a customer linked to one of its records', async () => {
    const { db, route, caseId, opened } = await setUp(['salesforce']);
    await createCustomer(
      db,
      {
        name: 'Priya Raman',
        crmLinks: [
          {
            system: 'salesforce',
            recordId: '0035g00000PrYaRAAV',
            objectType: 'Contact',
            url: 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000PrYaRAAV/view',
          },
        ],
      },
      actor(),
    );
    const answer = await route(escalate(caseId, 'salesforce'), dashboard);
    expect(answer.ok).toBe(true);
    expect(opened).toEqual(['https://acme.lightning.force.com/lightning/o/Case/new']);
  });

  it('opens the form at an address the agent pasted in the settings, once checked', async () => {
    const { route, caseId, opened } = await setUp(['zendesk', 'hubspot']);
    const set = (system: string, link: string, from: Sender = dashboard) =>
      route({ type: 'crm.setAddress', payload: { system, link } }, from);
    expect(await route({ type: 'crm.addresses', payload: {} }, dashboard)).toEqual({
      ok: true,
      data: {},
    });
    // Refused: from a page, another CRM's page, a HubSpot page that names no account.
    expect(await set('zendesk', TICKET, page(TICKET, 3))).toMatchObject({
      error: { code: 'forbidden' },
    });
    const other = await set('zendesk', 'https://app.hubspot.com/contacts/1234567/tickets');
    expect(other).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(other.ok || other.error.message).toMatch(/^That is not a page of Zendesk: paste/);
    const noPortal = await set('hubspot', 'https://app.hubspot.com/settings');
    expect(noPortal.ok || noPortal.error.message).toMatch(/does not show which account it is/);
    expect(await set('zendesk', 'javascript:alert(1)')).toMatchObject({ ok: false });
    expect(await set('zendesk', 'x'.repeat(3000))).toMatchObject({
      error: { code: 'invalid-payload' },
    });
    expect(await route(escalate(caseId), dashboard)).toMatchObject({ ok: false });

    // Kept as a visited page would be: host and path, no query.
    const kept = await set('zendesk', '  acme.zendesk.com/agent/dashboard?ref=mail ');
    expect(kept).toEqual({
      ok: true,
      data: { address: 'https://acme.zendesk.com/agent/dashboard' },
    });
    expect(await route({ type: 'crm.addresses', payload: {} }, dashboard)).toEqual({
      ok: true,
      data: { zendesk: 'https://acme.zendesk.com/agent/dashboard' },
    });
    expect(await route(escalate(caseId), dashboard)).toMatchObject({ ok: true });
    expect(opened).toEqual([NEW_TICKET]);
  });

  it('a case deleted before the record was saved: the page is answered, nothing linked', async () => {
    const { db, route, caseId, escalations } = await setUp();
    await escalations.set(21, {
      caseId,
      ref: 'C-000001',
      system: 'zendesk',
      recordType: 'ticket',
      url: NEW_TICKET,
      fields: [],
      openedAt: Date.now(),
      report: 'Filled nothing.',
      onForm: true,
    });
    await db.cases.update(caseId, { deleted: true });
    const told = await route(
      { type: 'crm.focus', payload: { record: record('4822', SAVED) } },
      page(SAVED, 21),
    );
    expect(told).toEqual({ ok: true, data: null });
    expect(await escalations.get(21)).toBeNull();
  });

  it('lets only the sidebar framed in the CRM tab stop waiting', async () => {
    const { route } = await setUp();
    const fromPage = await route(
      { type: 'crm.escalationCancel', payload: {} },
      page(NEW_TICKET, 21),
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const fromDashboard = await route({ type: 'crm.escalationCancel', payload: {} }, dashboard);
    expect(fromDashboard.ok).toBe(false);
    expect(await route({ type: 'crm.escalationCancel', payload: {} }, sidebarIn(21))).toEqual({
      ok: true,
      data: null,
    });
  });

  it('refuses a forged fill report shape', async () => {
    const { route } = await setUp();
    const bad = await route(
      {
        type: 'crm.escalationFilled',
        payload: { filled: ['x'.repeat(500)], kept: [], missing: [] },
      },
      page(NEW_TICKET, 21),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('links another ticket opened in the tab only when the agent says so, and the one it shows', async () => {
    const { db, route, caseId, escalations, escalateFromZendesk } = await setUp();
    await escalateFromZendesk();
    await route({ type: 'crm.focus', payload: { record: null } }, page(NEW_TICKET, 21));
    await route(
      { type: 'crm.escalationFilled', payload: { filled: ['Subject'], kept: [], missing: [] } },
      page(NEW_TICKET, 21),
    );
    // The agent left the form for a view, then opened an existing ticket there.
    const VIEW = 'https://acme.zendesk.com/agent/filters/360001';
    await route({ type: 'crm.focus', payload: { record: null } }, page(VIEW, 21));
    await route(
      { type: 'crm.focus', payload: { record: record('4790', TICKET) } },
      page(TICKET, 21),
    );
    expect((await db.cases.get(caseId))!.crmLinks ?? []).toEqual([]);
    expect(await escalations.get(21)).not.toBeNull();

    // Only the sidebar framed in that tab may link, and only what that tab shows.
    const fromPage = await route({ type: 'crm.escalationLink', payload: {} }, page(TICKET, 21));
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const otherTab = await route({ type: 'crm.escalationLink', payload: {} }, sidebarIn(3));
    expect(otherTab).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const linked = await route(
      { type: 'crm.escalationLink', payload: { recordId: '9999', url: 'https://evil.example/' } },
      sidebarIn(21),
    );
    expect(linked).toEqual({ ok: true, data: null });
    expect((await db.cases.get(caseId))!.crmLinks).toEqual([
      { system: 'zendesk', recordId: '4790', objectType: 'ticket', url: TICKET },
    ]);
    expect(await escalations.get(21)).toBeNull();
  });

  it('HubSpot: the first ticket opened from its list is not linked without the agent', async () => {
    const { db, route, caseId } = await setUp(['hubspot']);
    const CONTACT = 'https://app.hubspot.com/contacts/4455667/record/0-1/51';
    const LIST = 'https://app.hubspot.com/contacts/4455667/objects/0-5/views/all/list';
    const TICKET77 = 'https://app.hubspot.com/contacts/4455667/record/0-5/77';
    await route(
      {
        type: 'crm.focus',
        payload: { record: { ...record('51', CONTACT, 'hubspot'), objectType: 'contact' } },
      },
      page(CONTACT, 3),
    );
    expect(await route(escalate(caseId, 'hubspot'), dashboard)).toMatchObject({
      ok: true,
      data: { tabId: 21, url: LIST },
    });
    await route({ type: 'crm.focus', payload: { record: null } }, page(LIST, 21));
    await route(
      { type: 'crm.escalationFilled', payload: { filled: ['Ticket name'], kept: [], missing: [] } },
      page(LIST, 21),
    );
    await route(
      { type: 'crm.focus', payload: { record: record('77', TICKET77, 'hubspot') } },
      page(TICKET77, 21),
    );
    expect((await db.cases.get(caseId))!.crmLinks ?? []).toEqual([]);
    expect(await route({ type: 'crm.escalationLink', payload: {} }, sidebarIn(21))).toEqual({
      ok: true,
      data: null,
    });
    expect((await db.cases.get(caseId))!.crmLinks?.map((l) => l.recordId)).toEqual(['77']);
  });

  it('refuses to link a record of another kind, or none', async () => {
    const { route, escalations, escalateFromZendesk } = await setUp();
    await escalateFromZendesk();
    const none = await route({ type: 'crm.escalationLink', payload: {} }, sidebarIn(21));
    expect(none).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(none.ok || none.error.message).toMatch(/shows no Zendesk ticket to link/);
    const USER = 'https://acme.zendesk.com/agent/users/55';
    await route(
      { type: 'crm.focus', payload: { record: { ...record('55', USER), objectType: 'user' } } },
      page(USER, 21),
    );
    const user = await route({ type: 'crm.escalationLink', payload: {} }, sidebarIn(21));
    expect(user).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await escalations.get(21)).not.toBeNull();
  });

  it('takes a fill report only from a page of the CRM and host the tab was opened at', async () => {
    const { route, escalations, escalateFromZendesk } = await setUp(['zendesk']);
    await escalateFromZendesk();
    const report = { filled: ['Subject'], kept: [], missing: [] };
    for (const url of [
      'https://evil.zendesk.com/agent/tickets/new/1',
      'https://acme.lightning.force.com/lightning/o/Case/new',
    ]) {
      expect(await route({ type: 'crm.escalationFilled', payload: report }, page(url, 21))).toEqual(
        {
          ok: true,
          data: null,
        },
      );
    }
    expect((await escalations.get(21))!.report).toBeNull();
    // So the real page still gets its fields.
    const order = await route({ type: 'crm.escalation', payload: {} }, page(NEW_TICKET, 21));
    expect(order.ok && order.data).toBeTruthy();
    await route({ type: 'crm.escalationFilled', payload: report }, page(NEW_TICKET, 21));
    expect((await escalations.get(21))!.report).toMatch(/^Filled Subject/);
  });

  it('tells the agent to make the Zendesk comment an internal note', async () => {
    const { db, escalations, escalateFromZendesk } = await setUp(['zendesk', 'salesforce']);
    await escalateFromZendesk();
    const deps = { db, escalations, crmOn: async () => true };
    const view = await escalationView(deps, 21, {} as SidebarView);
    expect(view.escalation?.caution).toBe(
      'Zendesk: switch the comment to Internal note before submitting, or the requester gets it by email.',
    );
    await escalations.set(22, { ...(await escalations.get(21))!, system: 'salesforce' });
    expect((await escalationView(deps, 22, {} as SidebarView)).escalation?.caution).toBeNull();
  });

  it('keeps both of two changes to a pending escalation made at once', async () => {
    const escalations = new Escalations(memoryArea(), memoryArea(), () => Date.now());
    await escalations.set(21, {
      caseId: 'c1',
      ref: 'C-000001',
      system: 'zendesk',
      recordType: 'ticket',
      url: NEW_TICKET,
      fields: [],
      openedAt: Date.now(),
      report: null,
      onForm: false,
    });
    await Promise.all([
      escalations.update(21, (p) => ({ ...p, report: 'Filled nothing.' })),
      escalations.update(21, (p) => ({ ...p, onForm: true })),
    ]);
    expect(await escalations.get(21)).toMatchObject({ report: 'Filled nothing.', onForm: true });
  });

  it('a page that reported the form before its tab id was known still links what it saves', async () => {
    const { db, route, caseId, firstAnswers, escalateFromZendesk } = await setUp();
    await escalateFromZendesk();
    const [order] = (await Promise.all(firstAnswers)) as { ok: boolean; data: unknown }[];
    expect(order?.data).not.toBeNull();
    await route(
      { type: 'crm.escalationFilled', payload: { filled: ['Subject'], kept: [], missing: [] } },
      page(NEW_TICKET, 21),
    );
    await route({ type: 'crm.focus', payload: { record: record('4822', SAVED) } }, page(SAVED, 21));
    expect((await db.cases.get(caseId))!.crmLinks?.map((l) => l.recordId)).toEqual(['4822']);
  });
});

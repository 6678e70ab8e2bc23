import { beforeEach, describe, expect, it } from 'vitest';
import { classifyError } from '@/lib/background';
import { customerHandlers } from '@/lib/background/customer-handlers';
import { capturePost } from '@/lib/cases/capture';
import { createCustomer } from '@/lib/customers/customer-store';
import type { ImportProgress } from '@/lib/customers/import-progress';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Customer } from '@/lib/db/schema';
import type { createRouter, RouterOptions, Sender } from '@/lib/messages/router';
import { quietHub, testRoute } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  isSupportedPage: (url) => url.hostname === 'x.com',
  classify: classifyError,
};
const contentScript: Sender = { id: EXT_ID, url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };
const otherExtension: Sender = { id: 'someoneelse', url: 'chrome-extension://someoneelse/x.html' };
const dashboard: Sender = { id: EXT_ID, url: `${ORIGIN}dashboard.html` };

let db: CasebookDatabase;
let route: ReturnType<typeof createRouter>;
let hub: ReturnType<typeof quietHub>;

beforeEach(() => {
  db = freshDatabase();
  hub = quietHub();
  route = testRoute(db, options, { hub, now: () => Date.UTC(2026, 10, 22) });
});

const send = (type: string, payload: unknown, sender: Sender = dashboard) =>
  route({ type, payload }, sender);

async function dana(): Promise<Customer> {
  return createCustomer(
    db,
    { name: 'Dana Ruiz', company: 'Acme', vip: true, emails: ['dana@example.com'] },
    actor(),
  );
}

describe('customer requests', () => {
  it('edits a customer from the dashboard and pushes to open sidebars', async () => {
    const customer = await dana();
    const answer = await send('customer.update', {
      customerId: customer.id,
      patch: { lifetimeValue: { amount: 1200, currency: 'eur' }, vip: false },
    });
    expect(answer).toMatchObject({
      ok: true,
      data: { lifetimeValue: { amount: 1200, currency: 'EUR' }, vip: false },
    });
    expect(hub.pushes).toBe(1);
    const events = await db.events.where('customerId').equals(customer.id).toArray();
    expect(events.map((e) => e.type)).toContain('customer.updated');
  });

  it('refuses every customer change from a content script or another extension', async () => {
    const customer = await dana();
    for (const sender of [contentScript, otherExtension]) {
      for (const [type, payload] of [
        ['customer.update', { customerId: customer.id, patch: { vip: false } }],
        ['customer.addNote', { customerId: customer.id, text: 'hi' }],
        ['customer.merge', { survivorId: customer.id, mergedId: 'x' }],
        ['customers.import', { rows: [{ line: 2, fields: { name: 'Eve' }, note: null }] }],
      ] as const) {
        const answer = await send(type, payload, sender);
        expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(await db.customers.get(customer.id)).toMatchObject({ vip: true, notes: [] });
    expect(await db.customers.count()).toBe(1);
    expect(hub.pushes).toBe(0);
  });

  it('refuses invalid payloads, naming the field, and writes nothing', async () => {
    const customer = await dana();
    const cases: [string, unknown][] = [
      ['customer.update', { customerId: customer.id, patch: { vip: 'yes' } }],
      // Fields outside the patch (derived keys, merge pointer) cannot be forged.
      ['customer.update', { customerId: customer.id, patch: { mergedInto: 'other' } }],
      ['customer.update', { customerId: customer.id, patch: { identityKeys: ['x:eve'] } }],
      ['customer.addEmail', { customerId: customer.id, email: 'not an email' }],
      [
        'customer.addIdentity',
        {
          customerId: customer.id,
          identity: { platform: 'x', handle: 'dana', profileUrl: 'javascript:alert(1)' },
        },
      ],
      ['customer.addCrmLink', { customerId: customer.id, link: { system: 'sap', recordId: '1' } }],
      ['customer.addNote', { customerId: customer.id, text: '   ' }],
      ['customer.merge', { survivorId: customer.id, mergedId: 'b', choices: { notes: 'merged' } }],
      ['customers.import', { rows: [] }],
      [
        'customers.import',
        { rows: [{ line: 2, fields: { name: 'Eve', emails: ['nope'] }, note: null }] },
      ],
      [
        'customers.import',
        { rows: [{ line: 2, fields: { name: 'Eve', mergedInto: 'x' }, note: null }] },
      ],
    ];
    for (const [type, payload] of cases) {
      const answer = await send(type, payload);
      expect(answer, type).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    const stored = await db.customers.get(customer.id);
    expect(stored).toMatchObject({ vip: true, emails: ['dana@example.com'], identities: [] });
    expect(await db.customers.count()).toBe(1);
    expect(hub.pushes).toBe(0);
  });

  it('answers a handle another customer has with a conflict the page can show', async () => {
    await capturePost(db, parsedPost(), actor());
    const customer = await dana();
    const answer = await send('customer.addIdentity', {
      customerId: customer.id,
      identity: { platform: 'x', handle: '@Dana_R' },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!answer.ok && answer.error.message).toMatch(/already belongs to the customer “Dana R”/);
    const missing = await send('customer.addNote', { customerId: 'nobody', text: 'Hello' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('merges with a choice for each conflict, refuses without, and undoes the merge', async () => {
    await capturePost(db, parsedPost(), actor());
    const social = (await db.customers.where('identityKeys').equals('x:dana_r').first())!;
    const crm = await dana();
    const refused = await send('customer.merge', { survivorId: crm.id, mergedId: social.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toMatch(/Choose which value to keep for name/);

    const merged = await send('customer.merge', {
      survivorId: crm.id,
      mergedId: social.id,
      choices: { name: 'survivor', vip: 'survivor' },
    });
    expect(merged.ok).toBe(true);
    const mergeId = (merged as { data: { merge: { id: string } } }).data.merge.id;
    expect(await db.customers.get(crm.id)).toMatchObject({
      name: 'Dana Ruiz',
      identityKeys: ['x:dana_r'],
    });
    expect(await db.customers.get(social.id)).toMatchObject({ mergedInto: crm.id });

    expect(await send('customer.unmerge', { mergeId })).toMatchObject({ ok: true });
    expect(await db.customers.get(social.id)).toMatchObject({
      mergedInto: null,
      identityKeys: ['x:dana_r'],
    });
    const twice = await send('customer.unmerge', { mergeId });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('imports checked rows, all or none, updating on a second import', async () => {
    const rows = [
      { line: 2, fields: { name: 'Eve Stone', emails: ['eve@example.com'] }, note: null },
      { line: 3, fields: { name: 'Ana Lima', company: 'Lima & Co' }, note: 'Met at the fair' },
    ];
    const first = await send('customers.import', { rows });
    expect(first).toMatchObject({ ok: true, data: { added: 2, updated: 0 } });
    const again = await send('customers.import', {
      rows: [{ ...rows[0], fields: { ...rows[0]!.fields, vip: true } }],
    });
    expect(again).toMatchObject({ ok: true, data: { added: 0, updated: 1 } });
    expect(await db.customers.count()).toBe(2);
  });

  it('reports the progress of a big import to the page that started it', async () => {
    const seen: ImportProgress[] = [];
    const handlers = customerHandlers(
      db,
      quietHub(),
      () => actor(),
      (p) => seen.push(p),
    );
    const rows = Array.from({ length: 1_200 }, (_, i) => ({
      line: i + 2,
      fields: { name: `Customer ${i}`, emails: [`c${i}@example.com`] },
      note: null,
    }));
    const result = await handlers['customers.import']({ rows, importId: 'imp-1' }, dashboard);
    expect(result.added).toBe(1_200);
    expect(seen.map((p) => p.done)).toEqual([500, 1_000, 1_200]);
    expect(seen.every((p) => p.importId === 'imp-1' && p.total === 1_200)).toBe(true);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { customerByIdentity } from '@/lib/customers/capture-store';
import { newCustomer } from '@/lib/customers/customer';
import { createCustomer } from '@/lib/customers/customer-store';
import { mergeCustomers } from '@/lib/customers/merge-store';
import { handlesNamedIn, suggestMerge, suggestMerges } from '@/lib/customers/merge-suggest';
import { suggestionsForCustomer, suggestionsForProbe } from '@/lib/customers/suggest-store';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const crmLink = {
  system: 'salesforce' as const,
  recordId: '003A',
  objectType: 'Contact',
  url: null,
};
const dana = newCustomer(
  {
    name: 'Dana Ruiz',
    company: 'Acme Inc',
    emails: ['Dana.Ruiz@acme.example'],
    crmLinks: [crmLink],
    identities: [{ platform: 'x', handle: 'dana_r', profileUrl: null, followers: null }],
  },
  1,
);

describe('suggestMerge (pure)', () => {
  it.each([
    [{ name: 'D', crmLinks: [crmLink] }, 1, 'Same Salesforce record 003A'],
    [{ name: 'D', emails: ['dana.ruiz@ACME.example'] }, 0.95, 'Same email dana.ruiz@acme.example'],
    [
      { name: 'dana  ruíz', company: 'ACME inc' },
      0.8,
      'Same name “Dana Ruiz” and company “Acme Inc”',
    ],
    [
      { name: 'D', emails: ['Dana_R@gmail.example'] },
      0.6,
      'An email starts with the X handle @dana_r',
    ],
    [
      { name: 'D', mentions: ['Twitter: @Dana_R, prefers DMs'] },
      0.6,
      'The X handle @dana_r is named in a CRM field',
    ],
    [{ name: 'Dana Ruiz', company: 'Other' }, 0.4, 'Same name “Dana Ruiz” (nothing else matches)'],
  ])('%o → %d', (probe, confidence, reason) => {
    const suggestion = suggestMerge(probe, dana);
    expect(suggestion).toMatchObject({ customerId: dana.id, confidence });
    expect(suggestion!.reasons[0]).toBe(reason);
  });

  it('takes the strongest reason and lists them all; nothing matching is no suggestion', () => {
    const both = suggestMerge({ name: 'Dana Ruiz', emails: ['dana.ruiz@acme.example'] }, dana);
    expect(both!.confidence).toBe(0.95);
    expect(both!.reasons).toHaveLength(2);
    expect(suggestMerge({ name: 'Sam' }, dana)).toBeNull();
    expect(suggestMerge({ id: dana.id, name: 'Dana Ruiz' }, dana)).toBeNull();
  });

  it('a candidate whose notes name the probe handle, or whose email is the handle', () => {
    const other = newCustomer(
      {
        name: 'S',
        emails: ['sam_k@example.com'],
        notes: [{ id: 'n', text: 'Also on X as @dana_r', at: 1, by: 'me' }],
      },
      1,
    );
    const reasons = suggestMerge(
      {
        name: 'x',
        identities: [
          { platform: 'x', handle: 'Dana_R' },
          { platform: 'x', handle: 'sam_k' },
        ],
      },
      other,
    )!.reasons;
    expect(reasons).toEqual([
      'Their notes name the X handle @Dana_R',
      'Their email starts with the X handle @sam_k',
    ]);
  });

  it('sorts by confidence and limits', () => {
    const same = newCustomer({ name: 'Dana Ruiz' }, 1);
    const list = suggestMerges({ name: 'Dana Ruiz', crmLinks: [crmLink] }, [same, dana, dana], 5);
    expect(list.map((s) => [s.customerId, s.confidence])).toEqual([
      [dana.id, 1],
      [same.id, 0.4],
    ]);
  });

  it('finds handles in hostile or huge text without choking', () => {
    expect(handlesNamedIn(['mail a@b.c, see @Dana_R. and x.com/Sam_K/status/1'])).toEqual([
      'dana_r',
      'sam_k',
    ]);
    const started = performance.now();
    expect(handlesNamedIn(['@'.repeat(100_000) + 'a'.repeat(100_000)])).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('finding candidates by index only', () => {
  it('finds by CRM record, email, name, and handles both ways; never the merged-away', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    const social = (await customerByIdentity(db, 'x:dana_r'))!;
    const crm = await createCustomer(
      db,
      { name: 'Dana Ruiz', emails: ['dana_r@example.com'], crmLinks: [crmLink] },
      actor(),
    );
    await createCustomer(db, { name: 'Someone Else' }, actor());
    const scan = vi.spyOn(db.customers, 'toArray');
    const each = vi.spyOn(db.customers, 'each');
    const forSocial = await suggestionsForCustomer(db, social.id);
    expect(scan).not.toHaveBeenCalled(); // Table.toArray would be a whole-table read
    expect(each).not.toHaveBeenCalled();
    expect(forSocial).toEqual([
      {
        customerId: crm.id,
        name: 'Dana Ruiz',
        confidence: 0.6,
        reasons: ['Their email starts with the X handle @dana_r'],
      },
    ]);
    const forCrmPage = await suggestionsForProbe(db, {
      name: 'dana ruiz',
      emails: ['DANA_R@example.com'],
      crmLinks: [{ system: 'hubspot', recordId: '9' }],
    });
    expect(forCrmPage.map((s) => [s.name, s.confidence])).toEqual([
      ['Dana Ruiz', 0.95],
      ['Dana R', 0.6],
    ]);
    await mergeCustomers(
      db,
      { survivorId: crm.id, mergedId: social.id, choices: { name: 'survivor' } },
      actor(),
    );
    expect((await suggestionsForProbe(db, { name: 'Dana R' })).length).toBe(0);
  });
});

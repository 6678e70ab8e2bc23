import { describe, expect, it } from 'vitest';
import { Escalations, memoryArea } from '@/lib/background/escalations';

const ZENDESK = 'https://acme.zendesk.com/agent/dashboard';
const HUBSPOT = 'https://app.hubspot.com/contacts/1234567/tickets';

describe("the CRMs' kept addresses (issue 12)", () => {
  it('keeps both of two addresses remembered at the same moment', async () => {
    const escalations = new Escalations(memoryArea(), memoryArea(), () => 0);
    await Promise.all([
      escalations.remember('hubspot', HUBSPOT),
      escalations.remember('zendesk', ZENDESK),
    ]);
    expect(await escalations.seen()).toEqual({ hubspot: HUBSPOT, zendesk: ZENDESK });
  });

  it('a damaged or overlong entry loses only itself, and an overlong one is never kept', async () => {
    const local = memoryArea();
    await local.set({
      'casebook.crmAddresses': { hubspot: HUBSPOT, zendesk: 'not a url', dynamics: 42 },
    });
    const escalations = new Escalations(memoryArea(), local, () => 0);
    expect(await escalations.seen()).toEqual({ hubspot: HUBSPOT });
    await escalations.remember('zendesk', `https://acme.zendesk.com/${'a'.repeat(2100)}`);
    expect(await escalations.seen()).toEqual({ hubspot: HUBSPOT });
    await local.set({ 'casebook.crmAddresses': 'garbage' });
    expect(await escalations.seen()).toEqual({});
  });
});

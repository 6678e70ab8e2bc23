import { describe, expect, it } from 'vitest';
import { CRM_ADDRESS_EXAMPLES, crmAddressFromLink } from '@/lib/crm/escalation/address';
import { CRM_SYSTEMS } from '@/lib/db/constants';

describe('a CRM address pasted in the settings (issue 12)', () => {
  it.each(CRM_SYSTEMS)('%s: its example is accepted, and kept without a query', (system) => {
    const answer = crmAddressFromLink(system, CRM_ADDRESS_EXAMPLES[system]);
    expect(answer).toEqual({ address: expect.stringMatching(/^https:\/\/[^?]+$/) });
  });

  it.each(CRM_SYSTEMS)("%s: another CRM's example is refused, naming the CRM", (system) => {
    for (const other of CRM_SYSTEMS.filter((s) => s !== system)) {
      const answer = crmAddressFromLink(system, CRM_ADDRESS_EXAMPLES[other]);
      expect(answer).toEqual({ problem: expect.stringContaining('That is not a page of') });
    }
  });

  it('keeps what a visit would: host, path, Dynamics app id; http, junk and look-alikes are not', () => {
    expect(
      crmAddressFromLink(
        'dynamics',
        'https://acme.crm4.dynamics.com/main.aspx?appid=2f1a3b4c-0000-4000-8000-000000000000&pagetype=entityrecord&id=1',
      ),
    ).toEqual({
      address:
        'https://acme.crm4.dynamics.com/main.aspx?appid=2f1a3b4c-0000-4000-8000-000000000000',
    });
    for (const link of [
      'http://acme.zendesk.com/agent',
      'https://acme.zendesk.com.evil.example/agent',
      'https://zendesk.example/agent',
      'not a link',
      '<script>alert(1)</script>',
      '',
    ]) {
      expect(crmAddressFromLink('zendesk', link)).toHaveProperty('problem');
    }
  });

  it('refuses an address that would grow too long to keep once percent-encoded', () => {
    // 300 CJK characters are 2,700 characters encoded.
    const answer = crmAddressFromLink('zendesk', `acme.zendesk.com/agent/${'\u6587'.repeat(300)}`);
    expect(answer).toEqual({ problem: expect.stringMatching(/^That address is too long to keep/) });
  });
});

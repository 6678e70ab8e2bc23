/**
 * The case's CRM section (issue 12): its saved CRM records as safe links, one "Escalate to"
 * button per CRM turned on, how to turn one on when none is, and the background's refusal
 * shown in words (serveBackground's background has no CRM on).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CaseEscalation, EscalationNotice } from '@/components/CaseEscalation';
import { capturePost } from '@/lib/cases/capture';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

describe('the case CRM section', () => {
  it('says how to turn a CRM on when none is', () => {
    render(<CaseEscalation caseId="c1" links={[]} escalateTo={[]} />);
    expect(screen.getByText(/turn the CRM on in Casebook's options/)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('links saved records safely and offers each CRM turned on', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    serveBackground(db);
    render(
      <CaseEscalation
        caseId={caseId}
        links={[
          {
            system: 'zendesk',
            recordId: '4822',
            objectType: 'ticket',
            url: 'https://acme.zendesk.com/agent/tickets/4822',
          },
          { system: 'hubspot', recordId: '77', objectType: 'ticket', url: null },
        ]}
        escalateTo={['salesforce', 'zendesk']}
      />,
    );
    const links = screen.getByRole('list', { name: 'CRM records of this case' });
    expect(links.textContent).toContain('Escalated to Zendesk ticket #4822');
    expect(screen.getByRole('link', { name: 'Zendesk ticket #4822' }).getAttribute('href')).toBe(
      'https://acme.zendesk.com/agent/tickets/4822',
    );
    expect(links.textContent).toContain('HubSpot ticket #77');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(['Escalate to Salesforce', 'Escalate to Zendesk']);
    await userEvent.click(screen.getByRole('button', { name: 'Escalate to Zendesk' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Zendesk is off');
  });

  it('tells the agent in the CRM tab what was filled and what comes next', () => {
    render(
      <EscalationNotice
        escalation={{
          caseId: 'c1',
          ref: 'C-ABC123',
          system: 'salesforce',
          recordType: 'Case',
          report: 'Filled Subject; could not find Web Email: fill it by hand.',
          caution: null,
        }}
        record={null}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Escalating case C-ABC123 to Salesforce');
    expect(screen.getByText(/could not find Web Email/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stop waiting for this escalation' })).toBeTruthy();
    expect(screen.queryByTestId('escalation-caution')).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('says to make the Zendesk comment internal, and offers to link the ticket the tab shows', () => {
    const ticket = (recordId: string, objectType = 'ticket') => ({
      system: 'zendesk' as const,
      objectType,
      recordId,
      url: `https://acme.zendesk.com/agent/tickets/${recordId}`,
      name: 'Dana R',
      email: null,
      phone: null,
      company: null,
      owner: null,
    });
    const escalation = {
      caseId: 'c1',
      ref: 'C-ABC123',
      system: 'zendesk' as const,
      recordType: 'ticket',
      report: 'Filled Subject and Description.',
      caution:
        'Zendesk: switch the comment to Internal note before submitting, or the requester gets it by email.',
    };
    const { rerender } = render(
      <EscalationNotice escalation={escalation} record={ticket('4790')} />,
    );
    expect(screen.getByTestId('escalation-caution').textContent).toBe(escalation.caution);
    expect(
      screen.getByRole('button', { name: 'Link Zendesk ticket #4790 to case C-ABC123' }),
    ).toBeTruthy();
    rerender(<EscalationNotice escalation={escalation} record={ticket('55', 'user')} />);
    expect(screen.queryByRole('button', { name: /^Link / })).toBeNull();
  });
});

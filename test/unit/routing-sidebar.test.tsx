import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AcknowledgementNotice } from '@/components/sidebar/AcknowledgementNotice';
import { CaseAssignee } from '@/components/sidebar/CaseAssignee';
import { capturePost } from '@/lib/cases/capture';
import { DEFAULT_SETTINGS, saveSettings } from '@/lib/settings';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';
import { ruleSet } from '../support/routing';

async function caseOnDesk(withRules: boolean) {
  const db = freshDatabase();
  const { caseId } = await capturePost(db, parsedPost(), actor());
  if (withRules) {
    await saveSettings(db, {
      ...DEFAULT_SETTINGS,
      agents: ['me', 'Ben'],
      routing: ruleSet({
        rules: [{ id: 'r1', name: 'Ben first', action: { kind: 'agent', agent: 'Ben' } }],
        default: { action: { kind: 'unassigned' } },
      }),
    });
  }
  serveBackground(db);
  render(<CaseAssignee record={{ id: caseId, assignee: 'me' }} />);
  return { db, caseId };
}

describe('the Route button beside the assignee', () => {
  it('routes the case from the keyboard and says who has it, by which rule', async () => {
    const { db, caseId } = await caseOnDesk(true);
    expect(screen.getByTestId('case-assignee')).toHaveTextContent('me');
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Route' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText("Assigned to Ben by rule 1 'Ben first'")).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent("Assigned to Ben by rule 1 'Ben first'");
    expect((await db.cases.get(caseId))?.assignee).toBe('Ben');
  });

  it('shows why when the case cannot be routed', async () => {
    const { db, caseId } = await caseOnDesk(false);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Route' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/no routing rules yet/);
    expect((await db.cases.get(caseId))?.assignee).toBe('me');
  });
});

describe("the routing rule's acknowledgement in the sidebar", () => {
  const notice = (inserted: boolean) => ({
    caseId: 'c1',
    inserted,
    message: inserted ? 'Acknowledgement in the reply box.' : 'Acknowledgement not prefilled.',
  });

  it('is said politely when in the reply box, as an alert when not, for the case in view only', () => {
    const { rerender } = render(<AcknowledgementNotice notice={notice(true)} caseId="c1" />);
    expect(screen.getByRole('status')).toHaveTextContent('Acknowledgement in the reply box.');
    rerender(<AcknowledgementNotice notice={notice(false)} caseId="c1" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Acknowledgement not prefilled.');
    rerender(<AcknowledgementNotice notice={notice(false)} caseId="c2" />);
    expect(screen.queryByTestId('acknowledgement')).toBeNull();
  });
});

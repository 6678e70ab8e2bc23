import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { OptionsApp } from '@/components/options/OptionsApp';
import { capturePost } from '@/lib/cases/capture';
import { setCaseAssignee, setCaseTags } from '@/lib/cases/edit';
import { SettingsSchema } from '@/lib/settings';
import { readSettings } from '@/lib/settings';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

describe('assignee and tags', () => {
  it('are changed and recorded in the history (who, when, from, to)', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor(1000));
    await setCaseAssignee(db, caseId, 'Priya', actor(2000));
    const tagged = await setCaseTags(db, caseId, [' Billing', 'iOS', 'billing '], actor(3000));
    expect(tagged.assignee).toBe('Priya');
    expect(tagged.tags).toEqual(['billing', 'ios']);
    expect(tagged.history.slice(1)).toEqual([
      { at: 2000, by: 'me', type: 'assignee', from: 'me', to: 'Priya' },
      { at: 3000, by: 'me', type: 'tags', from: null, to: 'billing, ios' },
    ]);
    const same = await setCaseTags(db, caseId, ['ios', 'billing'], actor(4000));
    expect(same.history).toHaveLength(3); // nothing changed, nothing recorded
  });

  it('settings refuse an empty or duplicated agent list with clear messages', () => {
    const messages = (agents: string[]) =>
      SettingsSchema.safeParse({ key: 'main', agents }).error?.issues.map((i) => i.message);
    expect(messages([])).toEqual(['Name at least one agent']);
    expect(messages(['me', 'Me'])).toEqual(['Agent names must be different']);
    expect(messages(['me', 'Priya'])).toBeUndefined();
  });

  it('the settings page saves agents, and the case page offers them', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const user = userEvent.setup();
    const options = render(<OptionsApp db={db} />);
    const field = await screen.findByRole('textbox', { name: /One name per line/ });
    await user.clear(field);
    await user.type(field, 'me{Enter}Priya{Enter}Sam');
    await user.click(screen.getByRole('button', { name: 'Save agents' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect((await readSettings(db)).agents).toEqual(['me', 'Priya', 'Sam']);
    options.unmount();

    location.hash = `case=${caseId}`;
    render(<DashboardApp db={db} />);
    const detail = await screen.findByRole('article');
    const assignee = await within(detail).findByRole('combobox', { name: 'Assignee' });
    await waitFor(() => expect(within(assignee).getAllByRole('option')).toHaveLength(4));
    await user.selectOptions(assignee, 'Sam');
    await waitFor(async () => expect((await db.cases.get(caseId))?.assignee).toBe('Sam'));
    expect(await within(detail).findByText(/assigned me → Sam/)).toBeInTheDocument();
  });
});

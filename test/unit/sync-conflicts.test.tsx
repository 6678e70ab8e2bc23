import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SyncConflicts } from '@/components/dashboard/SyncConflicts';
import { serveBackground } from '../support/fake-background';
import { freshDatabase } from '../support/factories';

describe('SyncConflicts', () => {
  it("shows the agent's overridden edit as text, and dismisses it", async () => {
    const db = freshDatabase();
    serveBackground(db);
    await db.syncConflicts.bulkPut([
      {
        id: 'cases/c1/status',
        table: 'cases',
        recordId: 'c1',
        field: 'status',
        mine: 'resolved',
        theirs: 'open',
        at: 1,
      },
      {
        id: 'cases/c1/assignee',
        table: 'cases',
        recordId: 'c1',
        field: 'assignee',
        mine: '<img src=x onerror=alert(1)>',
        theirs: null,
        at: 2,
      },
      {
        id: 'cases/c2/status',
        table: 'cases',
        recordId: 'c2',
        field: 'status',
        mine: 'x',
        theirs: 'y',
        at: 3,
      },
    ]);
    render(<SyncConflicts db={db} table="cases" recordId="c1" />);
    const section = await screen.findByRole('region', {
      name: 'Changed by your team after your edit',
    });
    expect(section).toHaveTextContent(
      'Status: you set “resolved”; a later edit by your team set “open”',
    );
    expect(section).toHaveTextContent('you set “<img src=x onerror=alert(1)>”');
    expect(section).toHaveTextContent('set “nothing”');
    expect(section.querySelector('img')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss the notice about Status' }));
    await waitFor(async () =>
      expect(await db.syncConflicts.get('cases/c1/status')).toBeUndefined(),
    );
    expect(await db.syncConflicts.count()).toBe(2);
  });

  it('shows nothing when there is no conflict', async () => {
    const db = freshDatabase();
    const { container } = render(<SyncConflicts db={db} table="cases" recordId="c9" />);
    await new Promise((done) => setTimeout(done, 50));
    expect(container).toBeEmptyDOMElement();
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SyncConflicts } from '@/components/dashboard/SyncConflicts';
import { capturePost } from '@/lib/cases/capture';
import { readCounter } from '@/lib/db/counters';
import { serveBackground } from '../support/fake-background';
import { freshDatabase, parsedPost } from '../support/factories';

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
    await userEvent.click(
      screen.getByRole('button', { name: "Keep the team's Status and dismiss this notice" }),
    );
    await waitFor(async () =>
      expect(await db.syncConflicts.get('cases/c1/status')).toBeUndefined(),
    );
    expect(await db.syncConflicts.count()).toBe(2);
  });

  it("puts the agent's value back as a new edit with 'Use mine'", async () => {
    const db = freshDatabase();
    serveBackground(db);
    const at = Date.now() - 60_000;
    const { caseId } = await capturePost(db, parsedPost(), { by: 'me', now: at });
    await db.syncConflicts.put({
      id: `cases/${caseId}/status`,
      table: 'cases',
      recordId: caseId,
      field: 'status',
      mine: 'closed',
      theirs: 'new',
      at,
    });
    expect(await readCounter(db, 'openCases')).toBe(1);
    render(<SyncConflicts db={db} table="cases" recordId={caseId} />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Use mine for Status: closed' }),
    );
    await waitFor(async () => expect((await db.cases.get(caseId))?.status).toBe('closed'));
    const record = await db.cases.get(caseId);
    expect(record!.updatedAt).toBeGreaterThan(at); // found by the next scan, stamped later
    expect(await db.syncConflicts.count()).toBe(0);
    expect(await readCounter(db, 'openCases')).toBe(0);
  });

  it('says so when the value no longer fits, and keeps the notice', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const { caseId } = await capturePost(db, parsedPost(), { by: 'me', now: Date.now() });
    await db.syncConflicts.put({
      id: `cases/${caseId}/status`,
      table: 'cases',
      recordId: caseId,
      field: 'status',
      mine: 'burnt',
      theirs: 'new',
      at: 1,
    });
    render(<SyncConflicts db={db} table="cases" recordId={caseId} />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Use mine for Status: burnt' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/no longer fits this record/);
    expect(await db.syncConflicts.count()).toBe(1);
    expect((await db.cases.get(caseId))?.status).toBe('new');
  });

  it('names the record where a list shows several', async () => {
    const db = freshDatabase();
    await db.syncConflicts.put({
      id: 'followUps/f1/owner',
      table: 'followUps',
      recordId: 'f1',
      field: 'owner',
      mine: 'Ana',
      theirs: 'Ben',
      at: 1,
    });
    render(<SyncConflicts db={db} table="followUps" recordId="f1" about="Follow-up “call back”" />);
    const section = await screen.findByRole('region', {
      name: 'Follow-up “call back”: changed by your team after your edit',
    });
    expect(section).toHaveTextContent('Owner: you set “Ana”; a later edit by your team set “Ben”');
  });

  it('shows nothing when there is no conflict', async () => {
    const db = freshDatabase();
    const { container } = render(<SyncConflicts db={db} table="cases" recordId="c9" />);
    await new Promise((done) => setTimeout(done, 50));
    expect(container).toBeEmptyDOMElement();
  });
});

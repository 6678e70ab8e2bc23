import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { DEFAULT_CHECKLIST } from '@/lib/cases/checklist';
import { ChecklistIncompleteError, setCaseStatus, tickChecklistStep } from '@/lib/cases/edit';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const REQUIRED = DEFAULT_CHECKLIST.filter((s) => s.required).map((s) => s.id);

describe('activity checklist', () => {
  it('every new case starts with the social-service steps, none done', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const record = await db.cases.get(caseId);
    expect(record?.checklist.map((s) => s.id)).toEqual(DEFAULT_CHECKLIST.map((s) => s.id));
    expect(record?.checklist.every((s) => s.doneAt === null)).toBe(true);
    expect(record?.checklist[0]?.label).toBe('Define and agree the problem with the customer');
    expect(record?.checklist.at(-1)?.label).toBe('Thank the expert');
  });

  it('ticking is recorded with who and when, and can be undone', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor(1000));
    const ticked = await tickChecklistStep(db, caseId, 'define', true, actor(2000));
    expect(ticked.checklist[0]).toMatchObject({ doneAt: 2000, doneBy: 'me' });
    const unticked = await tickChecklistStep(db, caseId, 'define', false, actor(3000));
    expect(unticked.checklist[0]).toMatchObject({ doneAt: null, doneBy: null });
    expect(unticked.history.slice(1).map((e) => [e.type, e.from, e.to])).toEqual([
      ['step', null, 'Define and agree the problem with the customer'],
      ['step', 'Define and agree the problem with the customer', null],
    ]);
    await expect(tickChecklistStep(db, caseId, 'nope', true, actor())).rejects.toThrow(
      'This case has no checklist step "nope".',
    );
  });

  it('closing with required steps open asks for a reason and changes nothing without one', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const error = await setCaseStatus(db, caseId, 'closed', actor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecklistIncompleteError);
    expect((error as Error).message).toMatch(/^4 required steps are not done: Define/);
    expect((await db.cases.get(caseId))?.status).toBe('new');
    // Waiting and reopening need no reason.
    await setCaseStatus(db, caseId, 'waiting', actor());
  });

  it('closes without a reason once every required step is done', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    for (const id of REQUIRED) await tickChecklistStep(db, caseId, id, true, actor());
    const closed = await setCaseStatus(db, caseId, 'closed', actor());
    expect(closed.status).toBe('closed');
    expect(closed.history.some((e) => e.type === 'closed-incomplete')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import {
  DEFAULT_CHECKLIST_TEMPLATES,
  newChecklist,
  type ChecklistTemplate,
} from '@/lib/cases/checklist';
import { setCaseTags, tickChecklistStep } from '@/lib/cases/edit';
import { applyTagTemplates, tagsEventText } from '@/lib/cases/tag-templates';
import { saveSettings, DEFAULT_SETTINGS } from '@/lib/settings';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const step = (id: string, label: string, required = false) => ({ id, label, required });

const REFUND: ChecklistTemplate = {
  id: 'refund',
  name: 'Refund',
  channel: 'any',
  tag: 'refund',
  steps: [
    step('refund-check', 'Check the payment', true),
    step('refund-issue', 'Issue the refund'),
    // Already in the default checklist, under another id: not added twice.
    step('refund-thanks', 'thank the expert'),
  ],
};
const BILLING: ChecklistTemplate = {
  id: 'billing',
  name: 'Billing',
  channel: 'any',
  tag: 'billing',
  steps: [step('refund-check', 'Check the payment', true), step('invoice', 'Send the invoice')],
};
const FACEBOOK_ONLY: ChecklistTemplate = {
  id: 'fb',
  name: 'Facebook legal',
  channel: 'facebook',
  tag: 'legal',
  steps: [step('legal', 'Ask legal')],
};
const TEMPLATES = [...DEFAULT_CHECKLIST_TEMPLATES, REFUND, BILLING, FACEBOOK_ONLY];
const baseChecklist = () => newChecklist(DEFAULT_CHECKLIST_TEMPLATES[0]!.steps);
const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe('tag templates (pure)', () => {
  it('a new tag appends the steps of its template the case does not have', () => {
    const change = applyTagTemplates(
      { channel: 'x', tags: [], checklist: baseChecklist() },
      ['refund'],
      TEMPLATES,
    );
    expect(change.added).toEqual(['Check the payment', 'Issue the refund']);
    expect(change.removed).toEqual([]);
    expect(ids(change.checklist).slice(-3)).toEqual(['thanks', 'refund-check', 'refund-issue']);
    expect(change.checklist.at(-2)).toMatchObject({ required: true, doneAt: null, doneBy: null });
  });

  it('only templates for the case’s channel (or any channel) apply', () => {
    const onX = applyTagTemplates({ channel: 'x', tags: [], checklist: [] }, ['legal'], TEMPLATES);
    expect(onX.added).toEqual([]);
    const onFacebook = applyTagTemplates(
      { channel: 'facebook', tags: [], checklist: [] },
      ['legal'],
      TEMPLATES,
    );
    expect(onFacebook.added).toEqual(['Ask legal']);
  });

  it('removing a tag takes back only its unticked steps; ticked work stays', () => {
    const tagged = applyTagTemplates(
      { channel: 'x', tags: [], checklist: baseChecklist() },
      ['refund'],
      TEMPLATES,
    ).checklist;
    const ticked = tagged.map((s) =>
      s.id === 'refund-issue' ? { ...s, doneAt: 5, doneBy: 'me' } : s,
    );
    const untagged = applyTagTemplates(
      { channel: 'x', tags: ['refund'], checklist: ticked },
      [],
      TEMPLATES,
    );
    expect(untagged.removed).toEqual(['Check the payment']);
    expect(ids(untagged.checklist)).toEqual([...ids(baseChecklist()), 'refund-issue']);
  });

  it('a step another remaining tag also brings, or the creation template has, stays', () => {
    const both = applyTagTemplates(
      { channel: 'x', tags: [], checklist: baseChecklist() },
      ['billing', 'refund'],
      TEMPLATES,
    ).checklist;
    expect(ids(both).slice(-3)).toEqual(['refund-check', 'refund-issue', 'invoice']);
    const onlyBilling = applyTagTemplates(
      { channel: 'x', tags: ['billing', 'refund'], checklist: both },
      ['billing'],
      TEMPLATES,
    );
    expect(onlyBilling.removed).toEqual(['Issue the refund']);
    expect(ids(onlyBilling.checklist)).toContain('refund-check');
    // A tag template whose step is also in the creation template never removes it.
    const overlapping: ChecklistTemplate = { ...REFUND, steps: [step('define', 'Define')] };
    const dropped = applyTagTemplates(
      { channel: 'x', tags: ['refund'], checklist: baseChecklist() },
      [],
      [...DEFAULT_CHECKLIST_TEMPLATES, overlapping],
    );
    expect(dropped.removed).toEqual([]);
  });

  it('never grows a checklist past 100 steps', () => {
    const big: ChecklistTemplate = {
      ...REFUND,
      steps: Array.from({ length: 100 }, (_, i) => step(`s${i}`, `Step ${i}`)),
    };
    const change = applyTagTemplates(
      { channel: 'x', tags: [], checklist: baseChecklist() },
      ['refund'],
      [big],
    );
    expect(change.checklist).toHaveLength(100);
    expect(change.added).toHaveLength(100 - baseChecklist().length);
  });

  it('the history text names the tags and the steps that came or went', () => {
    const none = { checklist: [], added: [], removed: [] };
    expect(tagsEventText(['billing'], none)).toBe('billing');
    expect(tagsEventText([], none)).toBeNull();
    expect(tagsEventText(['refund'], { ...none, added: ['Check the payment', 'Issue'] })).toBe(
      'refund; steps added: Check the payment, Issue',
    );
    expect(tagsEventText([], { ...none, removed: ['Issue'] })).toBe(
      'none; unticked steps removed: Issue',
    );
    const long = tagsEventText(['x'], { ...none, added: ['a'.repeat(300)] });
    expect(long).toHaveLength(200);
    expect(long?.endsWith('…')).toBe(true);
  });
});

describe('setCaseTags with tag templates', () => {
  it('adds the template’s steps, records them with the tags, and keeps ticked ones on removal', async () => {
    const db = freshDatabase();
    await saveSettings(db, { ...DEFAULT_SETTINGS, checklistTemplates: TEMPLATES });
    const { caseId } = await capturePost(db, parsedPost(), actor(1000));
    const tagged = await setCaseTags(db, caseId, ['Refund'], actor(2000));
    expect(ids(tagged.checklist).slice(-2)).toEqual(['refund-check', 'refund-issue']);
    expect(tagged.history.at(-1)).toEqual({
      at: 2000,
      by: 'me',
      type: 'tags',
      from: null,
      to: 'refund; steps added: Check the payment, Issue the refund',
    });

    await tickChecklistStep(db, caseId, 'refund-check', true, actor(3000));
    const untagged = await setCaseTags(db, caseId, [], actor(4000));
    expect(ids(untagged.checklist).slice(-2)).toEqual(['thanks', 'refund-check']);
    expect(untagged.checklist.at(-1)).toMatchObject({ doneAt: 3000, doneBy: 'me' });
    expect(untagged.history.at(-1)).toMatchObject({
      type: 'tags',
      from: 'refund',
      to: 'none; unticked steps removed: Issue the refund',
    });
  });
});

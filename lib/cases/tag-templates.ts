import type { Case, ChecklistStep } from '../db/schema';
import { newChecklist, templateForChannel, type ChecklistTemplate } from './checklist';

/** The most steps a case's checklist holds (CaseSchema). */
const MAX_STEPS = 100;

export interface TagTemplateChange {
  checklist: ChecklistStep[];
  /** Labels of the steps the new tags brought. */
  added: string[];
  /** Labels of unticked steps that only a removed tag had brought. */
  removed: string[];
}

const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The tag templates that apply to a case on `channel` carrying one of `tags`. */
function tagTemplates(
  templates: readonly ChecklistTemplate[],
  channel: Case['channel'],
  tags: readonly string[],
) {
  return templates.filter(
    (t) => t.tag !== null && tags.includes(t.tag) && (t.channel === 'any' || t.channel === channel),
  );
}

/**
 * The checklist after a case's tags change. A new tag with a template appends the
 * template's steps the case does not have yet (same id or same label counts as "has").
 * A removed tag takes away only what it brought and nobody has worked on: unticked steps
 * of its template that no remaining tag's template and not the channel's template
 * (the steps the case was created with) also holds. Ticked steps always stay, so
 * removing a tag never erases recorded work.
 */
export function applyTagTemplates(
  record: Pick<Case, 'channel' | 'checklist' | 'tags'>,
  nextTags: readonly string[],
  templates: readonly ChecklistTemplate[],
): TagTemplateChange {
  const gained = nextTags.filter((tag) => !record.tags.includes(tag));
  const lost = record.tags.filter((tag) => !nextTags.includes(tag));

  const stillWanted = new Set(
    [
      ...tagTemplates(templates, record.channel, nextTags),
      templateForChannel(templates, record.channel),
    ].flatMap((t) => t?.steps.map((s) => s.id) ?? []),
  );
  const dropIds = new Set(
    tagTemplates(templates, record.channel, lost)
      .flatMap((t) => t.steps.map((s) => s.id))
      .filter((id) => !stillWanted.has(id)),
  );
  const removed = record.checklist.filter((s) => dropIds.has(s.id) && s.doneAt === null);
  const checklist = record.checklist.filter((s) => !removed.includes(s));

  const added: string[] = [];
  for (const template of tagTemplates(templates, record.channel, gained)) {
    for (const step of template.steps) {
      const present = checklist.some((s) => s.id === step.id || sameLabel(s.label, step.label));
      if (present || checklist.length >= MAX_STEPS) continue;
      checklist.push(...newChecklist([step]));
      added.push(step.label);
    }
  }
  return { checklist, added, removed: removed.map((s) => s.label) };
}

/**
 * What the case's history says about a tag change: the new tags, and the steps it
 * brought or took away ("billing, refund; steps added: Check the refund").
 */
export function tagsEventText(tags: readonly string[], change: TagTemplateChange): string | null {
  const stepsChanged = change.added.length + change.removed.length > 0;
  const parts = [
    tags.join(', ') || (stepsChanged ? 'none' : ''),
    change.added.length ? `steps added: ${change.added.join(', ')}` : '',
    change.removed.length ? `unticked steps removed: ${change.removed.join(', ')}` : '',
  ].filter(Boolean);
  const text = parts.join('; ');
  return text ? clip(text, 200) : null;
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

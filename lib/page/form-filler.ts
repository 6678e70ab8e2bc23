/**
 * Fills a CRM's new-record form from an escalation plan (issue 12), the way the agent
 * typing would, so that the CRM's framework (React, Ember, Angular, Lightning) keeps the
 * values: inputs and textareas through the native value setter plus input and change
 * events; rich-text editors (contenteditable) through the browser's own text insertion
 * (insert-text.ts). Values go in as text, never HTML. Nothing is ever clicked: the agent
 * reviews the form and saves it with the CRM's own button.
 */
import type { FieldStep } from '../crm/escalation/types';
import type { FillReport } from '../crm/escalation/report';
export { describeFill, type FillReport } from '../crm/escalation/report';
import { isShown } from '../crm/read';
import { insertText } from './insert-text';

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

const isEditable = (el: Element): el is Editable =>
  el instanceof el.ownerDocument.defaultView!.HTMLInputElement ||
  el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement
    ? !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly
    : (el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true';

/** The field's element: the first shown, editable match of its alternatives. */
export function findField(doc: Document, step: FieldStep): Editable | null {
  for (const selector of step.selectors) {
    let found: Element[];
    try {
      found = [...doc.querySelectorAll(selector)];
    } catch {
      continue; // a selector this DOM cannot parse
    }
    const el = found.find((candidate) => isShown(candidate) && isEditable(candidate));
    if (el) return el as Editable;
  }
  return null;
}

const isTextControl = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  'value' in el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');

/** Sets a control's value so that React and its kin see it (their value tracker included). */
function setControlValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const view = el.ownerDocument.defaultView!;
  const proto =
    el.tagName === 'INPUT' ? view.HTMLInputElement.prototype : view.HTMLTextAreaElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus();
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new view.Event('input', { bubbles: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
  el.dispatchEvent(new view.FocusEvent('blur'));
}

/**
 * Writes the text into an editor that heard neither the browser's insertion nor a paste:
 * text nodes and line breaks (never markup), then the input event its framework listens to.
 */
function writeLines(el: HTMLElement, value: string): void {
  const doc = el.ownerDocument;
  el.replaceChildren();
  value.split('\n').forEach((line, i) => {
    if (i > 0) el.append(doc.createElement('br'));
    el.append(doc.createTextNode(line));
  });
  el.dispatchEvent(new doc.defaultView!.Event('input', { bubbles: true }));
}

/** Fills one field; false when it already held text (the agent's or the CRM's). */
async function fillField(
  el: Editable,
  value: string,
  sleep: (ms: number) => Promise<void>,
): Promise<boolean> {
  if (isTextControl(el)) {
    if (el.value.trim()) return false;
    setControlValue(el, value);
    return true;
  }
  if ((el.textContent ?? '').trim()) return false;
  if (!(await insertText(el, value, sleep))) writeLines(el, value);
  return true;
}

export interface FillOptions {
  /** How long to wait for the form to be drawn (CRMs draw it after their app loads). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const POLL_MS = 200;

/**
 * Waits for the form (any of its fields), then fills every field found, in order, and
 * says which were filled, kept and missing. Never submits.
 */
export async function fillForm(
  doc: Document,
  fields: readonly FieldStep[],
  options: FillOptions = {},
): Promise<FillReport> {
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const timeout = options.timeoutMs ?? 15_000;
  for (let waited = 0; waited < timeout; waited += POLL_MS) {
    if (fields.some((step) => findField(doc, step))) break;
    await sleep(POLL_MS);
  }
  const report: FillReport = { filled: [], kept: [], missing: [] };
  for (const step of fields) {
    const el = findField(doc, step);
    if (!el) report.missing.push(step.label);
    else if (await fillField(el, step.value, sleep)) report.filled.push(step.label);
    else report.kept.push(step.label);
  }
  return report;
}

/**
 * DOM reading shared by the CRM adapters: visibility (consoles keep inactive tabs mounted),
 * queries that go into open shadow roots (Lightning web components), and the cleaning of
 * what is read into CrmRecord fields. Pure reads; nothing here throws on odd markup.
 */
import { CRM_LIMITS } from '../db/constants';
import type { CrmRecord, CrmRecordRef } from './types';

/** Alternatives of a selector, best first (the lib/sites style: a reason and date on each). */
export type Alternatives = readonly string[];

/**
 * Where a read looks: a root and every open shadow root below it (site-dom §8: Lightning
 * renders its record layout inside web components). Collected once per read, since finding
 * the shadow roots walks the whole tree; queries then run natively in each.
 */
export type Scope = readonly ParentNode[];

export function deepScope(root: ParentNode): Scope {
  const roots: ParentNode[] = [root];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  return roots;
}

/** Everything in the scope that matches: the root's matches first, then each shadow root's. */
export function queryAll(scope: Scope, selector: string): Element[] {
  const found: Element[] = [];
  for (const root of scope) {
    try {
      found.push(...root.querySelectorAll(selector));
    } catch {
      return []; // a selector this engine cannot parse: nothing, rather than a throw
    }
  }
  return found;
}

/** The parent of a node, stepping out of a shadow root to its host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Whether the page shows el. site-dom §8 (toggl) skips nodes whose offsetParent is null;
 * checkVisibility() says the same for display:none anywhere above (stylesheets included)
 * without failing on position:fixed, and works where there is no layout (the DOM tests).
 * The hidden and aria-hidden attributes are checked on the way up, across shadow hosts.
 */
export function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el)) return false;
  for (let node: Element | null = el; node; node = parentOf(node)) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = node.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return false;
  }
  return true;
}

/** Shown elements matching any of the alternatives, in the order of the alternatives. */
export function shownAll(scope: Scope, alternatives: Alternatives): Element[] {
  const out: Element[] = [];
  for (const selector of alternatives) {
    for (const el of queryAll(scope, selector)) {
      if (!out.includes(el) && isShown(el)) out.push(el);
    }
  }
  return out;
}

/** The first shown match of the alternatives (best alternative first). */
export function shownFirst(scope: Scope, alternatives: Alternatives): Element | null {
  for (const selector of alternatives) {
    const found = queryAll(scope, selector).find(isShown);
    if (found) return found;
  }
  return null;
}

/** One line of text: an input's value, else the element's text, whitespace made one. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  // The live value property: form apps (Dynamics) set it without the attribute.
  const value = /^(INPUT|TEXTAREA)$/i.test(el.tagName)
    ? (el as HTMLInputElement).value || el.getAttribute('value') || ''
    : (el.textContent ?? '');
  return value.replace(/\s+/g, ' ').trim();
}

/** A field value cleaned to one line and clipped; null when empty. */
export function clean(text: string | null | undefined, max: number): string | null {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line === '' ? null : line.slice(0, max).trim();
}

/** Placeholders CRMs show in empty fields ("--", "-", "—"): no value. */
const PLACEHOLDER = /^[-\u2013\u2014.\s]*$/;

/** The text of the first shown match, cleaned; placeholders are no value. */
export function fieldText(scope: Scope, alternatives: Alternatives, max: number) {
  const found = clean(textOf(shownFirst(scope, alternatives)), max);
  return found && !PLACEHOLDER.test(found) ? found : null;
}

const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:.]{2,}$/;
/**
 * An address inside a text. It starts where a run of address characters starts (the
 * lookbehind) and each part is bounded by the longest address kept (CRM_LIMITS.email):
 * unbounded, a long text with no address ('x' x 120,000) took the regex 18 s, quadratic
 * (found by the fuzz test, test/dom/fuzz). Longer parts gave no address before either:
 * cleanEmail refuses them.
 */
const EMAIL_IN_TEXT =
  /(?<![^\s@<>()[\]",;:])[^\s@<>()[\]",;:]{1,254}@[^\s@<>()[\]",;:]{1,254}\.[A-Za-z]{2,}/;

/** An email address, loosely checked and lower-cased: "mailto:A@B.com?subject=x" -> "a@b.com". */
export function cleanEmail(text: string | null | undefined): string | null {
  let value = (text ?? '').trim().replace(/^mailto:/i, '');
  value = value.split('?')[0] ?? '';
  try {
    value = decodeURIComponent(value);
  } catch {
    // A stray % in a shown address: keep the text as it is.
  }
  value = value.trim().toLowerCase();
  return EMAIL.test(value) && value.length <= CRM_LIMITS.email ? value : null;
}

/** The first email address inside a longer text ("Dana Reyes <dana@example.com>"). */
export function emailIn(text: string | null | undefined): string | null {
  return cleanEmail(EMAIL_IN_TEXT.exec(text ?? '')?.[0]);
}

/** The email of a shown link or field: a mailto href first, else its text. */
export function emailOf(el: Element | null): string | null {
  if (!el) return null;
  return cleanEmail(el.getAttribute('href')) ?? emailIn(textOf(el));
}

/** A phone number as shown, when it looks like one (5 to 20 digits, phone punctuation). */
export function cleanPhone(text: string | null | undefined): string | null {
  const value = clean((text ?? '').replace(/^tel:/i, ''), CRM_LIMITS.phone);
  if (!value || !/^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?)\s*\d+)?$/i.test(value)) return null;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 20 ? value : null;
}

/**
 * The value beside a label, for CRMs where no source names a DOM hook (Zoho, Freshdesk,
 * Zendesk user pages; notes site-dom.md §8, 2026-11-22). A heuristic and an English fast
 * path (§0 rule 2): a shown leaf element whose whole text matches the label, then its
 * <label for> control, its next sibling, or its parent's next sibling.
 */
export function labelledValue(scope: Scope, label: RegExp, skip?: string): Element | null {
  const candidates = queryAll(scope, 'label, dt, th, span, div, p, h4, h5, strong');
  for (const el of candidates) {
    if (el.childElementCount > 0 || !label.test(textOf(el)) || !isShown(el)) continue;
    if (skip && el.closest(skip)) continue;
    const control = el.matches('label[for]')
      ? el.ownerDocument.getElementById(el.getAttribute('for') ?? '')
      : null;
    for (const value of [control, el.nextElementSibling, el.parentElement?.nextElementSibling]) {
      if (value && textOf(value) !== '' && !label.test(textOf(value))) return value;
    }
  }
  return null;
}

/** Builds a record from its ref and the fields read; null when neither name nor email is. */
export function recordOf(
  ref: CrmRecordRef,
  fields: Partial<Pick<CrmRecord, 'name' | 'email' | 'phone' | 'company' | 'owner'>>,
): CrmRecord | null {
  const record: CrmRecord = {
    ...ref,
    name: clean(fields.name, CRM_LIMITS.name),
    email: cleanEmail(fields.email),
    phone: cleanPhone(fields.phone),
    company: clean(fields.company, CRM_LIMITS.company),
    owner: clean(fields.owner, CRM_LIMITS.owner),
  };
  return record.name || record.email ? record : null;
}

/** A ref with its fields clipped to CRM_LIMITS (the URL too: some CRMs keep state in it). */
export function refOf(
  system: CrmRecordRef['system'],
  objectType: string,
  recordId: string | null,
  url: URL,
): CrmRecordRef | null {
  const href = url.href;
  if (href.length > CRM_LIMITS.url || objectType.length > CRM_LIMITS.objectType) return null;
  if (recordId !== null && (recordId === '' || recordId.length > CRM_LIMITS.recordId)) return null;
  return { system, objectType, recordId, url: href };
}

/** Runs a page read, so markup no one has seen costs the read, never the content script. */
export function safely<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** Every https URL check of the adapters: no port, no credentials (the real apps have none). */
export function isPlainHttps(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && url.username === '';
}

/**
 * The email shown nearest to an element (a contact's link in a card): the first shown
 * mailto in its closest ancestor that has one, climbing at most `levels`, and never into an
 * ancestor that also holds another element matching `others` (another person's card).
 */
export function nearestEmail(from: Element | null, others: string, levels = 6): string | null {
  let el = from?.parentElement ?? null;
  for (let i = 0; el && i < levels; i++, el = el.parentElement) {
    if (el.querySelectorAll(others).length > 1) return null;
    const link = Array.from(el.querySelectorAll('a[href^="mailto:"]')).find(isShown);
    if (link) return emailOf(link);
  }
  return null;
}

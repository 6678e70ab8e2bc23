/**
 * A seeded mutator of saved pages: what a site shows while it renders, recycles rows or is
 * half-way through a redesign. The source is cut short and parsed again (a page caught
 * mid-stream, the main "half-rendered" case), then a few DOM operations are applied.
 * Everything comes from the given random source, so one seed always gives one page.
 */

export type Rng = () => number;

/** The DOM operations; truncation happens before them, on the source. */
export const OPERATIONS = [
  'remove',
  'swap-attribute',
  'move-attribute',
  'drop-attribute',
  'rename-attribute',
  'hostile-attribute',
  'move',
  'duplicate',
  'wrap',
  'empty',
  'hostile-text',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** A page after mutation, and what was done to it (for failure messages). */
export interface Mutated {
  doc: Document;
  ops: string[];
}

/** How often the source is cut short before parsing. */
const TRUNCATE_SHARE = 0.4;
const MAX_OPS = 8;

/**
 * Attributes the adapters read. Picking among these half of the time makes swaps hit
 * hrefs and testids, not only the class attributes that fill real pages.
 */
const READ_ATTRIBUTES = [
  'href',
  'data-testid',
  'aria-label',
  'aria-labelledby',
  'role',
  'id',
  'datetime',
  'lang',
  'src',
  'tabindex',
  'data-urn',
  'data-id',
  'data-fullname',
  'data-permalink',
  'data-ad-rendering-role',
  'aria-posinset',
  'contenteditable',
  'hidden',
  'style',
  'class',
  'value',
  'data-is-active',
];

// Past the 100,000-character text limit; long runs are where a regex goes quadratic (two
// did: test/dom/crm-read.test.ts, crm-zendesk.test.ts).
const LONG = 'x'.repeat(120_000);
const LONG_RUNS = [
  '9'.repeat(60_000), // counts
  '1,234 '.repeat(10_000),
  'a@'.repeat(30_000), // addresses
  '<'.repeat(30_000),
  `${' \n\t'.repeat(20_000)}x`,
];

/** Text no page should show as anything but text, and text that looks like something else. */
const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u200b\u200c\u200d\ufeff',
  '\u202egnp.exe\u202c \u200frefund\u200f',
  '@\u0430cme_support', // Cyrillic а: a lookalike handle
  '@acme_supp\u043ert',
  'ᴀᴄᴍᴇ 𝐒𝐮𝐩𝐩𝐨𝐫𝐭 👩🏽‍💻',
  '\ud800 lone surrogate',
  '99999999999999999999 Likes',
  '1.2.3.4,5 replies · 7 8 9',
  '',
  '   ',
  LONG,
  ...LONG_RUNS,
];

/** Attribute values a broken or hostile page may carry. */
const HOSTILE_VALUES = [
  '',
  ' ',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '../../evil',
  '//evil.example/a/status/1',
  'https://evil.example/acme/status/1',
  '/acme/status/' + '9'.repeat(300),
  '/\u0430cme/status/1',
  '%E0%A4%A',
  '?lc=%',
  '#',
  'NaN',
  '-1',
  '99999999999999999999',
  'not a date',
  'urn:li:activity:',
  'x'.repeat(5000),
  'https://x.com/a b/status/1',
  '\u202e/evil\u202c',
];

/** Every element of the page, inside open shadow roots too (CRM pages have them). */
export function elementsOf(doc: Document): Element[] {
  const out: Element[] = [];
  const roots: ParentNode[] = [doc];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  return out;
}

/** A short name for an element in a failure message. */
export function nameOf(el: Element): string {
  const testid = el.getAttribute('data-testid');
  const id = el.getAttribute('id');
  const name =
    el.localName + (id ? `#${id}` : '') + (testid !== null ? `[data-testid="${testid}"]` : '');
  return name.length > 80 ? `${name.slice(0, 77)}...` : name;
}

/** Whether node is el or inside it, across shadow roots (contains() stops at them). */
function holds(el: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === el) return true;
  }
  return false;
}

const pick = <T>(rng: Rng, items: readonly T[]): T | undefined =>
  items[Math.floor(rng() * items.length)];

/**
 * Cuts the source and parses it (or parses it whole), then applies 1 to MAX_OPS operations.
 * `parse` is the page's own loader (CRM pages attach their shadow roots there). Parsing
 * afresh costs happy-dom no more than copying a kept parse would.
 */
export function mutatePage(source: string, parse: (html: string) => Document, rng: Rng): Mutated {
  const ops: string[] = [];
  let html = source;
  if (rng() < TRUNCATE_SHARE) {
    const at = Math.floor(rng() * source.length);
    html = source.slice(0, at);
    ops.push(`truncate at ${at} of ${source.length}`);
  }
  const doc = parse(html);
  const count = 1 + Math.floor(rng() * MAX_OPS);
  for (let i = 0; i < count; i++) {
    const op = pick(rng, OPERATIONS)!;
    ops.push(`${op}: ${apply(doc, op, rng) ?? 'nothing to do'}`);
  }
  return { doc, ops };
}

/** Elements an operation may take out or move: never <html>, <head> or <body> themselves. */
const movable = (all: Element[]) => all.filter((el) => !/^(html|head|body)$/.test(el.localName));

/** An attribute name to work on: one the adapters read half of the time, else any. */
function attributeName(rng: Rng, all: Element[]): string | null {
  if (rng() < 0.5) {
    const names = new Set(all.flatMap((el) => el.getAttributeNames()));
    const present = READ_ATTRIBUTES.filter((name) => names.has(name));
    const name = pick(rng, present);
    if (name) return name;
  }
  const el = pick(
    rng,
    all.filter((e) => e.attributes.length > 0),
  );
  return el ? (el.attributes[Math.floor(rng() * el.attributes.length)]?.name ?? null) : null;
}

/** Applies one operation; says what it did, or null when the page had nothing to do it on. */
export function apply(doc: Document, op: Operation, rng: Rng): string | null {
  const all = elementsOf(doc);
  const some = movable(all);
  // Elements that load what they name keep their attributes: happy-dom would try to load a
  // hostile script src (a parsed page's scripts never run, in a browser or here).
  const named = all.filter((el) => !/^(script|link|iframe)$/.test(el.localName));
  const holderOf = (name: string | null) =>
    name
      ? pick(
          rng,
          named.filter((el) => el.hasAttribute(name)),
        )
      : undefined;
  switch (op) {
    case 'remove': {
      const el = pick(rng, some);
      el?.remove();
      return el ? nameOf(el) : null;
    }
    case 'swap-attribute': {
      // Two hrefs, two testids, two labels traded: a recycled row half-updated.
      const name = attributeName(rng, named);
      const [a, b] = [holderOf(name), holderOf(name)];
      if (!name || !a || !b || a === b) return null;
      const value = a.getAttribute(name)!;
      a.setAttribute(name, b.getAttribute(name)!);
      b.setAttribute(name, value);
      return `${name} of ${nameOf(a)} and ${nameOf(b)}`;
    }
    case 'move-attribute': {
      // A data-testid (or an href, a role) that lands on another element.
      const name = attributeName(rng, named);
      const [from, to] = [holderOf(name), pick(rng, named)];
      if (!name || !from || !to || from === to) return null;
      to.setAttribute(name, from.getAttribute(name)!);
      from.removeAttribute(name);
      return `${name} from ${nameOf(from)} to ${nameOf(to)}`;
    }
    case 'drop-attribute': {
      const name = attributeName(rng, named);
      const el = holderOf(name);
      if (!name || !el) return null;
      el.removeAttribute(name);
      return `${name} of ${nameOf(el)}`;
    }
    case 'rename-attribute': {
      // A redesign renames a hook: data-testid -> data-test-id, href -> data-href.
      const name = attributeName(rng, named);
      const el = holderOf(name);
      if (!name || !el) return null;
      const renamed = rng() < 0.5 ? `data-${name}` : `${name}-old`;
      el.setAttribute(renamed, el.getAttribute(name)!);
      el.removeAttribute(name);
      return `${name} of ${nameOf(el)} to ${renamed}`;
    }
    case 'hostile-attribute': {
      const name = attributeName(rng, named);
      const el = holderOf(name);
      const value = pick(rng, HOSTILE_VALUES)!;
      if (!name || !el) return null;
      el.setAttribute(name, value);
      return `${name} of ${nameOf(el)} = ${JSON.stringify(value.slice(0, 40))}`;
    }
    case 'move': {
      const el = pick(rng, some);
      const into = pick(rng, all);
      if (!el || !into || holds(el, into)) return null;
      const before = pick(
        rng,
        [...into.childNodes].filter((node) => node !== el),
      );
      into.insertBefore(el, before ?? null);
      return `${nameOf(el)} into ${nameOf(into)}`;
    }
    case 'duplicate': {
      // Recycled rows: the same subtree (ids and all) twice, next to itself or elsewhere.
      const el = pick(rng, some);
      const into = rng() < 0.5 ? el?.parentNode : pick(rng, all);
      if (!el || !into) return null;
      into.insertBefore(el.cloneNode(true), into === el.parentNode ? el.nextSibling : null);
      return nameOf(el);
    }
    case 'wrap': {
      // A redesign adds a wrapper; sometimes one that looks like a post or a link.
      const el = pick(rng, some);
      if (!el?.parentNode) return null;
      const wrapper = doc.createElement(pick(rng, ['div', 'span', 'article', 'a'])!);
      if (rng() < 0.5) wrapper.setAttribute('role', pick(rng, ['link', 'article', 'button'])!);
      const named = `${nameOf(el)} in ${wrapper.outerHTML.replace(/<\/.*$/, '')}`;
      el.parentNode.insertBefore(wrapper, el);
      wrapper.append(el);
      return named;
    }
    case 'empty': {
      // A skeleton: the container is there, its content not rendered yet.
      const el = pick(
        rng,
        all.filter((e) => e.localName !== 'html'),
      );
      el?.replaceChildren();
      return el ? nameOf(el) : null;
    }
    case 'hostile-text': {
      const texts = all.flatMap((el) =>
        [...el.childNodes].filter((node): node is Text => node.nodeType === 3),
      );
      const text = pick(rng, texts);
      const value = pick(rng, HOSTILE_TEXT)!;
      if (!text) return null;
      text.data = rng() < 0.5 ? value : `${text.data} ${value}`;
      return `in ${text.parentElement ? nameOf(text.parentElement) : 'a text'}: ${JSON.stringify(value.slice(0, 30))}`;
    }
  }
}

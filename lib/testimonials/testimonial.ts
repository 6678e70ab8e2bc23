import type { Actor } from '../cases/actor';
import { clip } from '../clip';
import { nextMeta } from '../db/records';
import {
  customerKey as customerKeyOf,
  postKey as postKeyOf,
  TagSchema,
  TESTIMONIAL_LIMITS,
  TestimonialSchema,
  type Consent,
  type ConsentEvidence,
  type ConsentState,
  type ParsedPost,
  type Post,
  type Testimonial,
  type TestimonialChange,
  type TestimonialState,
} from '../db/schema';

/**
 * A testimonial's rules, pure (no database): what is made of a saved post, how the
 * moderation state and the author's consent may change, and what may be published. The
 * store (store.ts) reads, applies one of these and writes in one transaction.
 *
 * Text is kept verbatim — no stripping of odd Unicode — because it is the author's own
 * words; whoever renders or exports it escapes it (exports: lib/testimonials/export-*).
 */

/** Input the testimonial cannot take: the message is written for the marketer. */
export class TestimonialInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TestimonialInputError';
  }
}

/** A change the testimonial's state does not allow (granting consent without evidence…). */
export class TestimonialStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TestimonialStateError';
  }
}

/** What a testimonial is linked to: the customer (identity key "x:dana_r") and the case. */
export interface TestimonialLinks {
  customerKey: string | null;
  caseId: string | null;
}

/** Where the save came from, kept in the history entry of the save. */
export type SaveSource = 'page' | 'case' | 'feedback';

// "@AcmeSupport @help thanks!" → "thanks!": the handles a reply starts with address it,
// they are not what the author said. Mentions inside the text are kept.
const LEADING_MENTIONS = /^(?:\s*@[\p{L}\p{N}_]{1,50})+[\s,:;.\u2013\u2014-]*/u;

/**
 * The quote a post starts as: its text, trimmed, without the @mentions a reply starts
 * with (a post that is nothing but mentions keeps them). A post longer than a quote may
 * be (an X Article) is cut at a word before the limit with "…": the agent saving from the
 * page cannot trim first, and the whole text stays in `originalText`.
 */
export function quoteOfPost(text: string): string {
  const trimmed = text.trim();
  const withoutMentions = trimmed.replace(LEADING_MENTIONS, '').trim();
  const quote = withoutMentions || trimmed;
  if (quote.length <= TESTIMONIAL_LIMITS.quote) return quote;
  const cut = clip(quote, TESTIMONIAL_LIMITS.quote - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > TESTIMONIAL_LIMITS.quote / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The star rating a post carries. No supported platform's posts carry one yet (X has no
 * ratings; a review site's adapter would add it to the parsed post), so: null.
 */
export function ratingOfPost(post: ParsedPost | Post): number | null {
  const rating = (post as { rating?: unknown }).rating;
  return typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5
    ? rating
    : null;
}

/** The customer a post's author is: the same key cases and customer identities use. */
export const authorKeyOf = (post: Pick<ParsedPost, 'platform' | 'author'>) =>
  customerKeyOf(post.platform, post.author.handle.replace(/^@+/, ''));

const NOT_ASKED: Consent = {
  state: 'not-asked',
  requestedAt: null,
  via: null,
  answeredAt: null,
  evidence: null,
};

/** A new pending testimonial of a post (consent not asked yet). */
export function newTestimonial(
  post: ParsedPost | Post,
  links: TestimonialLinks,
  source: SaveSource,
  actor: Actor,
): Testimonial {
  const parsed = TestimonialSchema.safeParse({
    ...nextMeta(undefined, actor.now),
    postKey: postKeyOf(post.platform, post.postId),
    platform: post.platform,
    postId: post.postId,
    permalink: post.permalink,
    quote: quoteOfPost(post.text),
    originalText: post.text,
    author: post.author,
    postedAt: post.postedAt,
    language: post.language,
    metrics: post.metrics,
    rating: ratingOfPost(post),
    product: null,
    tags: [],
    favourite: false,
    customerKey: links.customerKey,
    caseId: links.caseId,
    savedAt: actor.now,
    savedBy: actor.by,
    state: 'pending',
    consent: NOT_ASKED,
    history: [{ at: actor.now, by: actor.by, what: 'saved', from: null, to: source }],
  });
  if (!parsed.success) throw inputError(parsed.error.issues);
  return parsed.data;
}

/** Only approved testimonials whose author granted consent go into exports by default. */
export const isPublishable = (t: Pick<Testimonial, 'state' | 'consent' | 'deleted'>): boolean =>
  !t.deleted && t.state === 'approved' && t.consent.state === 'granted';

/** What one change makes of a testimonial, and the history entries that say so. */
export interface Transition {
  next: Partial<Testimonial>;
  entries: Omit<TestimonialChange, 'at' | 'by'>[];
}

/** The testimonial after a transition: re-validated, meta bumped, history capped. */
export function applyTransition(
  current: Testimonial,
  transition: Transition,
  actor: Actor,
): Testimonial {
  const entries = transition.entries.map((entry) => ({
    at: actor.now,
    by: actor.by,
    what: entry.what,
    from: entry.from?.slice(0, 200) ?? null,
    to: entry.to?.slice(0, 200) ?? null,
  }));
  const parsed = TestimonialSchema.safeParse({
    ...current,
    ...transition.next,
    ...nextMeta(current, actor.now),
    history: cappedHistory([...current.history, ...entries]),
  });
  if (!parsed.success) throw inputError(parsed.error.issues);
  return parsed.data;
}

/** The save entry stays first (who saved it, from where); then the newest changes. */
function cappedHistory(history: TestimonialChange[]): TestimonialChange[] {
  const max = TESTIMONIAL_LIMITS.history;
  if (history.length <= max) return history;
  return [history[0]!, ...history.slice(-(max - 1))];
}

// --- Moderation -------------------------------------------------------------------------

/**
 * Pending, approved or rejected. Any state may become any other (a marketer changes
 * their mind, or sends one back to pending for another look); the same state is no change.
 */
export function moderation(current: Testimonial, state: TestimonialState): Transition | null {
  if (current.state === state) return null;
  return { next: { state }, entries: [{ what: 'state', from: current.state, to: state }] };
}

// --- Edits ------------------------------------------------------------------------------

/** The marketer's edits; a field left out is not changed. */
export interface TestimonialEdit {
  quote?: string;
  tags?: readonly string[];
  product?: string | null;
  rating?: number | null;
  favourite?: boolean;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a quote is made of the author's own words only: pieces of their post, in order,
 * joined by an ellipsis ("…" or "...") where the marketer cut. Spacing may differ.
 */
export function isOwnWords(quote: string, original: string): boolean {
  const text = squash(original);
  let from = 0;
  for (const piece of quote.split(/…|\.\.\./)) {
    const words = squash(piece);
    if (!words) continue;
    const at = text.indexOf(words, from);
    if (at < 0) return false;
    from = at + words.length;
  }
  return true;
}

const tagsOf = (tags: readonly string[]): string[] => {
  const clean: string[] = [];
  for (const tag of tags) {
    const parsed = TagSchema.safeParse(tag);
    if (!parsed.success) continue; // blank tags are dropped, not an error
    if (!clean.includes(parsed.data)) clean.push(parsed.data);
  }
  if (clean.length > TESTIMONIAL_LIMITS.tags) {
    throw new TestimonialInputError(
      `A testimonial takes at most ${TESTIMONIAL_LIMITS.tags} tags (${clean.length} given).`,
    );
  }
  return clean;
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The marketer's edits. Trimming the quote to the author's own words keeps an approval;
 * a quote with words the author did not write sends an approved testimonial back to
 * pending, because what was approved (and what the author agreed to) is no longer what
 * would be published. The quote's text never goes into the history.
 */
export function edit(current: Testimonial, change: TestimonialEdit): Transition | null {
  const next: Partial<Testimonial> = {};
  const entries: Transition['entries'] = [];
  if (change.quote !== undefined) {
    const quote = change.quote.trim();
    checkQuote(quote);
    if (quote !== current.quote) {
      const own = isOwnWords(quote, current.originalText);
      next.quote = quote;
      entries.push({ what: 'edited', from: null, to: own ? 'quote trimmed' : 'quote reworded' });
      if (!own && current.state === 'approved') {
        next.state = 'pending';
        entries.push({ what: 'state', from: 'approved', to: 'pending' });
      }
      // The author agreed to their own words: words they never wrote need asking again.
      if (!own && current.consent.state === 'granted') {
        next.consent = NOT_ASKED;
        entries.push({ what: 'consent', from: 'granted', to: 'not-asked' });
      }
    }
  }
  if (change.tags !== undefined) {
    const tags = tagsOf(change.tags);
    if (!sameList(tags, current.tags)) {
      next.tags = tags;
      entries.push({ what: 'tags', from: current.tags.join(', '), to: tags.join(', ') });
    }
  }
  if (change.product !== undefined) {
    const product = change.product?.trim() || null;
    if (product && product.length > TESTIMONIAL_LIMITS.product) {
      throw new TestimonialInputError(
        `A product name takes at most ${TESTIMONIAL_LIMITS.product} characters.`,
      );
    }
    if (product !== current.product) {
      next.product = product;
      entries.push({
        what: 'edited',
        from: `product: ${current.product ?? 'none'}`,
        to: `product: ${product ?? 'none'}`,
      });
    }
  }
  if (change.rating !== undefined && change.rating !== current.rating) {
    const rating = change.rating;
    if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) {
      throw new TestimonialInputError('A rating is a whole number of stars from 1 to 5.');
    }
    next.rating = rating;
    entries.push({
      what: 'edited',
      from: `rating: ${current.rating ?? 'none'}`,
      to: `rating: ${rating ?? 'none'}`,
    });
  }
  if (change.favourite !== undefined && change.favourite !== current.favourite) {
    next.favourite = change.favourite;
    entries.push({
      what: 'favourite',
      from: String(current.favourite),
      to: String(change.favourite),
    });
  }
  return entries.length ? { next, entries } : null;
}

function checkQuote(quote: string): void {
  if (!quote) throw new TestimonialInputError('A testimonial needs a quote.');
  if (quote.length > TESTIMONIAL_LIMITS.quote) {
    throw new TestimonialInputError(
      `The quote is ${quote.length.toLocaleString('en')} characters long; ` +
        `a quote takes at most ${TESTIMONIAL_LIMITS.quote.toLocaleString('en')}.`,
    );
  }
}

// --- Consent ----------------------------------------------------------------------------

/** A consent change as the marketer asks for it. */
export interface ConsentInput {
  state: ConsentState;
  /** How it was asked ("reply on X", "DM", "email"): for 'requested'. */
  via?: string | null;
  /** What shows the answer (a link to the reply, or a note): required to grant. */
  evidence?: ConsentEvidence | null;
}

/**
 * The author's consent:
 * - not-asked → requested (when: now; via: how it was asked). Asking again updates both.
 * - requested (or not-asked, when the author offered: "feel free to share!") → granted
 *   with evidence, or declined (evidence optional). When: now.
 * - granted ↔ declined: the author changed their mind (granting again needs evidence).
 * - anything → not-asked: a reset (a mistake undone), clearing when, how and evidence.
 * Asking again once granted is refused: reset first, so a grant is never lost by a click.
 * Evidence is kept on the record only: history entries name its kind, never its text.
 */
export function consentChange(
  current: Testimonial,
  input: ConsentInput,
  actor: Pick<Actor, 'now'>,
): Transition {
  const now = actor.now;
  const was = current.consent;
  const from = was.state;
  const entry = (to: string) => ({ what: 'consent' as const, from, to });
  switch (input.state) {
    case 'not-asked':
      if (from === 'not-asked') throw new TestimonialStateError('Consent has not been asked yet.');
      return { next: { consent: NOT_ASKED }, entries: [entry('not-asked')] };
    case 'requested': {
      if (from === 'granted') {
        throw new TestimonialStateError(
          'The author already granted consent; reset it to "not asked" before asking again.',
        );
      }
      const via = input.via?.trim() || null;
      if (via && via.length > TESTIMONIAL_LIMITS.via) {
        throw new TestimonialInputError(
          `Say how it was asked in at most ${TESTIMONIAL_LIMITS.via} characters.`,
        );
      }
      return {
        next: {
          consent: { state: 'requested', requestedAt: now, via, answeredAt: null, evidence: null },
        },
        entries: [entry(via ? `requested (${via})` : 'requested')],
      };
    }
    case 'granted':
    case 'declined': {
      const evidence = input.evidence ?? null;
      if (input.state === 'granted' && !evidence) {
        throw new TestimonialInputError(
          'Granting consent needs evidence: a link to the author’s reply, or a note of how they agreed.',
        );
      }
      return {
        next: {
          consent: {
            state: input.state,
            requestedAt: was.requestedAt,
            via: was.via,
            answeredAt: now,
            evidence,
          },
        },
        entries: [entry(evidence ? `${input.state} (${evidence.kind})` : input.state)],
      };
    }
  }
}

function inputError(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const shown = issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
  return new TestimonialInputError(`The testimonial is not valid (${shown}).`);
}

/**
 * Every entry point of an adapter on a (mutated) page, and the promises its answers keep:
 * no throw, posts that pass ParsedPostSchema, ids that are strings within the stored limits,
 * elements where the interface says they are. A broken promise throws a FuzzViolation that
 * names the entry point and the element; plain Errors (not expect) so the bench can run it.
 */
import { z } from 'zod';
import type { CrmAdapter, CrmRecord, CrmRecordRef } from '../../../lib/crm/types';
import { AuthorSchema, CRM_LIMITS, ParsedPostSchema } from '../../../lib/db/schema';
import type { SiteAdapter } from '../../../lib/sites/types';
import { nameOf } from './mutate';

export class FuzzViolation extends Error {
  override name = 'FuzzViolation';
}

const fail = (message: string): never => {
  throw new FuzzViolation(message);
};

/**
 * A throw or a broken promise, named by where it happened ("postIdOf(div#x)"). Built only
 * on failure: the checks run on every element of thousands of pages.
 */
function located(where: string, error: unknown): FuzzViolation {
  if (error instanceof FuzzViolation) return new FuzzViolation(`${where}: ${error.message}`);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return new FuzzViolation(`${where} threw: ${detail}`);
}

/** The id a post is stored under: ParsedPostSchema's postId (1 to 128 characters). */
function checkId(id: unknown): void {
  if (id === null) return;
  if (typeof id !== 'string' || id.length < 1 || id.length > 128) {
    fail(`returned ${JSON.stringify(id)?.slice(0, 200)}: not an id of 1 to 128 characters`);
  }
}

/** Null or an element (inside `inside`, where the interface says it is there). */
function checkElement(value: unknown, inside?: Node): void {
  if (value === null) return;
  if (!(value instanceof Element)) return fail(`returned ${String(value)}: not an element`);
  if (inside && !inside.contains(value)) fail(`returned ${nameOf(value)}, outside`);
}

function checkSchema(schema: z.ZodType, value: unknown): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    fail(`failed its schema: ${issues.join('; ')}`);
  }
}

const ShownProfileSchema = z.object({
  handle: AuthorSchema.shape.handle,
  name: AuthorSchema.shape.name,
  followers: AuthorSchema.shape.followers.optional(),
  profileUrl: AuthorSchema.shape.profileUrl.unwrap().optional(),
});
const HoverCardSchema = z.object({
  handle: AuthorSchema.shape.handle,
  followers: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});
const ANSWERS = ['this', 'other', 'unknown'];

/** Every entry point of a site adapter; returns how many elements parsed as posts. */
export function exerciseSite(adapter: SiteAdapter, doc: Document, url: URL): number {
  const replies = adapter.replyBoxes;
  let parsed = 0;
  let step = '';
  for (const el of [doc.documentElement, ...doc.querySelectorAll('*')]) {
    try {
      step = 'closestPost';
      // Not checked to hold el: Facebook's post element leaves out its footer on purpose.
      checkElement(adapter.closestPost(el), doc);
      step = 'postIdOf';
      checkId(adapter.postIdOf(el));
      step = 'buttonSlot';
      checkElement(adapter.buttonSlot(el), el);
      step = 'parsePost';
      const post = adapter.parsePost(el, url);
      if (post) {
        checkSchema(ParsedPostSchema, post);
        if (post.platform !== adapter.id) fail(`platform ${post.platform}`);
        parsed++;
      }
      if (replies) {
        step = 'replyBoxes.opener';
        checkElement(replies.opener(el));
        step = 'replyBoxes.sendButton';
        checkElement(replies.sendButton(el));
        step = 'replyBoxes.answeredPostId';
        checkId(replies.answeredPostId(el, url));
      }
    } catch (error) {
      throw located(`${step}(${nameOf(el)})`, error);
    }
  }

  try {
    step = 'findPosts(document)';
    const posts = adapter.findPosts(doc);
    if (!Array.isArray(posts)) fail('returned no array');
    for (const post of posts) checkElement(post, doc);
    // The content script runs findPosts on added subtrees: a post (its own root), the row
    // around it, the body. What it finds is under the root (the root itself counts).
    const roots = [doc.body, ...posts, ...posts.map((post) => post.parentElement)];
    for (const root of new Set(roots)) {
      if (!root) continue;
      step = `findPosts(${nameOf(root)})`;
      for (const found of adapter.findPosts(root)) checkElement(found, root);
    }
    step = 'focusedPost';
    checkElement(adapter.focusedPost(doc, url), doc);
    step = 'profileOf';
    const profile = adapter.profileOf(url, doc);
    if (profile) checkSchema(ShownProfileSchema, profile);
    step = 'hoverCardAuthor';
    const card = adapter.hoverCardAuthor?.(doc) ?? null;
    if (card) checkSchema(HoverCardSchema, card);
    step = 'match, isPostPage, expectsPosts';
    const answers = [adapter.match(url), adapter.isPostPage(url), adapter.expectsPosts(url)];
    if (answers.some((answer) => typeof answer !== 'boolean')) fail(`returned ${answers}`);
    if (replies) {
      step = 'replyBoxes.postPageId';
      const pageId = replies.postPageId(url);
      checkId(pageId);
      const someId = posts.map((p) => adapter.postIdOf(p)).find((id) => id !== null) ?? null;
      for (const id of [null, pageId, someId]) {
        step = `replyBoxes.find(${id})`;
        for (const box of replies.find(doc, url, id)) {
          checkElement(box.editor, doc);
          if (!box.editor) fail('a box without an editor');
          if (!ANSWERS.includes(box.answers)) fail(`answers ${box.answers}`);
        }
      }
    }
  } catch (error) {
    throw located(step, error);
  }
  return parsed;
}

/** A CRM ref: the adapter's system, and every field within CRM_LIMITS. */
function checkRef(ref: CrmRecordRef, adapter: CrmAdapter): void {
  if (ref.system !== adapter.id) fail(`system ${ref.system}`);
  if (typeof ref.objectType !== 'string' || ref.objectType.length > CRM_LIMITS.objectType) {
    fail(`objectType ${JSON.stringify(ref.objectType)}`);
  }
  if (
    ref.recordId !== null &&
    (typeof ref.recordId !== 'string' ||
      ref.recordId.length < 1 ||
      ref.recordId.length > CRM_LIMITS.recordId)
  ) {
    fail(`recordId ${JSON.stringify(ref.recordId)}`);
  }
  if (typeof ref.url !== 'string' || ref.url.length > CRM_LIMITS.url) fail('url');
}

const EMAIL = /^[^\sA-Z@]+@[^\sA-Z@]+\.[^\sA-Z@.]{2,}$/;

/** A record as CrmRecord promises it: a name or an email, one trimmed line per field. */
function checkRecord(record: CrmRecord, adapter: CrmAdapter): void {
  checkRef(record, adapter);
  if (record.name === null && record.email === null) fail('neither name nor email');
  if (
    record.email !== null &&
    (!EMAIL.test(record.email) || record.email.length > CRM_LIMITS.email)
  ) {
    fail(`email ${JSON.stringify(record.email)}`);
  }
  for (const field of ['name', 'phone', 'company', 'owner'] as const) {
    const value = record[field];
    if (value === null) continue;
    if (typeof value !== 'string' || value === '' || value !== value.replace(/\s+/g, ' ').trim()) {
      fail(`${field} ${JSON.stringify(value)} is not one trimmed line`);
    }
    if (value.length > CRM_LIMITS[field]) fail(`${field} longer than its limit`);
  }
}

/** Every entry point of a CRM reader; returns 1 when it read a record, else 0. */
export function exerciseCrm(adapter: CrmAdapter, doc: Document, url: URL): number {
  let step = 'match';
  try {
    if (typeof adapter.match(url) !== 'boolean') fail('no boolean');
    step = 'recordRef';
    const ref = adapter.recordRef(url);
    if (ref) checkRef(ref, adapter);
    step = 'readRecord';
    const record = adapter.readRecord(doc, url);
    if (record) checkRecord(record, adapter);
    return record ? 1 : 0;
  } catch (error) {
    throw located(step, error);
  }
}

import { assignedEvent } from '../activity/record';
import type { CasebookDatabase } from '../db/database';
import { bumpCounter } from '../db/counters';
import {
  CaseSchema,
  customerKey,
  PostSchema,
  postKey,
  type Case,
  type Customer,
  type ParsedPost,
  type Post,
} from '../db/schema';
import { newCaseRef, newId } from '../ids';
import type { Actor } from './actor';
import { newChecklist, templateForChannel } from './checklist';
import { slaRulesOf, withDerivedFields } from './derive';
import { scorePriority } from './priority';
import { countTopics, hotTopicAmong } from './topic-store';
import { caseTitle } from './text';
import { readSettings, type Settings } from '../settings';
import { largestAudience } from '../customers/customer';
import { upsertCapturedCustomer } from '../customers/capture-store';
import { sentimentOf } from './sentiment';
import { routeNewCase, routingTables } from '../routing/apply';
import type { RoutingOutcome } from '../routing/outcome';

/**
 * How the post reads, scored with the English word list: posts the site labels in
 * another language get no score (as priority does not read their tone either).
 */
function sentimentOfPost(parsed: ParsedPost) {
  const english = !parsed.language || /^en\b/i.test(parsed.language);
  return english ? sentimentOf(parsed.text) : null;
}

/**
 * The case's priority from the captured post and its customer: the larger of the
 * followers the post shows and the customer's largest audience, VIP, lifetime value.
 */
function priorityOf(
  parsed: ParsedPost,
  customer: Customer,
  hotTopic: string | null,
  settings: Settings,
) {
  const audience = largestAudience(customer);
  const shown = parsed.author.followers;
  const { priority, reasons } = scorePriority(
    {
      text: parsed.text,
      followers: shown === null ? audience : Math.max(shown, audience ?? 0),
      vip: customer.vip,
      lifetimeValue: customer.lifetimeValue,
      hotTopic,
      language: parsed.language,
    },
    settings.priority,
  );
  return { priority, priorityReasons: reasons };
}

export interface CaptureResult {
  caseId: string;
  ref: string;
  postKey: string;
  /** False when the post was already captured: capturing again never duplicates. */
  created: boolean;
  /** Who routing gave the new case to, and by which rule; null when it did not run. */
  routing: RoutingOutcome | null;
}

/**
 * Stores a post and opens a case for it, in one transaction: after a crash either both
 * are there or neither. A new case is routed in the same transaction (issue 11), so it is
 * never seen unassigned and the round-robin turn it took is kept with it. Capturing a post
 * that is already stored returns its case and only refreshes the counts the page shows now.
 */
export async function capturePost(
  db: CasebookDatabase,
  parsed: ParsedPost,
  actor: Actor,
): Promise<CaptureResult> {
  const key = postKey(parsed.platform, parsed.postId);
  const tables = [
    db.posts,
    db.cases,
    db.events,
    db.counters,
    db.topicCounts,
    db.settings,
    db.customers,
    ...routingTables(db),
  ];
  return db.transaction('rw', tables, async () => {
    const existingPost = await db.posts.where('key').equals(key).first();
    const existingCase = await db.cases
      .where('postKeys')
      .equals(key)
      .filter((c) => !c.deleted)
      .first();
    if (existingPost) await refreshPost(db, existingPost, parsed, actor);
    // Same platform and handle → same customer; only a new post adds to their sentiment.
    const sentiment = existingPost ? null : sentimentOfPost(parsed);
    const customer = await upsertCapturedCustomer(
      db,
      parsed,
      sentiment && { at: parsed.postedAt ?? actor.now, score: sentiment.score },
      actor,
    );
    if (existingCase) {
      return {
        caseId: existingCase.id,
        ref: existingCase.ref,
        postKey: key,
        created: false,
        routing: null,
      };
    }

    if (!existingPost) {
      const post: Post = PostSchema.parse({
        ...parsed,
        id: newId(),
        key,
        createdAt: actor.now,
        updatedAt: actor.now,
        version: 1,
        deleted: false,
        capturedAt: actor.now,
        capturedBy: actor.by,
        ...(sentiment && { sentiment }),
      });
      await db.posts.add(post);
      await bumpCounter(db, 'posts', 1);
    }

    const topics = await countTopics(db, parsed.text, actor.now);
    const hotTopic = await hotTopicAmong(db, topics, actor.now);
    const settings = await readSettings(db);
    const routed = await routeNewCase(
      db,
      CaseSchema.parse(await newCase(db, parsed, key, actor, hotTopic, settings, customer)),
      { customer, language: parsed.language },
      settings,
      actor,
    );
    const record = CaseSchema.parse(routed.record);
    await db.cases.add(record);
    await bumpCounter(db, 'cases', 1);
    await bumpCounter(db, 'openCases', 1);
    await db.events.add({
      id: newId(),
      at: actor.now,
      by: actor.by,
      type: 'case.created',
      caseId: record.id,
      data: {
        postKey: key,
        channel: parsed.platform,
        // Issue 12: what the activity stream and its alerts say of the case (P1, VIP).
        priority: record.priority,
        vip: customer.vip === true,
      },
    });
    // A case the rules gave to someone: the stream shows the assignment too (issue 12).
    if (routed.outcome && record.assignee !== null)
      await db.events.add(assignedEvent(undefined, record));
    return {
      caseId: record.id,
      ref: record.ref,
      postKey: key,
      created: true,
      routing: routed.outcome,
    };
  });
}

async function refreshPost(db: CasebookDatabase, post: Post, parsed: ParsedPost, actor: Actor) {
  // The page may now show the full text (it was cut before) and newer counts.
  const text = post.truncated && !parsed.truncated ? parsed.text : post.text;
  await db.posts.update(post.id, {
    metrics: parsed.metrics,
    text,
    truncated: post.truncated && parsed.truncated,
    updatedAt: actor.now,
    version: post.version + 1,
  });
}

async function newCase(
  db: CasebookDatabase,
  parsed: ParsedPost,
  key: string,
  actor: Actor,
  hotTopic: string | null,
  settings: Settings,
  customer: Customer,
): Promise<Case> {
  let ref = newCaseRef();
  // Short refs can collide; the unique index would abort the whole capture, so pick again.
  while (await db.cases.where('ref').equals(ref).count()) ref = newCaseRef();
  const { author } = parsed;
  const record: Case = {
    id: newId(),
    ref,
    createdAt: actor.now,
    updatedAt: actor.now,
    version: 1,
    deleted: false,
    status: 'new',
    title: caseTitle(parsed.text, author.handle),
    text: parsed.text,
    channel: parsed.platform,
    // Every post the adapters capture today is public; direct messages come with their own.
    kind: 'public',
    ...priorityOf(parsed, customer, hotTopic, settings),
    permalink: parsed.permalink,
    postKeys: [key],
    customer: {
      platform: parsed.platform,
      handle: author.handle,
      name: author.name,
      profileUrl: author.profileUrl,
      avatarUrl: author.avatarUrl,
    },
    customerKey: customerKey(parsed.platform, author.handle),
    assignee: actor.by,
    notes: [],
    tags: [],
    checklist: newChecklist(
      templateForChannel(settings.checklistTemplates, parsed.platform)?.steps ?? [],
    ),
    history: [{ at: actor.now, by: actor.by, type: 'created', from: null, to: 'new' }],
    experts: [],
    articles: [],
    firstResponseAt: null,
    // The desk receives the post when it is captured: the first-response clock starts.
    awaitingSince: actor.now,
    // Derived below.
    resolutionDueAt: null,
    responseDueAt: null,
    slaDueAt: null,
    terms: [],
  };
  return withDerivedFields(record, actor.now, slaRulesOf(settings));
}

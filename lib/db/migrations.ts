import type { Transaction } from 'dexie';
import { resolutionDueAt } from '../cases/case-sla';
import { newChecklist } from '../cases/checklist';
import { scorePriority } from '../cases/priority';
import { dayOf } from '../cases/topic-store';
import { topicsOf } from '../cases/topics';
import type { Case } from './schema';
import { slaRulesOf, withDerivedFields } from '../cases/derive';
import { DEFAULT_SETTINGS, SettingsSchema } from '../settings';
import { backfillCustomers } from '../customers/backfill';

/**
 * Every schema version of the `casebook` database, oldest first. A version is never
 * edited once shipped: add a new one with its upgrade, and a test in
 * test/unit/db-migrations.test.ts that seeds the old shape and checks the new.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const OPEN = ['new', 'open', 'waiting'];

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    stores: {
      posts: 'id, &key, capturedAt, [platform+postId]',
      cases: 'id, &ref, status, customerKey, *postKeys, updatedAt, createdAt',
      events: 'id, at, caseId, type',
    },
  },
  {
    // v2: running totals, so "open in total" never counts a table on a UI path, and
    // the queue's "open, newest first" reads one compound index range.
    version: 2,
    stores: {
      counters: 'key',
      cases: 'id, &ref, status, customerKey, *postKeys, updatedAt, createdAt, [status+updatedAt]',
    },
    upgrade: async (tx) => {
      // A one-time scan at upgrade is fine; UI paths read the counters instead.
      let cases = 0;
      let openCases = 0;
      await tx.table('cases').each((record: { status: string; deleted?: boolean }) => {
        if (record.deleted) return;
        cases += 1;
        if (OPEN.includes(record.status)) openCases += 1;
      });
      const posts = await tx.table('posts').count();
      await tx.table('counters').bulkPut([
        { key: 'cases', value: cases },
        { key: 'openCases', value: openCases },
        { key: 'posts', value: posts },
      ]);
    },
  },
  {
    // v3: the case workflow. Cases get a conversation kind, an activity checklist, a
    // priority with its reasons
    // and a stored resolution due time, and the
    // queue's "open cases by SLA due" reads one compound index range.
    version: 3,
    stores: {
      cases:
        'id, &ref, status, customerKey, *postKeys, updatedAt, createdAt, [status+updatedAt], [status+resolutionDueAt]',
      topicCounts: '[day+topic], [day+count]',
      settings: 'key',
    },
    upgrade: async (tx) => {
      const now = Date.now();
      // Topic counts for the hot topics of the day, from the cases already there.
      const counts = new Map<string, { day: string; topic: string; count: number }>();
      await tx.table('cases').each((record: Case) => {
        const day = dayOf(record.createdAt);
        for (const topic of topicsOf(record.text)) {
          const key = `${day}|${topic}`;
          const entry = counts.get(key) ?? { day, topic, count: 0 };
          entry.count += 1;
          counts.set(key, entry);
        }
      });
      await tx.table('topicCounts').bulkPut([...counts.values()]);
      await tx
        .table('cases')
        .toCollection()
        .modify((record: Case) => {
          record.kind = 'public'; // every case before v3 came from a public post
          record.checklist = newChecklist();
          const { priority, reasons } = scorePriority({
            text: record.text,
            followers: null,
            vip: false,
            hotTopic: null,
          });
          record.priority = priority;
          record.priorityReasons = reasons;
          record.resolutionDueAt = resolutionDueAt(record, now);
        });
    },
  },
  {
    // v4: response clocks, full-text search terms, and the desk's saved replies, experts
    // and knowledge articles. The queue reads open cases by the sooner of the response
    // and resolution due times: only queue cases have one, so one index is the queue.
    version: 4,
    stores: {
      cases:
        'id, &ref, status, customerKey, *postKeys, updatedAt, createdAt, [status+updatedAt], slaDueAt, *terms',
      savedReplies: 'id, updatedAt',
      experts: 'id, *topics, updatedAt',
      // url: an import matches existing articles by their address.
      articles: 'id, updatedAt, status, caseId, url',
    },
    upgrade: async (tx) => {
      const now = Date.now();
      const rules = slaRulesOf(await readSettingsIn(tx));
      await tx
        .table('cases')
        .toCollection()
        .modify((record: Case) => {
          record.experts = [];
          record.articles = [];
          // Before v4 replies were not recorded: a case an agent has moved on from
          // (open, waiting, finished) counts as answered, a new one still waits.
          const answered = record.status !== 'new';
          record.firstResponseAt = answered ? record.updatedAt : null;
          record.awaitingSince = answered ? null : record.createdAt;
          Object.assign(record, withDerivedFields(record, now, rules));
        });
    },
  },
  {
    // v5: customers (issue 4). One customer across sites and CRMs, found by the derived
    // keys of its identities, emails and CRM records; merges recorded so they can be
    // undone; 'customer.*' events found by customer. Cases keep their customerKey.
    version: 5,
    stores: {
      customers: 'id, *identityKeys, *emailKeys, *crmKeys, nameKey, updatedAt, mergedInto',
      customerMerges: 'id, survivorId, mergedId, at',
      events: 'id, at, caseId, type, customerId',
    },
    upgrade: async (tx) => {
      await backfillCustomers(tx, Date.now());
    },
  },
  {
    // v6: promised follow-ups (issue 5). Reminders and the badge read pending ones by
    // [status+dueAt]; the sidebar finds a customer's by customerKey, a case's by caseId,
    // the lead review groups by owner. Nothing existing changes shape: no upgrade.
    version: 6,
    stores: {
      followUps: 'id, status, dueAt, [status+dueAt], caseId, customerKey, owner, updatedAt',
    },
  },
  {
    // v7: testimonials (issue 6). &postKey: one testimonial per post. The library pages by
    // savedAt and narrows by state, consent, platform and tags; its menus list the tags,
    // platforms and products in use from index keys alone; erasure finds a customer's by
    // customerKey; a case's by caseId. Erasures keep no content. No upgrade.
    version: 7,
    stores: {
      testimonials:
        'id, &postKey, state, consent.state, platform, customerKey, caseId, savedAt, updatedAt, *tags, product',
      testimonialErasures: 'id, at, customerId',
    },
  },
  {
    // v8: team sync (issue 8). Shadows hold each shared record as last stamped, so a local
    // edit is found by comparing (whatever code path made it); the outbox holds pushes
    // until the server acknowledges them (kept across worker restarts, retried with the
    // same pushId); conflicts are the edits the team overrode, shown on the record. Posts
    // get an updatedAt index like every other shared table, for the change scan.
    version: 8,
    stores: {
      posts: 'id, &key, capturedAt, [platform+postId], updatedAt',
      syncShadows: '[table+id]',
      syncOutbox: 'pushId, createdAt',
      syncConflicts: 'id, [table+recordId], at',
      syncMeta: 'key',
    },
  },
  {
    // v9: analytics (issue 10). The facts of each UTC day, derived from its events, and
    // how far they are built: the dashboard reads days, never every case. Derived data,
    // built on first use from the events already there: no upgrade.
    version: 9,
    stores: {
      analyticsDays: 'day',
      analyticsMarks: 'key',
    },
  },
  {
    // v10: routing applied (issue 11). Least-loaded routing counts each agent's open cases
    // on [assignee+status], key-only (unassigned cases have no key there, so it stays small);
    // the round-robin cursors move on every routed capture, so they live in routingState,
    // apart from the settings record the options page writes whole. No upgrade: IndexedDB
    // fills the new index from the cases already there.
    version: 10,
    stores: {
      cases:
        'id, &ref, status, customerKey, *postKeys, updatedAt, createdAt, [status+updatedAt], slaDueAt, *terms, [assignee+status]',
      routingState: 'key',
    },
  },
];

/** The settings as stored, read inside an upgrade transaction. */
async function readSettingsIn(tx: Transaction) {
  const stored: unknown = await tx.table('settings').get('main');
  return SettingsSchema.safeParse(stored).data ?? DEFAULT_SETTINGS;
}

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

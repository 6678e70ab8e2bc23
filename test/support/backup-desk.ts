/**
 * A desk with something in every backed-up table, made through the library's own write
 * paths (capture, notes, follow-ups, merges, erasures…), for the backup tests; and a
 * snapshot of a whole database to show an import changed nothing.
 */
import { collectBackup } from '@/lib/backup/export';
import { readBackup } from '@/lib/backup/read';
import { planBackup } from '@/lib/backup/plan';
import { writeBackup } from '@/lib/backup/write';
import { capturePost } from '@/lib/cases/capture';
import { addCaseNote, setCaseStatus } from '@/lib/cases/edit';
import { createCustomer } from '@/lib/customers/customer-store';
import { mergeCustomers } from '@/lib/customers/merge-store';
import type { CasebookDatabase } from '@/lib/db/database';
import { createFollowUps } from '@/lib/followups/store';
import { saveArticle } from '@/lib/knowledge/articles';
import { deleteExpert, saveExpert } from '@/lib/knowledge/experts';
import { saveSavedReply } from '@/lib/replies/store';
import { readSettings, saveSettings } from '@/lib/settings';
import { eraseTestimonials } from '@/lib/testimonials/erase';
import { parsedPost } from './factories';
import { testimonial } from './testimonial-factory';

export const DESK_NOW = Date.UTC(2026, 10, 22, 10, 0);
const HOUR = 3_600_000;

/** Text a page could hold: markup, scripts, bidi overrides, zero-width and odd characters. */
export const HOSTILE =
  '<script>alert("x")</script><img src=x onerror=alert(1)> \u202Eevil\u202C \u200B\u200D\u2060' +
  ' مرحبا بالعالم \u2028\u2029 "quotes" \\back\\slash 😡👩‍👩‍👧 \u0000 \uD800 end';

export async function fillDesk(db: CasebookDatabase, now = DESK_NOW) {
  const at = (offset: number, by = 'me') => ({ by, now: now + offset });
  await saveSettings(db, { ...(await readSettings(db)), agents: ['me', 'Sam'] });
  const first = await capturePost(db, parsedPost({ text: `Order lost ${HOSTILE}` }), at(-5 * HOUR));
  const second = await capturePost(
    db,
    parsedPost({
      postId: '1850000000000000002',
      author: { ...parsedPost().author, handle: 'omar' },
    }),
    at(-4 * HOUR),
  );
  await capturePost(
    db,
    parsedPost({ postId: '1850000000000000003', text: 'App crash on login' }),
    at(-3 * HOUR),
  );
  await addCaseNote(db, first.caseId, `Called them. ${HOSTILE}`, at(-2 * HOUR));
  await setCaseStatus(db, second.caseId, 'resolved', at(-HOUR, 'Sam'), 'Solved by phone');
  await createFollowUps(
    db,
    {
      caseId: first.caseId,
      customerKey: null,
      owner: 'me',
      text: "We'll get back to you within 24 hours.",
      source: 'reply',
      where: 'https://x.com/AcmeSupport/status/1850000000000000099',
      promises: [
        { phrase: "we'll get back to you within 24 hours", dueAt: new Date(now + 24 * HOUR) },
      ],
    },
    at(-90 * 60_000),
  );
  const kept = await createCustomer(db, { name: 'Dana R', vip: true }, at(-HOUR));
  const gone = await createCustomer(db, { name: 'Dana Rivera' }, at(-HOUR));
  await mergeCustomers(
    db,
    { survivorId: kept.id, mergedId: gone.id, choices: { name: 'survivor', vip: 'survivor' } },
    at(-50 * 60_000),
  );
  await db.testimonials.bulkPut([
    testimonial({ quote: `Great help ${HOSTILE}`, tags: ['fast'] }),
    testimonial({ author: { handle: 'erase_me' } }),
  ]);
  const toErase = await db.testimonials.where('customerKey').equals('x:erase_me').first();
  await eraseTestimonials(db, { testimonialId: toErase!.id }, 'Asked by email', at(-40 * 60_000));
  await saveSavedReply(
    db,
    { name: 'Sorry', body: 'Sorry {name}, we are on it.', channel: 'any', tags: [] },
    at(-30 * 60_000),
  );
  const expert = await saveExpert(
    db,
    { name: 'Kim', role: 'Billing', topics: ['billing'], contacts: [], notes: HOSTILE },
    at(-20 * 60_000),
  );
  const formerExpert = await saveExpert(
    db,
    { name: 'Lee', role: 'Login', topics: ['login'], contacts: [], notes: '' },
    at(-20 * 60_000),
  );
  await deleteExpert(db, formerExpert.id, at(-10 * 60_000)); // a tombstone travels too
  await saveArticle(
    db,
    {
      title: 'Refunds',
      body: `How refunds work ${HOSTILE}`,
      status: 'published',
      url: '',
      tags: ['billing'],
    },
    at(-10 * 60_000),
  );
  return { cases: [first.caseId, second.caseId], expertId: expert.id };
}

/** The backup file's text of a database, and its `tables` part (exportedAt aside). */
export async function exportText(db: CasebookDatabase, now = DESK_NOW + HOUR) {
  const { parts, summary } = await collectBackup(db, { now, chunkSize: 3 });
  const text = parts.join('');
  return { text, tables: text.slice(text.indexOf('"tables":')), summary };
}

/** Everything stored, derived tables and sync state included, as one string. */
export async function snapshot(db: CasebookDatabase): Promise<string> {
  const { tables } = await exportText(db);
  const derived = await Promise.all(
    ['counters', 'topicCounts', 'syncMeta', 'syncShadows', 'syncOutbox'].map((name) =>
      db.table(name).toArray(),
    ),
  );
  return `${tables}\n${JSON.stringify(derived)}`;
}

/** The whole import as the settings page runs it: read, preview, write. */
export async function importText(db: CasebookDatabase, text: string, chunkSize = 2) {
  const backup = await readBackup(text, { chunkSize });
  const plan = await planBackup(db, backup, { chunkSize });
  const done = await writeBackup(db, backup, { chunkSize, now: DESK_NOW + HOUR });
  return { backup, plan, done };
}

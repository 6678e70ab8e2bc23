/**
 * The derived tables an import keeps right: the running totals (cases, open cases, posts),
 * adjusted by what the import really changed, as a capture or a pulled change would; and
 * the topic counts behind the hot topics of the day.
 *
 * Topics are counted only for restored cases created in the days hot topics look at (today
 * and the BASELINE_DAYS before): no other day's count is ever read, and counting the topics
 * of 100,000 old cases would write hundreds of thousands of rows nobody reads.
 */
import type { CasebookDatabase } from '../db/database';
import { bumpCounter } from '../db/counters';
import { isOpenStatus, type CaseStatus } from '../db/schema';
import { BASELINE_DAYS, dayOf } from '../cases/topic-store';
import { topicsOf } from '../cases/topics';
import type { BackupTable, StoredRecord } from './format';
import type { Decision } from './compare';

const DAY_MS = 86_400_000;
const TOPIC_CHUNK = 2_000;
const live = (record: StoredRecord | undefined) => !!record && record.deleted !== true;
const open = (record: StoredRecord | undefined) =>
  live(record) && isOpenStatus(record!.status as CaseStatus);

export class DerivedTotals {
  private cases = 0;
  private openCases = 0;
  private posts = 0;
  private readonly topics = new Map<string, { day: string; topic: string; count: number }>();
  private readonly since: number;

  constructor(now: number) {
    this.since = now - (BASELINE_DAYS + 1) * DAY_MS;
  }

  /** Notes one record the import writes (after) over what was here (before). */
  follow(
    name: BackupTable,
    decision: Decision,
    before: StoredRecord | undefined,
    after: StoredRecord,
  ) {
    if (decision === 'skip') return;
    if (name === 'posts' && decision === 'add') this.posts += 1;
    if (name !== 'cases') return;
    this.cases += Number(live(after)) - Number(live(before));
    this.openCases += Number(open(after)) - Number(open(before));
    const createdAt = Number(after.createdAt);
    // A case new here counts toward its day's topics, as a capture here would have.
    if (decision === 'add' && live(after) && createdAt >= this.since) {
      const day = dayOf(createdAt);
      for (const topic of topicsOf(String(after.text ?? ''))) {
        const key = `${day}\u0000${topic}`;
        const entry = this.topics.get(key) ?? { day, topic, count: 0 };
        entry.count += 1;
        this.topics.set(key, entry);
      }
    }
  }

  /** Writes the totals; call inside the import's transaction (counters, topicCounts). */
  async save(db: CasebookDatabase): Promise<void> {
    await bumpCounter(db, 'cases', this.cases);
    await bumpCounter(db, 'openCases', this.openCases);
    await bumpCounter(db, 'posts', this.posts);
    const counted = [...this.topics.values()];
    // In chunks: one bulkPut of 100,000 rows clones them all in one task (seconds).
    for (let start = 0; start < counted.length; start += TOPIC_CHUNK) {
      const chunk = counted.slice(start, start + TOPIC_CHUNK);
      const existing = await db.topicCounts.bulkGet(
        chunk.map(({ day, topic }) => [day, topic] as [string, string]),
      );
      await db.topicCounts.bulkPut(
        chunk.map((entry, i) => ({ ...entry, count: entry.count + (existing[i]?.count ?? 0) })),
      );
    }
  }
}

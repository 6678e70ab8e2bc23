import type { CasebookDatabase } from '../db/database';
import type { TopicCount } from '../db/schema';
import {
  DEFAULT_HOT_TOPIC_SETTINGS,
  hotTopics,
  topicsOf,
  type DayCount,
  type HotTopic,
} from './topics';

/** Today's most frequent topics considered for "hot": bounds the read on a UI path. */
const MAX_CANDIDATES = 200;

/** How many days before today make "the usual day" for hot topics. */
export const BASELINE_DAYS = 7;

/** The local calendar day of a moment, "YYYY-MM-DD" (the agent's own time zone). */
export function dayOf(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const daysBefore = (at: number) =>
  Array.from({ length: BASELINE_DAYS }, (_, i) => {
    const d = new Date(at);
    d.setDate(d.getDate() - (i + 1));
    return dayOf(d.getTime());
  });

/** Counts a captured post's topics for its day. Call inside the capture's transaction. */
export async function countTopics(
  db: CasebookDatabase,
  text: string,
  at: number,
): Promise<string[]> {
  const day = dayOf(at);
  const topics = topicsOf(text);
  const keys = topics.map((topic) => [day, topic] as [string, string]);
  const existing = await db.topicCounts.bulkGet(keys);
  await db.topicCounts.bulkPut(
    topics.map((topic, i) => ({ day, topic, count: (existing[i]?.count ?? 0) + 1 })),
  );
  return topics;
}

/** Per earlier day, the counts of these topics (point reads only). */
async function previousCounts(db: CasebookDatabase, topics: string[], at: number) {
  return Promise.all(
    daysBefore(at).map(async (day) => {
      const rows = await db.topicCounts.bulkGet(topics.map((t) => [day, t] as [string, string]));
      return rows.filter((r): r is TopicCount => r !== undefined).map(toDayCount);
    }),
  );
}

const toDayCount = (row: TopicCount): DayCount => ({ topic: row.topic, count: row.count });

/**
 * Today's hot topics. Reads only today's topics with enough posts (an index range on
 * [day+count]) and those topics' counts on the days before: never a whole table.
 */
export async function readHotTopics(db: CasebookDatabase, now: number): Promise<HotTopic[]> {
  const today = await db.topicCounts
    .where('[day+count]')
    .between([dayOf(now), DEFAULT_HOT_TOPIC_SETTINGS.minToday], [dayOf(now), Infinity])
    .reverse()
    .limit(MAX_CANDIDATES)
    .toArray();
  if (!today.length) return [];
  const before = await previousCounts(
    db,
    today.map((r) => r.topic),
    now,
  );
  return hotTopics(today.map(toDayCount), before);
}

/** The hottest of these topics today, if any is hot: a reason for a higher priority. */
export async function hotTopicAmong(
  db: CasebookDatabase,
  topics: string[],
  now: number,
): Promise<string | null> {
  if (!topics.length) return null;
  const rows = await db.topicCounts.bulkGet(topics.map((t) => [dayOf(now), t] as [string, string]));
  const today = rows.filter((r): r is TopicCount => r !== undefined).map(toDayCount);
  const before = await previousCounts(db, topics, now);
  return hotTopics(today, before)[0]?.topic ?? null;
}

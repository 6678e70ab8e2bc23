/// <reference lib="webworker" />
/**
 * The analytics off the dashboard's thread: bringing the stored facts up to date, reading
 * a year of them and computing the measures and the forecast would otherwise hold the
 * page for as long as they take. The page gets progress, the measures as soon as they are
 * known (its first charts), then the whole report.
 */
import { browserZone, defaultRange } from '@/lib/analytics/days';
import { cachedFactReader } from '@/lib/analytics/fact-cache';
import { buildReport, rangeToRead } from '@/lib/analytics/report';
import { refreshFacts } from '@/lib/analytics/rollup-store';
import { openDatabase } from '@/lib/db/database';
import {
  AnalyticsAnswerSchema,
  AnalyticsRequestSchema,
  type AnalyticsAnswer,
  type AnalyticsRequest,
  WARM_UP_ID,
} from './analytics-messages';

const db = openDatabase();
/** Checked in full here, where it is made (the page checks its envelope only). */
const answer = (message: AnalyticsAnswer) => postMessage(AnalyticsAnswerSchema.parse(message));
const read = cachedFactReader(db);

// Started when the view is chosen, before the page asks anything: the facts are brought up
// to date and the month the view opens on is read meanwhile, so the first request finds
// little left to do.
const warmedUp = (async () => {
  const now = Date.now();
  await refreshFacts(db, now, ({ done, total }) =>
    answer({ type: 'progress', id: WARM_UP_ID, done, total }),
  );
  const timeZone = browserZone();
  const { from, to } = rangeToRead({ ...defaultRange(now, timeZone), timeZone, now });
  await read(from, to);
})().catch(() => undefined); // the request's own refresh and read say what went wrong

/**
 * One report at a time, and only the newest asked for: a lead changing dates or filters
 * quickly would otherwise start a refresh and a year's read per change.
 */
let running = false;
let waiting: AnalyticsRequest | null = null;

async function run(request: AnalyticsRequest) {
  const { id, ...rest } = request;
  await warmedUp;
  try {
    const report = await buildReport(
      db,
      { ...rest, now: Date.now() },
      ({ done, total }) => answer({ type: 'progress', id, done, total }),
      (measures) => answer({ type: 'measures', id, measures }),
      read,
    );
    answer({ type: 'report', id, report });
  } catch (cause) {
    answer({
      type: 'failed',
      id,
      message: cause instanceof Error ? cause.message : 'The analytics could not be computed.',
    });
  }
}

async function drain() {
  if (running) return;
  running = true;
  while (waiting) {
    const next = waiting;
    waiting = null;
    await run(next);
  }
  running = false;
}

addEventListener('message', (event: MessageEvent) => {
  const request = AnalyticsRequestSchema.safeParse(event.data);
  if (!request.success) {
    const id = typeof event.data?.id === 'number' ? event.data.id : 0;
    return answer({ type: 'failed', id, message: 'The analytics got a request they do not know.' });
  }
  waiting = request.data;
  void drain();
});

/// <reference lib="webworker" />
/**
 * The analytics off the dashboard's thread: bringing the stored facts up to date, reading
 * a year of them and computing the measures and the forecast would otherwise hold the
 * page for as long as they take. The page gets progress, the measures as soon as they are
 * known (its first charts), then the whole report.
 */
import { buildReport } from '@/lib/analytics/report';
import { openDatabase } from '@/lib/db/database';
import { AnalyticsRequestSchema, type AnalyticsAnswer } from './analytics-messages';

const db = openDatabase();
const answer = (message: AnalyticsAnswer) => postMessage(message);

async function handle(data: unknown) {
  const request = AnalyticsRequestSchema.safeParse(data);
  if (!request.success) throw new Error('the analytics got a request they do not know');
  const { id, ...rest } = request.data;
  const report = await buildReport(
    db,
    { ...rest, now: Date.now() },
    ({ done, total }) => answer({ type: 'progress', id, done, total }),
    (measures) => answer({ type: 'measures', id, measures }),
  );
  answer({ type: 'report', id, report });
}

addEventListener('message', (event: MessageEvent) => {
  const id = typeof event.data?.id === 'number' ? event.data.id : 0;
  handle(event.data).catch((cause: unknown) =>
    answer({
      type: 'failed',
      id,
      message: cause instanceof Error ? cause.message : 'The analytics could not be computed.',
    }),
  );
});

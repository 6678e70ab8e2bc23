import type { FollowUp } from '@/lib/db/schema';

/** "Sun 22 Nov, 15:02": a due time in a lead's review, which spans weeks. */
export const reviewTimeFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "Tue 15:00": a due time in the agent's week. */
export const dueFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export const STATUS_WORDS: Record<FollowUp['status'], string> = {
  pending: 'open',
  done: 'done',
  missed: 'missed',
  dismissed: 'dismissed',
};

/** Where the promise was caught, as the follow-up's line says it. */
export const SOURCE_WORDS: Record<FollowUp['source'], string> = {
  reply: 'from a reply',
  note: 'from a note',
  'saved-reply': 'from a saved reply',
  manual: 'made by hand',
  feedback: 'to check for feedback',
};

import type { FollowUp } from '@/lib/db/schema';

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

export const SOURCE_WORDS: Record<FollowUp['source'], string> = {
  reply: 'a reply',
  note: 'a note',
  'saved-reply': 'a saved reply',
  manual: 'by hand',
};

import type { SavedReply } from '../db/schema';

/**
 * The saved replies a new desk starts with: the moves every social care team makes daily.
 * Fixed ids, so creating them twice (the service worker and a page racing on first run)
 * can never make two of each.
 */
export const DEFAULT_SAVED_REPLIES: readonly Pick<
  SavedReply,
  'id' | 'name' | 'body' | 'channel' | 'tags'
>[] = [
  {
    id: 'default-acknowledge',
    name: 'Acknowledge',
    body: "Hi {name}, thanks for letting us know. We're looking into this now and will update you here. Your reference is {case}.",
    channel: 'any',
    tags: ['first response'],
  },
  {
    id: 'default-move-to-dm',
    name: 'Move to DM',
    body: '{handle} Sorry about the trouble! Please send us a DM with the details and your reference {case} (never your password), so we can look into your account privately.',
    channel: 'x',
    tags: ['first response', 'privacy'],
  },
  {
    id: 'default-more-details',
    name: 'Ask for details',
    body: 'Thanks {name}! To get to the bottom of this, could you tell us what you tried and what you saw? Reference {case}.',
    channel: 'any',
    tags: ['first response'],
  },
  {
    id: 'default-resolved-check',
    name: 'Resolved – check',
    body: 'Hi {name}, we believe this is fixed now. Could you check and tell us whether everything works as it should? Reference {case}.',
    channel: 'any',
    tags: ['resolution'],
  },
];

import type { ConsentState, TestimonialState } from '@/lib/db/schema';

export const STATE_LABELS: Record<TestimonialState, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const CONSENT_LABELS: Record<ConsentState, string> = {
  'not-asked': 'Consent not asked',
  requested: 'Consent requested',
  granted: 'Consent granted',
  declined: 'Consent declined',
};

/** How consent is asked: the channels a marketer uses; the free text allows others. */
export const CONSENT_CHANNELS = ['Reply on the post', 'Direct message', 'Email'] as const;

/** "1.2K": engagement counts as the sites show them. */
const compact = new Intl.NumberFormat(undefined, { notation: 'compact' });
export const countLabel = (value: number | null) => (value === null ? '—' : compact.format(value));

export const dayOf = (at: number) =>
  new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

import type { ConsentState, TestimonialState } from '@/lib/db/schema';
import { dashboardUrl } from './CaseLinks';

const CONSENT_WORDS: Record<ConsentState, string> = {
  'not-asked': 'consent not asked',
  requested: 'consent requested',
  granted: 'consent granted',
  declined: 'consent declined',
};

/**
 * "pending · consent not asked": a testimonial's moderation and consent in a few words
 * (joined by `joiner` where the line goes on with more " · " parts).
 */
export const testimonialStatus = (state: TestimonialState, consent: ConsentState, joiner = ' · ') =>
  `${state}${joiner}${CONSENT_WORDS[consent]}`;

/** The marketers' library in the dashboard. */
export const libraryUrl = () => `${dashboardUrl()}#view=testimonials`;

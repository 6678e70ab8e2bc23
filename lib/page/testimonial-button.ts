import { controlFactory } from './post-button-base';

/**
 * "Save as testimonial" in each post, beside "Capture as case": a heart, and once saved
 * "Saved". Like the capture button it shows no customer data, only its own state.
 */
export const TESTIMONIAL_ATTR = 'data-casebook-testimonial';

export type TestimonialButtonState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

const HEART = '\u2661';
const FULL_HEART = '\u2665';

// Pink like the sites' own "like" once saved; the muted grey of X's icons before. Both
// are readable on X's white, dim and black backgrounds.
const COLORS: Record<TestimonialButtonState['kind'], string> = {
  idle: '#536471',
  saving: '#536471',
  saved: '#d6246e',
  failed: '#c62828',
};

const LABELS: Record<TestimonialButtonState['kind'], string> = {
  idle: 'Save as testimonial',
  saving: 'Saving as testimonial\u2026',
  saved: 'Saved as testimonial',
  failed: 'Saving as testimonial failed',
};

const TEXTS: Record<TestimonialButtonState['kind'], string> = {
  idle: HEART,
  saving: HEART,
  saved: `${FULL_HEART} Saved`,
  failed: `${HEART} Failed`,
};

/** A new testimonial button in the idle state (events: delegateControlEvents). */
export const createTestimonialButton = controlFactory(TESTIMONIAL_ATTR, (button) => {
  // The heart is a glyph: a touch larger than the labels so it reads as an icon.
  button.style.fontSize = '13px';
  setTestimonialState(button, { kind: 'idle' });
});

export function setTestimonialState(
  button: HTMLButtonElement,
  state: TestimonialButtonState,
): void {
  const label = state.kind === 'failed' ? `${LABELS.failed}: ${state.message}` : LABELS[state.kind];
  button.setAttribute('aria-label', label);
  button.title = state.kind === 'idle' ? 'Save as testimonial (Casebook)' : label;
  button.setAttribute('aria-busy', String(state.kind === 'saving'));
  button.dataset.state = state.kind;
  button.style.color = COLORS[state.kind];
  button.style.opacity = state.kind === 'saving' ? '0.6' : '1';
  button.textContent = TEXTS[state.kind];
}

import { badgeText, type ListenedLabels } from '../listening/page-listening';

/**
 * The listening badge in a post that matches the watch list (issue 11): "Needs answer",
 * "Praise" or "Mention", beside Casebook's buttons. Like them it carries no customer data,
 * only the label; the sidebar lists the posts with their reasons.
 */
export const BADGE_ATTR = 'data-casebook-badge';

type Label = ListenedLabels[string];

const COLORS = { answer: '#b3261e', praise: '#d6246e', mention: '#536471' } as const;

// A pill of plain text: small, quiet, and in the sites' muted grey unless it asks for an
// answer. Inline styles, as the buttons, so no stylesheet enters the page.
const STYLE = [
  'display:inline-flex',
  'align-items:center',
  'align-self:center',
  'flex:none',
  'height:20px',
  'margin:0 4px',
  'padding:0 6px',
  'border:1px solid currentColor',
  'border-radius:10px',
  'font:600 11px/1 system-ui,-apple-system,"Segoe UI",sans-serif',
  'white-space:nowrap',
  'background:none',
  'text-transform:none',
  'letter-spacing:normal',
].join(';');

let template: HTMLSpanElement | null = null;

/** A badge, cloned from one template: parsing its style for each post showed in the benchmark. */
export function createBadge(postId: string, label: Label): HTMLSpanElement {
  if (!template) {
    template = document.createElement('span');
    template.setAttribute(BADGE_ATTR, '');
    template.setAttribute('style', STYLE);
  }
  const badge = template.cloneNode() as HTMLSpanElement;
  badge.setAttribute('data-post-id', postId);
  setBadge(badge, label);
  return badge;
}

export function setBadge(badge: HTMLElement, label: Label): void {
  const text = badgeText(label);
  badge.textContent = text;
  badge.title = `Casebook listening: ${text.toLowerCase()} (${label.label})`;
  badge.dataset.label = label.label;
  badge.style.color = label.needsAnswer
    ? COLORS.answer
    : label.label === 'praise'
      ? COLORS.praise
      : COLORS.mention;
}

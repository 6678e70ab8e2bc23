import { PLATFORM_LABELS } from '../db/constants';
import type { Testimonial } from '../db/schema';
import { dayLabel, isPublishable, notPublishableReason, type ExportScope } from './export-scope';
import { bdiText as text, escapeHtml, httpUrl } from './html-text';

// Inline styles only: the snippet is pasted into pages whose stylesheets we do not know.
const STYLE = {
  quote:
    'margin:0;max-width:34rem;padding:1rem 1.25rem;border:1px solid #e4e0f0;border-left:4px solid #6d4aff;border-radius:10px;background:#ffffff;color:#1d1b26;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;overflow-wrap:anywhere',
  stars: 'margin:0 0 .25rem;color:#f5a524;letter-spacing:.1em',
  text: 'margin:0 0 .75rem;white-space:pre-line',
  footer: 'font-size:14px;color:#5d5a6b',
  cite: 'font-style:normal;font-weight:600;color:#1d1b26',
  link: 'color:#6d4aff',
  flag: 'margin:0 0 .5rem;color:#b42318;font:600 14px/1.4 system-ui,sans-serif',
};

/**
 * One testimonial as an HTML snippet to paste into a page: a <blockquote> with its source
 * in `cite`, every text escaped, styles inline, no script and no class names.
 */
export function embedSnippet(
  t: Testimonial,
  scope: Pick<ExportScope, 'locale' | 'timeZone'>,
): string {
  const link = httpUrl(t.permalink);
  const platform = escapeHtml(PLATFORM_LABELS[t.platform]);
  const where = link
    ? `<a href="${escapeHtml(link)}" rel="nofollow noopener noreferrer" style="${STYLE.link}">${platform}</a>`
    : platform;
  const when =
    t.postedAt === null
      ? ''
      : `, <time datetime="${new Date(t.postedAt).toISOString()}">${escapeHtml(dayLabel(t.postedAt, scope))}</time>`;
  const stars =
    t.rating === null
      ? ''
      : `<p role="img" aria-label="Rated ${t.rating} out of 5" style="${STYLE.stars}">${'★'.repeat(t.rating)}</p>`;
  // A quote not approved or without consent says so in the snippet itself, where whoever
  // pastes it will read it (the marketer chose to include it; the page must not hide it).
  const warning = isPublishable(t)
    ? ''
    : `<!-- Casebook: ${escapeHtml(notPublishableReason(t)).replace(/--/g, '- -')} -->\n<p style="${STYLE.flag}">${escapeHtml(notPublishableReason(t))}</p>`;
  return [
    warning,
    `<blockquote${link ? ` cite="${escapeHtml(link)}"` : ''} style="${escapeHtml(STYLE.quote)}">`,
    stars,
    `<p dir="auto" style="${STYLE.text}">${text(t.quote)}</p>`,
    `<footer style="${STYLE.footer}">— <cite style="${STYLE.cite}">${text(t.author.name || t.author.handle)}</cite> ${text(`@${t.author.handle}`)} on ${where}${when}</footer>`,
    '</blockquote>',
  ]
    .filter(Boolean)
    .join('\n');
}

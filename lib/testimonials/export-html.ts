import { PLATFORM_LABELS } from '../db/constants';
import type { Testimonial } from '../db/schema';
import {
  dayLabel,
  isPublishable,
  NOT_FOR_PUBLISHING,
  notPublishableReason,
  scopeSentence,
  type ExportScope,
} from './export-scope';
import { bdiText as text, cleanText, escapeHtml, httpUrl, initialsOf } from './html-text';
import { WALL_STYLE } from './wall-style';

export interface WallOptions extends ExportScope {
  /** The wall's heading, the marketer's words. */
  title?: string;
  /** Show the authors' avatar images (loaded from the site). Off: initials, no requests. */
  includeAvatars?: boolean;
}

export const DEFAULT_WALL_TITLE = 'What our customers say';

/** Text as element content: escaped, and isolated so an RTL override cannot leak out. */

// A colour per author, stable across exports (the same handle, the same colour).
const colourOf = (handle: string) =>
  [...handle].reduce((sum, c) => (sum * 31 + c.codePointAt(0)!) % 6, 0);

export const starsHtml = (rating: number | null) =>
  rating === null
    ? ''
    : `<p class="stars" role="img" aria-label="Rated ${rating} out of 5">${'★'.repeat(rating)}<span class="off">${'★'.repeat(5 - rating)}</span></p>`;

function avatar(t: Testimonial, includeAvatars: boolean): string {
  const src = includeAvatars ? httpUrl(t.author.avatarUrl) : null;
  if (src)
    return `<img class="avatar" src="${escapeHtml(src)}" alt="" width="40" height="40" loading="lazy">`;
  const initials = escapeHtml(initialsOf(cleanText(t.author.name), t.author.handle));
  return `<span class="avatar c${colourOf(t.author.handle)}" aria-hidden="true">${initials}</span>`;
}

function card(t: Testimonial, options: WallOptions): string {
  const link = httpUrl(t.permalink);
  const platform = PLATFORM_LABELS[t.platform];
  const posted =
    t.postedAt === null
      ? ''
      : ` · <time datetime="${new Date(t.postedAt).toISOString()}">${escapeHtml(dayLabel(t.postedAt, options))}</time>`;
  const flag = isPublishable(t) ? '' : `<p class="flag">${escapeHtml(notPublishableReason(t))}</p>`;
  return [
    '<article class="card">',
    flag,
    starsHtml(t.rating),
    `<blockquote${link ? ` cite="${escapeHtml(link)}"` : ''}><p class="quote" dir="auto">${text(t.quote)}</p></blockquote>`,
    '<footer class="who">',
    avatar(t, options.includeAvatars ?? false),
    `<span class="id"><span class="name" dir="auto">${text(t.author.name || t.author.handle)}</span>`,
    `<span class="meta">${text(`@${t.author.handle}`)} · ${escapeHtml(platform)}${posted}</span></span>`,
    '</footer>',
    link
      ? `<a class="source" href="${escapeHtml(link)}" target="_blank" rel="nofollow noopener noreferrer">View the original on ${escapeHtml(platform)}</a>`
      : '',
    '</article>',
  ].join('');
}

/**
 * The "wall of love": one self-contained HTML file a marketer can publish. Styles inline,
 * no script at all, and a Content-Security-Policy that forbids scripts anyway, so even a
 * mistake in escaping could not run code. Every captured text is escaped; addresses are
 * http(s) or dropped; it says how it was made, and warns when it holds testimonials that
 * are not approved or not consented.
 */
export function wallOfLoveHtml(list: readonly Testimonial[], options: WallOptions): string {
  const title = cleanText(options.title?.trim() || DEFAULT_WALL_TITLE);
  const scope = scopeSentence(options);
  const images = options.includeAvatars ? ' img-src https: http:;' : '';
  const cards = list.length
    ? list.map((t) => card(t, options)).join('\n')
    : '<p class="empty">No testimonials to show yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';${images} base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Casebook">
<title>${escapeHtml(title)}</title>
<style>${WALL_STYLE}</style>
</head>
<body>
<header class="wall-head">
<h1>${text(title)}</h1>
<p class="scope">${escapeHtml(scope)}</p>
${options.onlyPublishable ? '' : `<p class="warning" role="note">${escapeHtml(NOT_FOR_PUBLISHING)}</p>`}
</header>
<main class="wall">
${cards}
</main>
<footer class="made">${escapeHtml(scope)} with Casebook · ${list.length} ${list.length === 1 ? 'testimonial' : 'testimonials'}</footer>
</body>
</html>
`;
}

// Shared pieces of the demo LinkedIn: escaping, avatars drawn as initials, icons, and post
// text (mentions, hashtags, line breaks) for both page generations.
import { PEOPLE } from './data.js';

export const esc = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export const person = (slug) => PEOPLE[slug];

/** /in/<slug>/ for people, /company/<slug>/ for pages. */
export const profilePath = (slug) => (slug.startsWith('company/') ? `/${slug}/` : `/in/${slug}/`);

const avatarCache = new Map();
/** Initials on the person's colour; pages get LinkedIn's square logo shape. */
export function avatarSrc(slug) {
  let src = avatarCache.get(slug);
  if (!src) {
    const who = person(slug);
    const initials = who.name.split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 2).toUpperCase();
    const shape = who.page
      ? `<rect width="64" height="64" rx="6" fill="${who.color}"/>`
      : `<circle cx="32" cy="32" r="32" fill="${who.color}"/>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${shape}<text x="32" y="41" text-anchor="middle" font-family="Arial,sans-serif" font-size="24" font-weight="600" fill="#fff">${esc(initials)}</text></svg>`;
    src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    avatarCache.set(slug, src);
  }
  return src;
}

const icon = (id, d, size = 24) =>
  `<svg id="${id}" viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" class="icon" fill="currentColor"><path d="${d}"/></svg>`;

/** Simple drawings of LinkedIn's icons, with the ids the new feed gives its icons. */
export const ICON = {
  like: icon('thumbs-up-outline-small', 'M19.46 11l-3.91-3.91a7 7 0 01-1.69-2.74l-.49-1.47A2.76 2.76 0 0010.76 1 2.75 2.75 0 008 3.74v1.12a9.19 9.19 0 00.46 2.85L8.89 9H4.12A2.12 2.12 0 002 11.12a2.16 2.16 0 00.92 1.76A2.11 2.11 0 002 14.62a2.14 2.14 0 001.28 2 2 2 0 00-.28 1 2.12 2.12 0 002 2.12v.14A2.12 2.12 0 007.12 22h7.49a8.08 8.08 0 003.58-.84l.31-.16H21V11zM19 19h-1l-.73.37a6.14 6.14 0 01-2.69.63H7.72a1 1 0 01-1-.72l-.25-.87-.85-.41A1 1 0 015 17l.17-1-.76-.74A1 1 0 014.27 14l.66-1.09-.73-1.1a.49.49 0 01.08-.7.48.48 0 01.34-.11h7.05l-1.31-3.92A7 7 0 0110 4.86V3.75a.77.77 0 01.75-.75.75.75 0 01.71.51L12 5a9 9 0 002.13 3.5l4.5 4.5H19z'),
  liked: icon('thumbs-up-fill-small', 'M20 11v10h-2l-.5.3a7 7 0 01-3.2.7H7.1a2.1 2.1 0 01-2-2.1 2 2 0 01.3-1 2.1 2.1 0 01-1.3-2 2.1 2.1 0 01.9-1.7A2.2 2.2 0 014 13.1 2.1 2.1 0 016.1 11h4.8l-.4-1.3A9.2 9.2 0 0110 6.9V5.7A2.7 2.7 0 0112.8 3a2.8 2.8 0 012.6 1.9l.5 1.5a7 7 0 001.7 2.7z'),
  comment: icon('comment-small', 'M7 9h10v1H7zm0 4h7v-1H7zm16-2a6.78 6.78 0 01-2.84 5.61L12 22v-4H8A7 7 0 018 4h8a7 7 0 017 7zm-2 0a5 5 0 00-5-5H8a5 5 0 000 10h6v2.28L19 15a4.79 4.79 0 002-4z'),
  repost: icon('repost-small', 'M13.96 5H6c-.55 0-1 .45-1 1v10H3V6c0-1.66 1.34-3 3-3h7.96L12 0h2.37L17 4l-2.63 4H12l1.96-3zm5.54 3H19v10c0 .55-.45 1-1 1h-7.96L12 16H9.63L7 20l2.63 4H12l-1.96-3H18c1.66 0 3-1.34 3-3V8h-1.5z'),
  send: icon('send-privately-small', 'M21 3L0 10l7.66 4.26L16 8l-6.26 8.34L14 24l7-21z'),
  more: icon('overflow-web-ios-small', 'M14 12a2 2 0 11-2-2 2 2 0 012 2zM4 10a2 2 0 102 2 2 2 0 00-2-2zm16 0a2 2 0 102 2 2 2 0 00-2-2z'),
  globe: icon('globe-americas-small', 'M8 1a7 7 0 107 7 7 7 0 00-7-7zM3 8a5 5 0 011-3l.55.55A1.5 1.5 0 015 6.62v1.07a.75.75 0 00.22.53l.56.56a.75.75 0 00.53.22H7v.69a.75.75 0 00.22.53l.56.56a.75.75 0 01.22.53V13a5 5 0 01-5-5zm6.24 4.83l2-2.46a.75.75 0 00.09-.8l-.58-1.16A.76.76 0 0010 8H7v-.19a.51.51 0 01.28-.45l.38-.19a.74.74 0 01.68 0L9 7.5l.38-.7a1 1 0 00.12-.48v-.85a.78.78 0 01.21-.53l1.07-1.09a5 5 0 01-1.54 9z', 14),
  verified: icon('verified-small', 'M12 1l2.6 2.2 3.4-.3.8 3.3 2.9 1.8-1.3 3.2 1.3 3.2-2.9 1.8-.8 3.3-3.4-.3L12 23l-2.6-2.2-3.4.3-.8-3.3-2.9-1.8L3.6 12 2.3 8.8 5.2 7l.8-3.3 3.4.3zm-1.2 14.6l6-6-1.4-1.4-4.6 4.6-2.2-2.2-1.4 1.4z', 16),
  home: icon('home-medium', 'M23 9v2h-2v7a3 3 0 01-3 3h-4v-6h-4v6H6a3 3 0 01-3-3v-7H1V9l11-7 5 3.18V2h3v5.09z'),
  network: icon('people-medium', 'M12 16v6H3v-6a3 3 0 013-3h3a3 3 0 013 3zm5.5-3A3.5 3.5 0 1014 9.5a3.5 3.5 0 003.5 3.5zm1 2h-2a2.5 2.5 0 00-2.5 2.5V22h7v-4.5a2.5 2.5 0 00-2.5-2.5zM7.5 2A4.5 4.5 0 1012 6.5 4.49 4.49 0 007.5 2z'),
  jobs: icon('job-medium', 'M17 6V5a3 3 0 00-3-3h-4a3 3 0 00-3 3v1H2v4a3 3 0 003 3h14a3 3 0 003-3V6zM9 5a1 1 0 011-1h4a1 1 0 011 1v1H9zm10 9a4 4 0 003-1.38V17a3 3 0 01-3 3H5a3 3 0 01-3-3v-4.38A4 4 0 005 14z'),
  messaging: icon('nav-small-messaging-icon', 'M16 4H8a7 7 0 000 14h4v4l8.16-5.39A6.78 6.78 0 0023 11a7 7 0 00-7-7zm-8 8.25A1.25 1.25 0 119.25 11 1.25 1.25 0 018 12.25zm4 0A1.25 1.25 0 1113.25 11 1.25 1.25 0 0112 12.25zm4 0A1.25 1.25 0 1117.25 11 1.25 1.25 0 0116 12.25z'),
  bell: icon('bell-fill-medium', 'M22 19h-8.28a2 2 0 11-3.44 0H2v-1a4.52 4.52 0 011.17-2.83l1-1.17h15.7l1 1.17A4.42 4.42 0 0122 18zM18.21 7.44A6.27 6.27 0 0012 2a6.27 6.27 0 00-6.21 5.44L5 13h14z'),
  search: icon('search-small', 'M14.56 12.44L11.3 9.18a5.51 5.51 0 10-2.12 2.12l3.26 3.26a1.5 1.5 0 102.12-2.12zM3 6.5A3.5 3.5 0 116.5 10 3.5 3.5 0 013 6.5z', 16),
  photo: icon('image-medium', 'M19 4H5a3 3 0 00-3 3v10a3 3 0 003 3h14a3 3 0 003-3V7a3 3 0 00-3-3zm1 13a1 1 0 01-.29.71L16 14l-2 2-6-6-4 4V7a1 1 0 011-1h14a1 1 0 011 1zm-2-7a2 2 0 11-2-2 2 2 0 012 2z'),
  video: icon('video-medium', 'M19 4H5a3 3 0 00-3 3v10a3 3 0 003 3h14a3 3 0 003-3V7a3 3 0 00-3-3zm-9 12V8l6 4z'),
  article: icon('article-medium', 'M21 3v2H3V3zm-6 6h6V7h-6zm0 4h6v-2h-6zm0 4h6v-2h-6zM3 21h18v-2H3zM13 7H3v10h10z'),
  logo: '<svg viewBox="0 0 34 34" width="34" height="34" aria-hidden="true" class="logo"><rect width="34" height="34" rx="4" fill="#0a66c2"/><text x="17" y="25.5" text-anchor="middle" font-family="Arial,sans-serif" font-size="21" font-weight="700" fill="#fff">in</text></svg>',
  reactions:
    '<span class="reaction-icons" aria-hidden="true"><svg viewBox="0 0 16 16" width="16" height="16"><circle cx="8" cy="8" r="8" fill="#378fe9"/><path d="M5 7h1.5v4H5zm2.5 0l1.5-3c.6 0 1 .4 1 1v1.5h1.7c.5 0 .9.5.8 1l-.6 2.7c-.1.5-.5.8-1 .8H7.5z" fill="#fff"/></svg><svg viewBox="0 0 16 16" width="16" height="16"><circle cx="8" cy="8" r="8" fill="#6dae4f"/><path d="M4.5 9.5l1-3 1.5 1 1-3 1 3 1.5-1 1 3z" fill="#fff"/></svg></span>',
};

/**
 * Post text as the page renders it: "@Name" mentions link to the page, "#tag" to the hashtag
 * feed, newlines are <br>. The classic feed adds LinkedIn's screen-reader word "hashtag".
 */
export function textHtml(text, classic = false) {
  return esc(text)
    .replace(/@Acme\b/g, '<a href="/company/acme/">Acme</a>')
    .replace(/(?<!&)#(\w+)/g, (_m, tag) =>
      classic
        ? `<a href="/feed/hashtag/?keywords=${tag.toLowerCase()}"><span class="visually-hidden">hashtag</span><span aria-hidden="true">#</span>${tag}</a>`
        : `<a href="/feed/hashtag/${tag.toLowerCase()}/">#${tag}</a>`,
    )
    .replace(/\n/g, '<br>');
}

export const count = (n) => n.toLocaleString('en-US');
export const plural = (n, word) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

// Icons and pictures of the demo YouTube site, drawn here (nothing loads from the network):
// simple outline icons in YouTube's 24px grid, initials avatars and emoji as data: URLs.

const icon = (body, extra = '') =>
  `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"${extra}>${body}</svg>`;
const stroke = (d, width = 1.6) =>
  `<path d="${d}" fill="none" stroke="currentColor" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;

const THUMB = 'M7 10.5v9.5H3.5v-9.5H7zm0 0 4.2-6.1c.5-.7 1.5-.9 2.2-.3.5.4.7 1 .5 1.6L13 9.5h5.4c1.2 0 2.1 1.1 1.8 2.3l-1.6 6.7c-.2.9-1 1.5-1.9 1.5H7';

export const ICON = {
  menu: icon(stroke('M4 6.5h16M4 12h16M4 17.5h16', 1.8)),
  search: icon(stroke('M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.3 15.3 20 20', 1.6)),
  mic: icon(stroke('M12 3.5a2.5 2.5 0 0 1 2.5 2.5v5a2.5 2.5 0 0 1-5 0V6A2.5 2.5 0 0 1 12 3.5zM6.5 11a5.5 5.5 0 0 0 11 0M12 16.5V20.5')),
  create: icon(stroke('M3.5 7.5h11v9h-11zM14.5 10.5l5-3v9l-5-3M9 9.5v5M6.5 12h5')),
  bell: icon(stroke('M12 3.5c3 0 5.5 2.4 5.5 5.5v4l1.8 2.8H4.7L6.5 13V9c0-3.1 2.5-5.5 5.5-5.5zM10 19.5a2.1 2.1 0 0 0 4 0')),
  like: icon(stroke(THUMB)),
  dislike: icon(stroke(THUMB), ' style="transform: rotate(180deg)"'),
  share: icon(stroke('M14 5.5 20.5 12 14 18.5v-4c-4.5 0-7.5 1.3-10 4.5.8-4.8 3.8-9 10-9.8V5.5z')),
  save: icon(stroke('M4 6.5h11M4 11.5h11M4 16.5h7M17.5 13v8M13.5 17h8')),
  more: icon('<circle cx="6" cy="12" r="1.6"/><circle cx="12" cy="12" r="1.6"/><circle cx="18" cy="12" r="1.6"/>', ' fill="currentColor"'),
  moreVert: icon('<circle cx="12" cy="6" r="1.6"/><circle cx="12" cy="12" r="1.6"/><circle cx="12" cy="18" r="1.6"/>', ' fill="currentColor"'),
  sort: icon(stroke('M4 7h16M4 12h11M4 17h6', 1.8)),
  chevronDown: icon(stroke('m6 9.5 6 6 6-6', 1.8)),
  chevronUp: icon(stroke('m6 14.5 6-6 6 6', 1.8)),
  smile: icon(stroke('M12 3.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17zM8.5 14c.8 1.3 2 2 3.5 2s2.7-.7 3.5-2M9 10h.01M15 10h.01', 1.6)),
  pin: icon(stroke('M9 4.5h6l-1 5 3 3v1.5H7V12.5l3-3-1-5zM12 14.5v5')),
  check: '<svg class="icon check" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="8" fill="currentColor"/><path d="m8.5 12.2 2.3 2.3 4.7-4.8" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  logo:
    '<svg class="logo-mark" viewBox="0 0 30 20" aria-hidden="true"><rect width="30" height="20" rx="6" fill="#ff0033"/><path d="M12 6v8l7-4z" fill="#fff"/></svg>',
  play:
    '<svg class="play" viewBox="0 0 68 48" aria-hidden="true"><rect width="68" height="48" rx="14" fill="#ff0033" fill-opacity=".92"/><path d="M27 15v18l16-9z" fill="#fff"/></svg>',
  playSmall: icon('<path d="M8 5.5v13l10.5-6.5z" fill="currentColor"/>'),
  volume: icon(stroke('M4 9.5h3.5L12 5.5v13l-4.5-4H4zM15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11')),
  settings: icon(stroke('M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM12 3.5v2.2M12 18.3v2.2M3.5 12h2.2M18.3 12h2.2M6 6l1.6 1.6M16.4 16.4 18 18M6 18l1.6-1.6M16.4 7.6 18 6')),
  fullscreen: icon(stroke('M4.5 9V4.5H9M15 4.5h4.5V9M19.5 15v4.5H15M9 19.5H4.5V15')),
};

/** An avatar picture: initials on a colour (YouTube's round avatars). */
const avatars = new Map();
export function avatarUrl(user) {
  const key = `${user.handle}|${user.color}`;
  let url = avatars.get(key);
  if (!url) {
    const words = (user.name || user.handle).replace(/^@/, '').split(/[\s._-]+/);
    const initials = words
      .map((w) => w[0] ?? '')
      .join('')
      .slice(0, 2)
      .toUpperCase();
    const picture =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="${user.color}"/>` +
      `<text x="32" y="41" font-family="Roboto,Arial,sans-serif" font-size="24" font-weight="500" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
    url = `data:image/svg+xml,${encodeURIComponent(picture)}`;
    avatars.set(key, url);
  }
  return url;
}

// Emoji pictures: YouTube draws emoji as <img alt="😡">, so adapters read the alt text.
const face = (mouth, eyes = '<circle cx="12" cy="14" r="2.2"/><circle cx="24" cy="14" r="2.2"/>', fill = '#FFCC4D') =>
  `<circle cx="18" cy="18" r="17" fill="${fill}"/><g fill="#664500">${eyes}</g>${mouth}`;
const EMOJI_SVG = {
  '😡': face('<path d="M11 27c3-4 11-4 14 0" stroke="#664500" stroke-width="2.5" fill="none"/>', '<path d="M8 11l7 3M28 11l-7 3" stroke="#664500" stroke-width="2.5"/><circle cx="12" cy="16" r="2"/><circle cx="24" cy="16" r="2"/>', '#E8596E'),
  '😀': face('<path d="M8 21c2 6 18 6 20 0z" fill="#664500"/>'),
  '👍': '<path d="M4 16h6v16H4zM12 32h14c1.6 0 2.8-1 3.2-2.4l2.6-10c.4-1.8-1-3.6-2.9-3.6H21l1.4-7c.3-1.6-.8-3-2.4-3L12 16z" fill="#FFDB5E"/>',
  '🙏': '<path d="M17 4c-2 0-3 2-3 4l-2 12-5 8 5 5 6-7zM19 4c2 0 3 2 3 4l2 12 5 8-5 5-6-7z" fill="#FFDC5D"/><path d="M18 6v20" stroke="#EF9645" stroke-width="1.5"/>',
  '🤷': face('<path d="M13 25h10" stroke="#664500" stroke-width="2.5"/>'),
};

export const EMOJI_PATTERN = new RegExp(Object.keys(EMOJI_SVG).join('|'), 'gu');

export function emojiUrl(emoji) {
  const body = EMOJI_SVG[emoji] ?? '';
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36">${body}</svg>`)}`;
}

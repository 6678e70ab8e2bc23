// Icons and pictures of the demo Facebook site, all inline so the page needs no network.

const svg = (d, size = 20, extra = '') =>
  `<svg viewBox="0 0 20 20" width="${size}" height="${size}" fill="currentColor" aria-hidden="true"${extra}><path d="${d}"></path></svg>`;

export const ICON = {
  logo: '<svg viewBox="0 0 36 36" width="40" height="40" aria-hidden="true"><circle cx="18" cy="18" r="18" fill="#fff"/><path fill="#1877f2" d="M20.2 36V23.1h4.3l.7-5h-5v-3.2c0-1.5.4-2.4 2.5-2.4h2.7V8a35 35 0 0 0-3.9-.2c-3.9 0-6.5 2.4-6.5 6.7v3.6h-4.4v5H15V36z"/></svg>',
  search: svg('M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4-1.4 1.4-4-4A6.5 6.5 0 1 1 8.5 2zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z', 16),
  home: svg('M10 1.5 1 9v10h6v-6h6v6h6V9z', 24),
  video: svg('M2 4h12a2 2 0 0 1 2 2v1.5L19 5v10l-3-2.5V14a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z', 24),
  store: svg('M2 3h16l1 5a3 3 0 0 1-5 2 3 3 0 0 1-4 0 3 3 0 0 1-4 0 3 3 0 0 1-5-2zm1 9h2v5h10v-5h2v7H3z', 24),
  groups: svg('M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm6 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1 17c0-3 3-5 6-5s6 2 6 5zm12-5c3 0 6 2 6 5h-4c0-2-1-4-2-5z', 24),
  friends: svg('M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7 1a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM1 17c0-3 2.7-5 6-5s6 2 6 5zm13-5.5c2.8 0 5 1.6 5 4.5h-4.5c0-1.7-.2-3.3-.5-4.5z', 24),
  memories: svg('M10 1a9 9 0 1 1-9 9h2a7 7 0 1 0 2-4.9L7 7H1V1l2.6 2.6A9 9 0 0 1 10 1zm-1 4h2v4.6l3.2 3.2-1.4 1.4L9 10.4z', 24),
  saved: svg('M5 1h10a2 2 0 0 1 2 2v16l-7-4-7 4V3a2 2 0 0 1 2-2z', 24),
  menu: svg('M3 3h4v4H3zm5 0h4v4H8zm5 0h4v4h-4zM3 8h4v4H3zm5 0h4v4H8zm5 0h4v4h-4zM3 13h4v4H3zm5 0h4v4H8zm5 0h4v4h-4z'),
  messenger: svg('M10 1C5 1 1 4.7 1 9.3c0 2.6 1.3 4.9 3.3 6.4V19l3-1.7c.9.3 1.8.4 2.7.4 5 0 9-3.7 9-8.3S15 1 10 1zm1 11-2.3-2.5L4.3 12l4.8-5.1 2.3 2.5L15.7 7z'),
  bell: svg('M10 2a5 5 0 0 1 5 5v4l2 3H3l2-3V7a5 5 0 0 1 5-5zm-2 14h4a2 2 0 0 1-4 0z'),
  dots: '<svg viewBox="0 0 20 20" width="20" height="20" fill="currentColor"><g><circle cx="4" cy="10" r="2"></circle><circle cx="10" cy="10" r="2"></circle><circle cx="16" cy="10" r="2"></circle></g></svg>',
  globe: '<svg viewBox="0 0 16 16" width="12" height="12" fill="currentColor"><title>Shared with Public</title><g><path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm5.9 7h-2.4a12 12 0 0 0-1-4.6A6 6 0 0 1 13.9 7zM8 2.1c.7.9 1.4 2.6 1.5 4.9h-3C6.6 4.7 7.3 3 8 2.1zM5.5 2.4a12 12 0 0 0-1 4.6H2.1a6 6 0 0 1 3.4-4.6zM2.1 9h2.4c.1 1.7.5 3.3 1 4.6A6 6 0 0 1 2.1 9zM8 13.9c-.7-.9-1.4-2.6-1.5-4.9h3c-.1 2.3-.8 4-1.5 4.9zm2.5-.3c.5-1.3.9-2.9 1-4.6h2.4a6 6 0 0 1-3.4 4.6z"></path></g></svg>',
  groupIcon: '<svg viewBox="0 0 16 16" width="12" height="12" fill="currentColor"><title>Members</title><g><path d="M5 7a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zm6 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM0 14c0-2.5 2.2-4 5-4s5 1.5 5 4zm11-4c2.8 0 5 1.5 5 4h-4c0-1.6-.4-3-1-4z"></path></g></svg>',
  verified: '<svg aria-label="Verified account" role="img" viewBox="0 0 12 13" width="12" height="12" class="badge"><title>Verified account</title><g fill-rule="evenodd"><path fill="#0866ff" d="M4.87.22a1.55 1.55 0 0 1 2.26 0l.72.76c.3.32.74.5 1.18.48l1.05-.04a1.55 1.55 0 0 1 1.6 1.6l-.04 1.05c-.02.44.16.87.48 1.18l.76.72c.63.6.63 1.65 0 2.26l-.76.72c-.32.3-.5.74-.48 1.18l.04 1.05a1.55 1.55 0 0 1-1.6 1.6l-1.05-.04c-.44-.02-.87.16-1.18.48l-.72.76a1.55 1.55 0 0 1-2.26 0l-.72-.76a1.55 1.55 0 0 0-1.18-.48l-1.05.04a1.55 1.55 0 0 1-1.6-1.6l.04-1.05a1.55 1.55 0 0 0-.48-1.18l-.76-.72a1.55 1.55 0 0 1 0-2.26l.76-.72c.32-.3.5-.74.48-1.18L.12 2.98a1.55 1.55 0 0 1 1.6-1.6l1.05.04c.44.02.87-.16 1.18-.48z"/><path fill="#fff" d="M5.3 9.3 2.9 6.9l.9-.9 1.5 1.5 3-3.2.9.9z"/></g></svg>',
  like: svg('M6 8 9 1c1.7 0 2.5 1 2.5 2.5V7h4.7c1 0 1.8.9 1.6 1.9l-1.2 7A1.6 1.6 0 0 1 15 17H6zM1 8h3.5v9H1z', 18),
  comment: svg('M10 2C5 2 1 5.4 1 9.6c0 2.2 1.1 4.2 2.9 5.6L3 18l3.7-1.9c1 .3 2.1.5 3.3.5 5 0 9-3.4 9-7.5S15 2 10 2z', 18),
  share: svg('M11 2l8 7-8 7v-4c-5 0-8 1.5-10 5 .7-5 3-9.5 10-10.5z', 18),
  send: '<svg viewBox="0 0 12 13" width="16" height="16" fill="currentColor"><path d="M.5 1.5 11.5 6.5.5 11.5 1.7 7.3 7 6.5 1.7 5.7z"></path></svg>',
  emoji: svg('M10 1a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM7 7a1.3 1.3 0 1 1 0 2.6A1.3 1.3 0 0 1 7 7zm6 0a1.3 1.3 0 1 1 0 2.6A1.3 1.3 0 0 1 13 7zm-3 8c-2.3 0-4-1.6-4.4-3.5h8.8C14 13.4 12.3 15 10 15z', 16),
  play: '<svg viewBox="0 0 60 60" width="60" height="60"><circle cx="30" cy="30" r="28" fill="rgba(0,0,0,.55)" stroke="#fff" stroke-width="3"/><path d="M24 18v24l19-12z" fill="#fff"/></svg>',
};

/** Facebook's reaction icons, drawn small. */
export const REACTION = {
  like: '<svg viewBox="0 0 16 16" width="18" height="18"><circle cx="8" cy="8" r="8" fill="#0866ff"/><path fill="#fff" d="M5 7.2 7 3.5c1 0 1.5.6 1.5 1.5V6.5h2.6c.6 0 1 .5.9 1.1l-.6 3.6a1 1 0 0 1-1 .8H5zM3 7.2h1.4v4.8H3z"/></svg>',
  love: '<svg viewBox="0 0 16 16" width="18" height="18"><circle cx="8" cy="8" r="8" fill="#f33e58"/><path fill="#fff" d="M8 12.3S3.7 9.6 3.7 6.8C3.7 5.4 4.8 4.3 6 4.3c.9 0 1.6.5 2 1.1.4-.6 1.1-1.1 2-1.1 1.2 0 2.3 1.1 2.3 2.5 0 2.8-4.3 5.5-4.3 5.5z"/></svg>',
  sad: '<svg viewBox="0 0 16 16" width="18" height="18"><circle cx="8" cy="8" r="8" fill="#f7b125"/><circle cx="5.5" cy="7" r="1" fill="#5b3a00"/><circle cx="10.5" cy="7" r="1" fill="#5b3a00"/><path d="M5 11.5c1.6-1.6 4.4-1.6 6 0" stroke="#5b3a00" fill="none"/></svg>',
  angry: '<svg viewBox="0 0 16 16" width="18" height="18"><circle cx="8" cy="8" r="8" fill="#e9710f"/><path d="M5 11c1.6-1 4.4-1 6 0" stroke="#fff" fill="none"/></svg>',
};

const dataUrl = (markup) => `data:image/svg+xml,${encodeURIComponent(markup)}`;

/** An avatar picture: the person's initials on their colour (pages and people alike). */
const avatarCache = new Map();
export function avatarUrl(id, user) {
  let url = avatarCache.get(id);
  if (!url) {
    const initials = user.name
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join('')
      .slice(0, 2)
      .toUpperCase();
    url = dataUrl(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${user.color}"/>` +
        `<text x="32" y="41" font-family="Helvetica,Arial,sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`,
    );
    avatarCache.set(id, url);
  }
  return url;
}

/** Facebook draws emoji as <img alt="🎉">: these stand in for its emoji pictures. */
const EMOJI_COLOURS = { '🎉': '#f59e0b', '👇': '#fbbf24', '🙏': '#fbbf24', '😍': '#fbbf24', '👏': '#fbbf24', '🙌': '#fbbf24' };
export function emojiImg(emoji) {
  const fill = EMOJI_COLOURS[emoji] ?? '#fbbf24';
  const src = dataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7.5" fill="${fill}"/><circle cx="5.5" cy="6.5" r="1" fill="#5b3a00"/><circle cx="10.5" cy="6.5" r="1" fill="#5b3a00"/><path d="M4.5 9.5c1.8 2.2 5.2 2.2 7 0" stroke="#5b3a00" fill="none"/></svg>`,
  );
  return `<img alt="${emoji}" height="16" width="16" src="${src}" class="emoji">`;
}

/** A photo for a post: a drawn router on a desk, or a video poster. */
export function photoUrl(label) {
  return dataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 500 300"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#dbeafe"/><stop offset="1" stop-color="#bfdbfe"/></linearGradient></defs>` +
      `<rect width="500" height="300" fill="url(#g)"/><rect y="220" width="500" height="80" fill="#a16207"/>` +
      `<rect x="170" y="150" width="160" height="70" rx="14" fill="#f8fafc" stroke="#cbd5e1" stroke-width="3"/>` +
      `<circle cx="200" cy="185" r="6" fill="#22c55e"/><circle cx="222" cy="185" r="6" fill="#22c55e"/><circle cx="244" cy="185" r="6" fill="#f59e0b"/>` +
      `<rect x="190" y="95" width="8" height="55" rx="4" fill="#e2e8f0"/><rect x="302" y="95" width="8" height="55" rx="4" fill="#e2e8f0"/>` +
      `<text x="250" y="270" font-family="Helvetica,Arial,sans-serif" font-size="22" fill="#fff" text-anchor="middle">${label}</text></svg>`,
  );
}

// Icons and pictures of the demo Reddit site, all inline so the page needs no network.
// Drawn for this demo in the spirit of Reddit's outline icons (20px grid).

const svg = (body, cls = 'icon') =>
  `<svg viewBox="0 0 20 20" aria-hidden="true" class="${cls}" fill="currentColor">${body}</svg>`;

const path = (d) => `<path d="${d}"/>`;

export const ICON = {
  snoo: `<svg viewBox="0 0 40 40" aria-hidden="true" class="snoo"><circle cx="20" cy="20" r="20" fill="#ff4500"/><ellipse cx="20" cy="23.5" rx="11" ry="7.5" fill="#fff"/><circle cx="29.5" cy="17" r="2.6" fill="#fff"/><circle cx="10.5" cy="17" r="2.6" fill="#fff"/><circle cx="15.8" cy="22.5" r="1.8" fill="#ff4500"/><circle cx="24.2" cy="22.5" r="1.8" fill="#ff4500"/><path d="M15.5 26.6c2.6 1.7 6.4 1.7 9 0" stroke="#ff4500" stroke-width="1.2" fill="none" stroke-linecap="round"/><path d="M20 16l1.6-6.2 5 1.2" stroke="#fff" stroke-width="1.3" fill="none"/><circle cx="27.5" cy="11.2" r="2" fill="#fff"/></svg>`,
  wordmark: `<svg viewBox="0 0 57 18" aria-hidden="true" class="wordmark"><text x="0" y="15" font-family="Helvetica,Arial,sans-serif" font-size="19" font-weight="800" letter-spacing="-0.6" fill="#ff4500">reddit</text></svg>`,
  up: svg(path('M10 2.5 2.6 10.3c-.5.5-.1 1.3.6 1.3H6.5V17c0 .6.4 1 1 1h5c.6 0 1-.4 1-1v-5.4h3.3c.7 0 1.1-.8.6-1.3L10 2.5Zm0 2.2 5 5.2h-3.2V16.3H8.2V9.9H5L10 4.7Z')),
  down: svg(path('M10 17.5l7.4-7.8c.5-.5.1-1.3-.6-1.3h-3.3V3c0-.6-.4-1-1-1h-5c-.6 0-1 .4-1 1v5.4H3.2c-.7 0-1.1.8-.6 1.3L10 17.5Zm0-2.2-5-5.2h3.2V3.7h3.6v6.4H15l-5 5.2Z')),
  comment: svg(path('M10 1.9c-4.6 0-8.2 3.3-8.2 7.5 0 1.7.6 3.3 1.7 4.6L2.3 17.4c-.1.4.3.8.7.6l3.9-1.7c1 .4 2 .6 3.1.6 4.6 0 8.2-3.3 8.2-7.5S14.6 1.9 10 1.9Zm0 13.3c-1 0-2-.2-2.9-.6l-.4-.2-2.4 1 .8-2.3-.3-.4c-1-1.1-1.5-2.4-1.5-3.8 0-3.2 3-5.8 6.7-5.8s6.7 2.6 6.7 5.8-3 6.3-6.7 6.3Z')),
  share: svg(path('M12.8 17.2H2.8c-.6 0-1-.4-1-1V8.1c0-.5.4-1 1-1h2.4v1.5H3.3v7.1h9v-1.9h1.5v2.4c0 .6-.4 1-1 1Zm5.2-9.9-5-4.8c-.3-.3-.8-.1-.8.3V5C8 5 5.6 7.5 5.6 12.2c1.3-2.2 3.1-3.3 6.6-3.3v2.3c0 .4.5.6.8.3l5-4.8c.2-.1.2-.4 0-.6Z')),
  award: svg(path('M10 1.5a5.8 5.8 0 0 0-3.5 10.4l-1.3 5.6c-.1.4.3.7.7.5l4.1-2.2 4.1 2.2c.4.2.8-.1.7-.5l-1.3-5.6A5.8 5.8 0 0 0 10 1.5Zm0 10.1a4.3 4.3 0 1 1 0-8.6 4.3 4.3 0 0 1 0 8.6Z')),
  more: svg(path('M4 11.5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Zm6 0a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Zm6 0a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z')),
  home: svg(path('M17.9 8.6 10.6 1.8a.9.9 0 0 0-1.2 0L2.1 8.6a.8.8 0 0 0-.3.6V17c0 .6.4 1 1 1h4.8c.3 0 .6-.3.6-.6v-4.7h3.6v4.7c0 .3.3.6.6.6h4.8c.6 0 1-.4 1-1V9.2a.8.8 0 0 0-.3-.6Z')),
  popular: svg(path('M10 1a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 16.5a7.5 7.5 0 1 1 0-15 7.5 7.5 0 0 1 0 15Zm3.6-11.8-3 .9-3.3 3.3-.9 3c-.1.4.2.7.6.6l3-.9 3.3-3.3.9-3c.1-.4-.2-.7-.6-.6Z')),
  explore: svg(path('M10 1.2a8.8 8.8 0 1 0 0 17.6 8.8 8.8 0 0 0 0-17.6Zm4.5 4.3-2.2 6.2a1 1 0 0 1-.6.6l-6.2 2.2 2.2-6.2a1 1 0 0 1 .6-.6l6.2-2.2Z')),
  all: svg(path('M2 10h3v8H2zm5.5-4h3v12h-3zM13 2h3v16h-3z')),
  search: svg(path('m18.7 17.3-4.4-4.4a7.2 7.2 0 1 0-1.4 1.4l4.4 4.4a1 1 0 0 0 1.4-1.4ZM3.3 8.2a4.9 4.9 0 1 1 9.8 0 4.9 4.9 0 0 1-9.8 0Z')),
  plus: svg(path('M18 9.3h-7.3V2h-1.4v7.3H2v1.4h7.3V18h1.4v-7.3H18Z')),
  bell: svg(path('M11 18h-2a1 1 0 1 0 2 0Zm6.4-3.4-1.4-1.4V8.5A6 6 0 0 0 11 2.6V2a1 1 0 0 0-2 0v.6a6 6 0 0 0-5 5.9v4.7l-1.4 1.4a.8.8 0 0 0 .6 1.4h13.6a.8.8 0 0 0 .6-1.4ZM5 14.5l.5-.5V8.5a4.5 4.5 0 1 1 9 0V14l.5.5Z')),
  chat: svg(path('M10 1.3a8.6 8.6 0 0 0-7.5 12.9L1.3 18.7l4.5-1.2A8.6 8.6 0 1 0 10 1.3Zm0 15.8c-1.3 0-2.6-.4-3.7-1l-.3-.2-2.6.7.7-2.5-.2-.3A7.1 7.1 0 1 1 10 17.1Z')),
  back: svg(path('M19 9.3H3.7l5.8-5.8-1-1-7.5 7.5 7.5 7.5 1-1-5.8-5.8H19Z')),
  menu: svg(path('M19 10.7H1V9.3h18Zm0-6.5H1V2.8h18Zm0 13H1v-1.4h18Z')),
  formatting: `<span class="aa" aria-hidden="true">Aa</span>`,
  chevron: svg(path('M10 13.1 4.9 8 6 6.9l4 4 4-4L15.1 8Z')),
};

/** An avatar picture: the user's initial on their colour, as a data URL. */
const cache = new Map();
export function avatarUrl(name, color = '#878a8c') {
  let url = cache.get(name);
  if (!url) {
    const initial = name.replace(/^\W+/, '').charAt(0).toUpperCase() || '?';
    const picture =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="${color}"/>` +
      `<text x="32" y="42" font-family="Helvetica,Arial,sans-serif" font-size="28" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text></svg>`;
    url = `data:image/svg+xml,${encodeURIComponent(picture)}`;
    cache.set(name, url);
  }
  return url;
}

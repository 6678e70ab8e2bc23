// Icons of the demo Instagram site: simple outline drawings in Instagram's style (24px,
// 2px strokes), and pictures made of SVG so that nothing loads from the network.
import { userFor } from './data.js';

const svg = (label, body, size = 24, extra = '') =>
  `<svg aria-label="${label}" class="icon" role="img" viewBox="0 0 24 24" width="${size}" height="${size}" ${extra}><title>${label}</title>${body}</svg>`;
const stroke = 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

const PATHS = {
  home: `<path ${stroke} d="M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z"/>`,
  search: `<circle ${stroke} cx="10.5" cy="10.5" r="7"/><path ${stroke} d="m16 16 5 5"/>`,
  explore: `<circle ${stroke} cx="12" cy="12" r="9.5"/><path ${stroke} d="m15.5 8.5-2 5-5 2 2-5z"/>`,
  reels: `<rect ${stroke} x="2.5" y="2.5" width="19" height="19" rx="5"/><path ${stroke} d="M2.5 8h19M9 2.5 12 8M15 2.5 18 8"/><path d="M10 11.5v6l5-3z" fill="currentColor"/>`,
  messages: `<path ${stroke} d="M22 3 9.2 10.1M22 3l-7 18-4-8.5L2 9.5z"/>`,
  heart: `<path ${stroke} d="M12 20.5s-8.5-5.2-8.5-11A4.8 4.8 0 0 1 12 6.6a4.8 4.8 0 0 1 8.5 2.9c0 5.8-8.5 11-8.5 11z"/>`,
  create: `<rect ${stroke} x="2.5" y="2.5" width="19" height="19" rx="5"/><path ${stroke} d="M12 7v10M7 12h10"/>`,
  menu: `<path ${stroke} d="M3 5h18M3 12h18M3 19h18"/>`,
  comment: `<path ${stroke} d="M20.7 16.9A9.5 9.5 0 1 0 17 20.6L21.5 22z"/>`,
  share: `<path ${stroke} d="M22 3 9.2 10.1M22 3l-7 18-4-8.5L2 9.5z"/>`,
  save: `<path ${stroke} d="M19 21 12 15.5 5 21V3h14z"/>`,
  dots: '<circle cx="6" cy="12" r="1.5" fill="currentColor"/><circle cx="12" cy="12" r="1.5" fill="currentColor"/><circle cx="18" cy="12" r="1.5" fill="currentColor"/>',
  emoji: `<circle ${stroke} cx="12" cy="12" r="9.5"/><path ${stroke} d="M8 14.5s1.5 2 4 2 4-2 4-2"/><circle cx="9" cy="9.5" r="1.2" fill="currentColor"/><circle cx="15" cy="9.5" r="1.2" fill="currentColor"/>`,
  muted: `<path ${stroke} d="M4 9v6h4l5 4V5L8 9zM16 9l5 6M21 9l-5 6"/>`,
};

export const ICON = {
  home: svg('Home', PATHS.home),
  search: svg('Search', PATHS.search),
  explore: svg('Explore', PATHS.explore),
  reels: svg('Reels', PATHS.reels),
  messages: svg('Messenger', PATHS.messages),
  notifications: svg('Notifications', PATHS.heart),
  create: svg('New post', PATHS.create),
  menu: svg('Settings', PATHS.menu),
  like: svg('Like', PATHS.heart),
  likeSmall: svg('Like', PATHS.heart, 12),
  comment: svg('Comment', PATHS.comment),
  share: svg('Share Post', PATHS.share),
  save: svg('Save', PATHS.save),
  more: svg('More options', PATHS.dots),
  emoji: svg('Emoji', PATHS.emoji, 24),
  muted: svg('Audio is muted', PATHS.muted, 14),
  verified:
    '<svg aria-label="Verified" class="verified" fill="rgb(0, 149, 246)" height="12" role="img" viewBox="0 0 40 40" width="12"><title>Verified</title><path d="M19.998 3.094 14.638 0l-2.972 5.15H5.432v6.354L0 14.64 3.094 20 0 25.359l5.432 3.137v5.905h5.975L14.638 40l5.36-3.094L25.358 40l3.232-5.6h6.162v-6.01L40 25.359 36.905 20 40 14.641l-5.248-3.03v-6.46h-6.419L25.358 0l-5.36 3.094Zm7.415 11.225 2.254 2.287-11.43 11.5-6.835-6.93 2.244-2.258 4.587 4.581 9.18-9.18Z" fill-rule="evenodd"/></svg>',
};

const dataUrl = (markup) => `data:image/svg+xml,${encodeURIComponent(markup)}`;
const avatars = new Map();

/** A round picture with the person's initial (cached: the feed repeats people). */
export function avatarUrl(handle) {
  if (!avatars.has(handle)) {
    const { color } = userFor(handle);
    const letter = handle.replace(/[^a-z]/gi, '').charAt(0).toUpperCase() || '?';
    avatars.set(
      handle,
      dataUrl(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${color}"/><text x="32" y="42" font-family="Helvetica,Arial,sans-serif" font-size="28" font-weight="600" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
      ),
    );
  }
  return avatars.get(handle);
}

const OBJECTS = {
  router: (ink) =>
    `<rect x="150" y="250" width="300" height="110" rx="22" fill="${ink}"/><rect x="190" y="120" width="14" height="140" rx="7" fill="${ink}"/><rect x="396" y="120" width="14" height="140" rx="7" fill="${ink}"/><circle cx="210" cy="305" r="9" fill="#69db7c"/><circle cx="245" cy="305" r="9" fill="#69db7c"/><circle cx="280" cy="305" r="9" fill="#ffd43b"/><text x="420" y="315" font-family="Helvetica,Arial" font-size="26" font-weight="700" fill="#fff" text-anchor="end">ACME</text><ellipse cx="300" cy="390" rx="170" ry="14" fill="#000" opacity=".08"/>`,
  box: (ink) =>
    `<path d="M300 150 440 215v150L300 430 160 365V215z" fill="${ink}"/><path d="M300 150 440 215 300 280 160 215z" fill="#fff" opacity=".25"/><path d="M300 280v150" stroke="#fff" stroke-opacity=".35" stroke-width="4"/><text x="230" y="340" font-family="Helvetica,Arial" font-size="24" font-weight="700" fill="#fff">ACME X2</text>`,
  desk: (ink) =>
    `<rect x="170" y="170" width="260" height="170" rx="12" fill="${ink}"/><rect x="186" y="186" width="228" height="138" rx="4" fill="#74c0fc"/><path d="M130 360h340l-30 28H160z" fill="${ink}"/><path d="M250 250c20-30 80-30 100 0" stroke="#fff" stroke-width="10" fill="none" stroke-linecap="round"/><circle cx="300" cy="270" r="8" fill="#fff"/>`,
  video: (ink) =>
    `<rect x="150" y="250" width="300" height="110" rx="22" fill="${ink}"/><circle cx="210" cy="305" r="9" fill="#ff6b6b"/><circle cx="245" cy="305" r="9" fill="#ff6b6b"/><text x="420" y="315" font-family="Helvetica,Arial" font-size="26" font-weight="700" fill="#fff" text-anchor="end">ACME</text>`,
};
const pictures = new Map();

/** A drawn photo: a soft gradient and the post's object (a router, a box, a desk). */
export function pictureUrl([from, to, ink], kind) {
  const key = `${from}${to}${kind}`;
  if (!pictures.has(key)) {
    pictures.set(
      key,
      dataUrl(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="600" height="600" fill="url(#g)"/><circle cx="480" cy="120" r="60" fill="#fff" opacity=".35"/>${(OBJECTS[kind] ?? OBJECTS.router)(ink)}</svg>`,
      ),
    );
  }
  return pictures.get(key);
}

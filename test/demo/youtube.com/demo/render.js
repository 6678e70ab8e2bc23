// Markup of the demo YouTube site. It follows YouTube's own elements and ids, as the saved
// pages in test/fixtures/youtube do (ytd-watch-flexy[video-id] > ytd-watch-metadata, the
// comments in ytd-comment-thread-renderer > ytd-comment-view-model, or the older
// ytd-comment-renderer), so the adapter reads the demo as it reads those pages. The custom
// elements are plain tags here: nothing defines them.
import { ME, SUGGESTIONS, VIDEOS, VIDEO_ORDER } from './data.js';
import { EMOJI_PATTERN, ICON, avatarUrl, emojiUrl } from './icons.js';

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (value) => String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** A count as YouTube shows it: "490", "1.2K", "1.2M". */
export function shortCount(n) {
  const short = (value, unit) => `${(Math.floor(value * 10) / 10).toFixed(1).replace(/\.0$/, '')}${unit}`;
  if (n >= 1e6) return short(n / 1e6, 'M');
  if (n >= 1e3) return short(n / 1e3, 'K');
  return String(n);
}

const plural = (n, one, many) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const channelHref = (user) => (user.channelId ? `/channel/${user.handle}` : `/@${user.handle}`);

const avatar = (user, size, id = 'img') =>
  `<img id="${id}" draggable="false" class="avatar" alt="" height="${size}" width="${size}" src="${avatarUrl(user)}">`;

/** Comment text: escaped, emoji as <img alt>, @mentions as links; newlines kept (pre-wrap). */
export function richText(text) {
  return esc(text)
    .replace(
      EMOJI_PATTERN,
      (emoji) =>
        `<span class="yt-core-attributed-string--inline-block-mod"><img alt="${emoji}" class="yt-core-image emoji" src="${emojiUrl(emoji)}"></span>`,
    )
    .replace(
      /(^|\s)@([A-Za-z0-9_.-]{3,30})/g,
      (_, before, handle) =>
        `${before}<span class="yt-core-attributed-string--link-inherit-color"><a class="yt-core-attributed-string__link" href="/@${handle}">@${handle}</a></span>`,
    );
}

// ---- Comments ---------------------------------------------------------------------------

/** A verified channel or the video's creator: the handle shows in a badge (#author-text hidden). */
function authorBadge(c) {
  if (!c.creator && !c.verified) return '';
  return (
    `<ytd-author-comment-badge-renderer${c.creator ? ' creator=""' : ''}>` +
    `<a id="name" class="yt-simple-endpoint" href="${channelHref(c)}"><ytd-channel-name id="channel-name"><yt-formatted-string id="text">@${esc(c.handle)}</yt-formatted-string></ytd-channel-name></a>` +
    `${c.verified ? `<yt-icon id="icon" aria-label="Verified">${ICON.check}</yt-icon>` : ''}</ytd-author-comment-badge-renderer>`
  );
}

const memberBadge = (c) =>
  c.member
    ? `<ytd-sponsor-comment-badge-renderer><div id="container"><img class="member-badge" alt="Member (${esc(c.member)})" src="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="4" fill="#2ba640"/><path d="M4 8.5l2.5 2.5L12 5.5" stroke="#fff" stroke-width="2" fill="none"/></svg>')}"></div></ytd-sponsor-comment-badge-renderer>`
    : '';

const timeLink = (c, videoId, tag = 'span') => {
  const link = `<a class="yt-simple-endpoint" href="/watch?v=${videoId}&amp;lc=${c.id}">${esc(c.age)}${c.edited ? ' (edited)' : ''}</a>`;
  return tag === 'span'
    ? `<span dir="auto" id="published-time-text">${link}</span>`
    : `<yt-formatted-string class="published-time-text">${link}</yt-formatted-string>`;
};

/** The author line: the handle (or the older markup's display name), badges, time. */
function headerAuthor(c, videoId, older) {
  const hidden = c.creator || c.verified ? ' hidden=""' : '';
  const shown = older && c.name && c.channelId ? c.name : `@${c.handle}`;
  return (
    `<div id="header-author"><h3><a id="author-text" class="yt-simple-endpoint" href="${channelHref(c)}"${hidden}><span> ${esc(shown)} </span></a></h3>` +
    `<span id="author-comment-badge">${authorBadge(c)}</span><span id="sponsor-comment-badge">${memberBadge(c)}</span>` +
    `${timeLink(c, videoId, older ? 'yt-formatted-string' : 'span')}</div>`
  );
}

/** The text, cut after four lines for long comments ("Read more", or "…more" on older markup). */
function expander(c, older) {
  const text = older
    ? `<yt-formatted-string id="content-text" slot="content" split-lines="">${richText(c.text)}</yt-formatted-string>`
    : `<yt-attributed-string id="content-text" slot="content" user-input=""><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" dir="auto" role="text">${richText(c.text)}</span></yt-attributed-string>`;
  const more = older
    ? c.long
      ? '<tp-yt-paper-button class="more-button" role="button" tabindex="0">…more</tp-yt-paper-button>'
      : ''
    : `<tp-yt-paper-button id="less" class="expander-button" role="button" tabindex="0" hidden=""><span class="less-button">Show less</span></tp-yt-paper-button>` +
      `<tp-yt-paper-button id="more" class="expander-button" role="button" tabindex="0"${c.long ? '' : ' hidden=""'}><span class="more-button">Read more</span></tp-yt-paper-button>`;
  return `<ytd-expander id="expander" collapsed=""${c.long ? ' can-toggle=""' : ''}><div id="content">${text}</div>${more}</ytd-expander>`;
}

/** Like, its count (empty when none), dislike, Reply, and the place of the reply dialog. */
function toolbar(c, older) {
  const label = `${older ? 'like' : 'Like'} this comment along with ${c.likes.toLocaleString('en-US')} other people`;
  const reply = older
    ? '<div id="reply-button-end"><ytd-button-renderer><a class="yt-simple-endpoint" tabindex="-1"><tp-yt-paper-button id="button" class="pill text small" role="button" aria-label="Reply">Reply</tp-yt-paper-button></a></ytd-button-renderer></div>'
    : '<ytd-button-renderer id="reply-button-end"><yt-button-shape><button class="pill text small" aria-label="Reply"><span role="text">Reply</span></button></yt-button-shape></ytd-button-renderer>';
  const bar = older ? 'ytd-comment-action-buttons-renderer' : 'ytd-comment-engagement-bar';
  return (
    `<${bar} id="action-buttons"><div id="toolbar">` +
    `<ytd-toggle-button-renderer id="like-button"><yt-button-shape><button class="icon-btn small" aria-pressed="false" aria-label="${label}">${ICON.like}</button></yt-button-shape></ytd-toggle-button-renderer>` +
    `<span id="vote-count-middle">${c.likes ? shortCount(c.likes) : ''}</span>` +
    `<ytd-toggle-button-renderer id="dislike-button"><yt-button-shape><button class="icon-btn small" aria-pressed="false" aria-label="Dislike this comment">${ICON.dislike}</button></yt-button-shape></ytd-toggle-button-renderer>` +
    `${reply}</div><div id="reply-dialog"></div></${bar}>`
  );
}

/** One comment (top-level or reply) in the page's markup generation. */
export function commentHtml(c, videoId, { older = false, reply = false } = {}) {
  const tag = older ? 'ytd-comment-renderer' : 'ytd-comment-view-model';
  const pinned = c.pinned
    ? `<div id="pinned-comment-badge"><ytd-pinned-comment-badge-renderer>${ICON.pin}<yt-formatted-string id="label">Pinned by @${esc(c.handle)}</yt-formatted-string></ytd-pinned-comment-badge-renderer></div>`
    : '<div id="pinned-comment-badge"></div>';
  return (
    `<${tag}${reply ? '' : ' id="comment"'}${reply ? ' is-reply=""' : ''}><div id="body">` +
    `<div id="author-thumbnail"><button id="author-thumbnail-button" aria-label="@${esc(c.handle)}"><yt-img-shadow>${avatar(c, reply ? 24 : 40)}</yt-img-shadow></button></div>` +
    `<div id="main"><div id="header">${pinned}${headerAuthor(c, videoId, older)}</div>` +
    `${expander(c, older)}${toolbar(c, older)}</div>` +
    `<div id="action-menu"><button class="icon-btn small" aria-label="Action menu">${ICON.moreVert}</button></div>` +
    `</div></${tag}>`
  );
}

/** "N replies" and the replies; expanded threads show them (YouTube loads them on click). */
export function repliesHtml(c, videoId, older) {
  const replies = c.replies ?? [];
  if (replies.length === 0) return '';
  const label = plural(replies.length, 'reply', 'replies');
  const open = c.expanded ? '' : ' hidden=""';
  const closed = c.expanded ? ' hidden=""' : '';
  return (
    `<ytd-comment-replies-renderer modern=""><div id="expander"><div class="expander-header">` +
    `<div class="more-button"${closed}><ytd-button-renderer id="more-replies"><yt-button-shape><button class="pill replies-toggle" aria-label="${label}">${ICON.chevronDown}<span role="text">${label}</span></button></yt-button-shape></ytd-button-renderer></div>` +
    `<div class="less-button"${open}><ytd-button-renderer id="less-replies"><yt-button-shape><button class="pill replies-toggle" aria-label="${label}">${ICON.chevronUp}<span role="text">${label}</span></button></yt-button-shape></ytd-button-renderer></div>` +
    `</div><div id="expander-contents"${open}><div id="contents">` +
    replies.map((r) => commentHtml(r, videoId, { older, reply: true })).join('') +
    `</div></div></div></ytd-comment-replies-renderer>`
  );
}

export function threadHtml(c, videoId, older) {
  const comment = commentHtml(c, videoId, { older });
  return (
    `<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">` +
    (older ? comment : `<div id="comment-container">${comment}</div>`) +
    `<div id="replies">${repliesHtml(c, videoId, older)}</div></ytd-comment-thread-renderer>`
  );
}

/** YouTube's comment box: the top box once expanded, or a reply dialog's. */
export function commentBoxHtml({ reply = false, prefill = '' } = {}) {
  const label = reply ? 'Add a reply…' : 'Add a comment…';
  const send = reply ? 'Reply' : 'Comment';
  const disabled = prefill ? 'aria-disabled="false"' : 'disabled="" aria-disabled="true"';
  return (
    `<ytd-commentbox id="commentbox"${reply ? ' is-reply=""' : ''}><div id="thumbnail-input-row">` +
    `<yt-img-shadow id="author-thumbnail">${avatar(ME, reply ? 24 : 40)}</yt-img-shadow><div id="main">` +
    `<div id="creation-box"><tp-yt-paper-input-container><div class="input-wrapper"><div id="labelAndInputContainer"><yt-user-mention-autosuggest-input><yt-formatted-string id="contenteditable-textarea">` +
    `<div id="contenteditable-root" contenteditable="true" role="textbox" aria-label="${label}" aria-multiline="true">${esc(prefill)}</div>` +
    `</yt-formatted-string></yt-user-mention-autosuggest-input></div></div></tp-yt-paper-input-container></div>` +
    `<div id="footer"><div id="emoji-button" class="icon-btn small" aria-label="Emoji">${ICON.smile}</div><div id="buttons">` +
    `<ytd-button-renderer id="cancel-button"><yt-button-shape><button class="pill text" aria-label="Cancel">Cancel</button></yt-button-shape></ytd-button-renderer>` +
    `<ytd-button-renderer id="submit-button"><yt-button-shape><button class="pill primary" aria-label="${send}" ${disabled}>${send}</button></yt-button-shape></ytd-button-renderer>` +
    `</div></div></div></div></ytd-commentbox>`
  );
}

export const replyDialogHtml = (prefill) =>
  `<ytd-comment-reply-dialog-renderer>${commentBoxHtml({ reply: true, prefill })}</ytd-comment-reply-dialog-renderer>`;

// ---- The watch page -----------------------------------------------------------------------

const poster = ([from, to]) => `background: linear-gradient(135deg, ${from}, ${to})`;
/** The player is black; the video's colours only glow faintly behind the play button. */
const playerGlow = ([from]) => `background: radial-gradient(ellipse at center, ${from} 0%, #000 72%)`;

function playerHtml(video) {
  return (
    `<div id="player"><div id="movie_player" class="html5-video-player" style="${playerGlow(video.poster)}">` +
    `<div class="html5-video-container"><video class="video-stream html5-main-video" muted></video></div>` +
    `<div class="poster-caption">${esc(video.title)}</div>` +
    `<button class="ytp-large-play-button" aria-label="Play">${ICON.play}</button>` +
    `<div class="ytp-paid-content-overlay" aria-live="assertive"><div class="ytp-paid-content-overlay-text">${video.sponsored ? 'Includes paid promotion' : ''}</div></div>` +
    `<div class="ytp-chrome-bottom"><div class="ytp-progress-bar"><div class="ytp-play-progress"></div></div><div class="ytp-controls">` +
    `<span class="ytp-button">${ICON.playSmall}</span><span class="ytp-button">${ICON.volume}</span><span class="ytp-time">0:00 / ${video.duration}</span>` +
    `<span class="ytp-spacer"></span><span class="ytp-button">${ICON.settings}</span><span class="ytp-button">${ICON.fullscreen}</span>` +
    `</div></div></div></div>`
  );
}

/** The info line: the rolling-number layout, or the older one-line info (second video). */
function infoHtml(video) {
  if (video.markup === 'renderer') {
    return `<div id="info-container"><yt-formatted-string id="info"><span>${esc(video.views)}</span><span>  </span><span>${esc(video.age)}</span></yt-formatted-string></div>`;
  }
  return (
    `<ytd-watch-info-text id="ytd-watch-info-text"><div id="view-count" aria-label="${esc(video.views)}">${esc(video.viewsShort)}</div>` +
    `<div id="date-text" aria-label="${esc(video.age)}"><yt-formatted-string>${esc(video.age)}</yt-formatted-string></div></ytd-watch-info-text>`
  );
}

/** The description, collapsed to its first two lines with "...more". */
export function descriptionHtml(video, expanded = false) {
  const snippet = video.description.split('\n').slice(0, 2).join('\n');
  return (
    `<ytd-text-inline-expander id="description-inline-expander"${expanded ? ' is-expanded=""' : ''}>` +
    `<div id="snippet"${expanded ? ' hidden=""' : ''}><yt-attributed-string id="attributed-snippet-text"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" role="text">${esc(snippet)}</span></yt-attributed-string></div>` +
    `<tp-yt-paper-button id="expand" class="inline-more" role="button" tabindex="0"${expanded ? ' hidden=""' : ''}>...more</tp-yt-paper-button>` +
    `<div id="expanded"${expanded ? '' : ' hidden=""'}><yt-attributed-string>${expanded ? `<span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" role="text">${esc(video.description)}</span>` : ''}</yt-attributed-string></div>` +
    `<tp-yt-paper-button id="collapse" class="inline-more" role="button" tabindex="0"${expanded ? '' : ' hidden=""'}>Show less</tp-yt-paper-button>` +
    `</ytd-text-inline-expander>`
  );
}

function metadataHtml(video) {
  const c = video.channel;
  const verified = c.verified
    ? `<ytd-badge-supported-renderer><div class="badge badge-style-type-verified" aria-label="Verified">${ICON.check}</div></ytd-badge-supported-renderer>`
    : '';
  return (
    `<ytd-watch-metadata class="watch-active-metadata"><div id="title"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string>${esc(video.title)}</yt-formatted-string></h1></div>` +
    `<div id="top-row"><div id="owner"><ytd-video-owner-renderer>` +
    `<a class="yt-simple-endpoint" tabindex="-1" href="${channelHref(c)}"><yt-img-shadow id="avatar">${avatar(c, 40)}</yt-img-shadow></a>` +
    `<div id="upload-info"><ytd-channel-name id="channel-name"><div id="container"><div id="text-container"><yt-formatted-string id="text"><a class="yt-simple-endpoint" href="${channelHref(c)}">${esc(c.name)}</a></yt-formatted-string></div></div>${verified}</ytd-channel-name>` +
    `<yt-formatted-string id="owner-sub-count">${esc(c.subscribers)}</yt-formatted-string></div></ytd-video-owner-renderer>` +
    `<div id="subscribe-button"><yt-button-shape><button class="pill dark" aria-label="Subscribe to ${esc(c.name)}.">Subscribe</button></yt-button-shape></div></div>` +
    `<div id="actions"><div id="top-level-buttons-computed"><segmented-like-dislike-button-view-model class="pill-group">` +
    `<like-button-view-model><toggle-button-view-model><button-view-model><button class="pill grey" aria-pressed="false" aria-label="like this video along with ${esc(video.likes)} other people">${ICON.like}<span>${esc(video.likesShort)}</span></button></button-view-model></toggle-button-view-model></like-button-view-model>` +
    `<dislike-button-view-model><toggle-button-view-model><button-view-model><button class="pill grey" aria-pressed="false" aria-label="Dislike this video">${ICON.dislike}</button></button-view-model></toggle-button-view-model></dislike-button-view-model>` +
    `</segmented-like-dislike-button-view-model>` +
    `<button class="pill grey" aria-label="Share">${ICON.share}<span>Share</span></button><button class="pill grey" aria-label="Save to playlist">${ICON.save}<span>Save</span></button>` +
    `<button class="pill grey round" aria-label="More actions">${ICON.more}</button></div></div></div>` +
    `<div id="bottom-row"><div id="description"><div id="description-inner">${infoHtml(video)}${descriptionHtml(video)}</div></div></div>` +
    `</ytd-watch-metadata>`
  );
}

function commentsHtml(video) {
  const older = video.markup === 'renderer';
  return (
    `<ytd-comments id="comments"><ytd-item-section-renderer id="sections"><div id="header"><ytd-comments-header-renderer>` +
    `<div id="title"><h2 id="count"><yt-formatted-string class="count-text"><span>${video.commentCount.toLocaleString('en-US')}</span><span> Comments</span></yt-formatted-string></h2>` +
    `<div id="sort-menu"><button class="sort-btn" aria-label="Sort comments">${ICON.sort}<span>Sort by</span></button></div></div>` +
    `<div id="simple-box"><ytd-comment-simplebox-renderer><yt-img-shadow id="author-thumbnail">${avatar(ME, 40)}</yt-img-shadow>` +
    `<div id="placeholder-area" tabindex="0" role="button"><yt-formatted-string id="simplebox-placeholder">Add a comment…</yt-formatted-string></div>` +
    `</ytd-comment-simplebox-renderer></div></ytd-comments-header-renderer></div>` +
    `<div id="contents">${video.comments.map((c) => threadHtml(c, video.id, older)).join('')}</div>` +
    `</ytd-item-section-renderer></ytd-comments>`
  );
}

function upNextHtml(current) {
  const videos = VIDEO_ORDER.filter((id) => id !== current).map((id) => VIDEOS[id]);
  const card = (v, href) =>
    `<a class="compact-video" ${href ? `href="${href}"` : 'aria-disabled="true"'}>` +
    `<div class="thumb" style="${poster(v.poster)}"><span class="duration">${esc(v.duration)}</span></div>` +
    `<div class="compact-meta"><h3 class="compact-title">${esc(v.title)}</h3><div class="muted small">${esc(v.channel?.name ?? v.channel)}</div>` +
    `<div class="muted small">${esc(v.viewsShort ?? v.views)} • ${esc(v.age)}</div></div></a>`;
  return (
    `<div class="chips"><span class="chip selected">All</span><span class="chip">From Acme</span><span class="chip">Routers</span><span class="chip">Related</span></div>` +
    videos.map((v) => card(v, `/watch?v=${v.id}`)).join('') +
    SUGGESTIONS.map((s) => card(s, null)).join('')
  );
}

export function watchHtml(video) {
  return (
    `<ytd-watch-flexy class="watch" video-id="${video.id}" role="main"><div id="columns">` +
    `<div id="primary"><div id="primary-inner">${playerHtml(video)}<div id="below">${metadataHtml(video)}${commentsHtml(video)}</div></div></div>` +
    `<div id="secondary">${upNextHtml(video.id)}</div></div></ytd-watch-flexy>`
  );
}

export function homeHtml() {
  const cards = VIDEO_ORDER.map((id) => VIDEOS[id])
    .map(
      (v) =>
        `<a class="home-card" href="/watch?v=${v.id}"><div class="thumb big" style="${poster(v.poster)}"><span class="duration">${esc(v.duration)}</span></div>` +
        `<div class="home-meta">${avatar(v.channel, 36, 'home-avatar')}<div><h3 class="compact-title">${esc(v.title)}</h3>` +
        `<div class="muted small">${esc(v.channel.name)}</div><div class="muted small">${esc(v.viewsShort)} • ${esc(v.age)}</div></div></div></a>`,
    )
    .join('');
  return `<div class="home"><div class="chips"><span class="chip selected">All</span><span class="chip">Routers</span><span class="chip">Smart home</span></div><div class="home-grid">${cards}</div></div>`;
}

export function mastheadHtml() {
  return (
    `<div id="masthead"><div class="start"><button class="icon-btn" aria-label="Guide">${ICON.menu}</button>` +
    `<a href="/" class="logo" title="YouTube Home">${ICON.logo}<span class="wordmark">YouTube</span></a></div>` +
    `<form class="center" role="search" onsubmit="return false"><div class="searchbox"><input name="search_query" placeholder="Search" aria-label="Search" autocomplete="off"></div>` +
    `<button class="search-btn" aria-label="Search">${ICON.search}</button><button type="button" class="icon-btn grey" aria-label="Search with your voice">${ICON.mic}</button></form>` +
    `<div class="end"><button class="pill grey" aria-label="Create">${ICON.create}<span>Create</span></button>` +
    `<button class="icon-btn bell" aria-label="Notifications">${ICON.bell}<span class="bell-badge">9+</span></button>` +
    `<img class="me" alt="Acme Support" src="${avatarUrl(ME)}"></div></div>`
  );
}

// HTML of the demo X site. The markup keeps the hooks that real X has and that extensions
// read (see ../shared/notes/site-dom.md §1 and the captures in ../shared/fixtures/x/):
// data-testid, role, aria-label, the nesting of User-Name, the engagement group. Class
// names are the demo's own (X's are hashed), so adapters must never depend on them.
import { ME, userFor } from './data.js';
import { EMOJI_PATTERN, ICON, avatarUrl, emojiUrl } from './icons.js';

export const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let idCounter = 0;
/** X labels parts of an article with random "id__…" ids; these are unique per page. */
const nextId = () => `id__${(++idCounter).toString(36)}demo`;

// ---- Numbers and times ---------------------------------------------------------------

const compact = new Intl.NumberFormat('en', {
  notation: 'compact',
  maximumFractionDigits: 1,
  roundingMode: 'trunc',
});
/** "2.5K" as in X's visible counts; X shows nothing for zero. */
export const shortCount = (n) => (n > 0 ? compact.format(n) : '');
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** Relative time as on a timeline: "now", "14m", "3h", "Nov 20", "Nov 20, 2024". */
function relativeTime(iso) {
  const then = new Date(iso);
  const seconds = Math.max(0, (Date.now() - then.getTime()) / 1000);
  if (seconds < 60) return { text: `${Math.floor(seconds)}s`, label: `${Math.floor(seconds)} seconds ago` };
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    return { text: `${m}m`, label: plural(m, 'minute ago', 'minutes ago') };
  }
  if (seconds < 86400) {
    const h = Math.floor(seconds / 3600);
    return { text: `${h}h`, label: plural(h, 'hour ago', 'hours ago') };
  }
  const sameYear = then.getFullYear() === new Date().getFullYear();
  const text = then.toLocaleDateString('en-US', {
    month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }),
  });
  return { text, label: text };
}

/** "7:34 PM · Oct 23, 2025", the focused post's time on a status page. */
function fullTime(iso) {
  const d = new Date(iso);
  const time = d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  const date = d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  return `${time} · ${date}`;
}

// ---- Pieces of a post -----------------------------------------------------------------

const avatarHtml = (handle, size = 40) => `
  <div data-testid="Tweet-User-Avatar" class="avatar-col">
    <div data-testid="UserAvatar-Container-${esc(handle)}" class="avatar${userFor(handle).brand ? ' square' : ''}" style="width: ${size}px; height: ${size}px;">
      <a href="/${esc(handle)}" role="link"><img alt="" draggable="true" src="${avatarUrl(handle, userFor(handle))}"></a>
    </div>
  </div>`;

/** Text with links for @mentions, #hashtags and URLs, and emoji as <img alt>. */
function richText(text) {
  const token = /(@[A-Za-z0-9_]{1,20})|(#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+)|(https?:\/\/\S+|\b[a-z0-9-]+\.example\/\S*)/gu;
  let html = '';
  let last = 0;
  const plain = (s) =>
    s.split(EMOJI_PATTERN).length === 1
      ? `<span>${esc(s)}</span>`
      : `<span>${esc(s).replace(EMOJI_PATTERN, (e) => `</span><img alt="${e}" draggable="false" src="${emojiUrl(e)}" title="${e}" class="emoji"><span>`)}</span>`.replace(/<span><\/span>/g, '');
  for (const m of text.matchAll(token)) {
    html += plain(text.slice(last, m.index));
    const [whole, mention, tag] = m;
    if (mention) {
      html += `<div class="inline"><span><a dir="ltr" href="/${esc(mention.slice(1))}" role="link" class="link">${esc(mention)}</a></span></div>`;
    } else if (tag) {
      html += `<span class="inline"><a dir="ltr" href="/hashtag/${encodeURIComponent(tag.slice(1))}?src=hashtag_click" role="link" class="link">${esc(tag)}</a></span>`;
    } else {
      html += `<a dir="ltr" href="https://t.co/demo" rel="noopener noreferrer nofollow" target="_blank" role="link" class="link">${esc(whole)}</a>`;
    }
    last = m.index + whole.length;
  }
  return html + plain(text.slice(last));
}

/** Timeline posts over 280 characters are cut, with X's "Show more" link to the full post. */
const TRUNCATE_AT = 280;

function textHtml(post, { focused, id }) {
  const cut = !focused && post.text.length > TRUNCATE_AT;
  const text = cut ? `${post.text.slice(0, TRUNCATE_AT).replace(/\s+\S*$/, '')}…` : post.text;
  return `
      <div dir="auto" lang="${esc(post.lang)}" id="${id}" data-testid="tweetText" class="tweet-text${focused ? ' big' : ''}">${richText(text)}</div>${
        cut
          ? `
      <button data-testid="tweet-text-show-more-link" type="button" class="show-more" data-href="/${esc(post.handle)}/status/${post.id}">Show more</button>`
          : ''
      }`;
}

function actionButton(testid, count, one, many, verb, icon, extra = '') {
  const label = count > 0 ? `${plural(count, one, many)}. ${verb}` : verb;
  return `
        <div class="action"><button aria-label="${label}" role="button" data-testid="${testid}" type="button" class="action-btn ${testid}"${extra}>
          <div dir="ltr" class="action-inner"><div class="action-icon">${icon}</div>
          <div class="action-count"><span data-testid="app-text-transition-container"><span><span>${shortCount(count)}</span></span></span></div></div>
        </button></div>`;
}

/** The engagement bar; its aria-label has the exact counts (visible ones are rounded). */
export function actionsHtml(post) {
  const parts = [
    [post.replies, 'reply', 'replies'], [post.reposts, 'repost', 'reposts'],
    [post.likes, 'like', 'likes'], [post.bookmarks, 'bookmark', 'bookmarks'],
    [post.views, 'view', 'views'],
  ].filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  const path = `/${esc(post.handle)}/status/${post.id}`;
  return `
      <div aria-label="${parts.join(', ')}" role="group" id="${nextId()}" class="actions">
        ${actionButton('reply', post.replies, 'Reply', 'Replies', 'Reply', ICON.reply)}
        ${actionButton(post.reposted ? 'unretweet' : 'retweet', post.reposts, 'repost', 'reposts', post.reposted ? 'Reposted' : 'Repost', ICON.retweet, ' aria-haspopup="menu" aria-expanded="false"')}
        ${actionButton(post.liked ? 'unlike' : 'like', post.likes, 'Like', 'Likes', post.liked ? 'Liked' : 'Like', post.liked ? ICON.liked : ICON.like)}
        <div class="action"><a href="${path}/analytics" aria-label="${post.views > 0 ? `${plural(post.views, 'view', 'views')}. ` : ''}View post analytics" role="link" class="action-btn views">
          <div dir="ltr" class="action-inner"><div class="action-icon">${ICON.views}</div>
          <div class="action-count"><span data-testid="app-text-transition-container"><span><span>${shortCount(post.views)}</span></span></span></div></div>
        </a></div>
        <div class="action-pair">
          ${actionButton(post.bookmarked ? 'removeBookmark' : 'bookmark', post.bookmarks, 'Bookmark', 'Bookmarks', post.bookmarked ? 'Bookmarked' : 'Bookmark', post.bookmarked ? ICON.bookmarked : ICON.bookmark)}
          <div class="action"><button aria-expanded="false" aria-haspopup="menu" aria-label="Share post" role="button" type="button" class="action-btn share"><div class="action-inner"><div class="action-icon">${ICON.share}</div></div></button></div>
        </div>
      </div>`;
}

/** User-Name: child 1 = name link; child 2 = "@handle" link, then "·" and the time link. */
function userNameHtml(post, { focused, id }) {
  const user = userFor(post.handle);
  const h = esc(post.handle);
  const time = relativeTime(post.time);
  const timeLink = focused
    ? '' // on a status page the time sits under the text (fixture x-tweet-sample.html)
    : `<div dir="ltr" aria-hidden="true" class="dot"><span>·</span></div>
            <div class="time"><a href="/${h}/status/${post.id}" dir="ltr" aria-label="${esc(time.label)}" role="link" class="time-link"><time datetime="${post.time}">${esc(time.text)}</time></a></div>`;
  return `
        <div data-testid="User-Name" id="${id}" class="user-name${focused ? ' stacked' : ''}">
          <div class="un-name"><a href="/${h}" role="link" class="name-link">
            <div dir="ltr" class="name"><span><span>${esc(user.name)}</span></span></div>
            ${user.verified ? `<div dir="ltr" class="badge"><span>${ICON.verified}</span></div>` : ''}
          </a></div>
          <div class="un-meta">
            <div class="handle"><a href="/${h}" role="link" tabindex="-1"><div dir="ltr"><span>@${h}</span></div></a></div>
            ${timeLink}
          </div>
        </div>`;
}

/** One post as X renders it: article[data-testid="tweet"], focused (status page) or not. */
export function articleHtml(post, { focused = false } = {}) {
  const nameId = nextId();
  const textId = nextId();
  const replying = post.replyTo
    ? `
      <div dir="ltr" class="replying">Replying to <div class="inline"><a href="/${esc(post.replyTo)}" role="link" class="link">@${esc(post.replyTo)}</a></div></div>`
    : '';
  const head = `
      <div class="tweet-head">
        ${userNameHtml(post, { focused, id: nameId })}
        <div class="head-right">${post.promoted ? '<span class="ad">Ad</span>' : ''}
          <button aria-expanded="false" aria-haspopup="menu" aria-label="More" role="button" data-testid="caret" type="button" class="caret">${ICON.more}</button>
        </div>
      </div>`;
  const article = (body) => `
  <article aria-labelledby="${nameId} ${textId}" role="article" tabindex="${focused ? -1 : 0}" data-testid="tweet" class="tweet${focused ? ' focused' : ''}">
    ${body}
  </article>`;

  if (focused) {
    return article(`
    <div class="focused-top">${avatarHtml(post.handle)}<div class="tweet-main">${head}</div></div>
    ${replying}
    ${textHtml(post, { focused, id: textId })}
    <div class="focused-time">
      <a href="/${esc(post.handle)}/status/${post.id}" aria-label="${esc(fullTime(post.time))}" role="link" class="time-link"><time datetime="${post.time}">${esc(fullTime(post.time))}</time></a>
      <span aria-hidden="true" class="dot">·</span>
      <span><span data-testid="app-text-transition-container"><span><span class="strong">${shortCount(post.views) || '0'}</span></span></span> <span class="muted">Views</span></span>
    </div>
    ${actionsHtml(post)}`);
  }
  return article(`
    <div class="tweet-row">
      ${avatarHtml(post.handle)}
      <div class="tweet-main">
        ${head}
        ${replying}
        ${textHtml(post, { focused, id: textId })}
        ${actionsHtml(post)}
      </div>
    </div>`);
}

/** A timeline row. Promoted posts sit inside [data-testid="placementTracking"], as on X. */
export function cellHtml(post, options) {
  const inner = articleHtml(post, options);
  return `<div data-testid="cellInnerDiv" class="cell"><div class="cell-inner">${
    post.promoted ? `<div data-testid="placementTracking">${inner}</div>` : inner
  }</div></div>`;
}

// ---- Page parts ------------------------------------------------------------------------

/** The inline composer (home, and the reply box on a status page), also the reply
 * dialog's (with buttonTestId "tweetButton"). The editor is a contenteditable like X's
 * Draft.js one; its toolBar is a sibling, not an ancestor. */
export function composerHtml({ placeholder, button, replyTo = '', buttonTestId = 'tweetButtonInline' }) {
  const placeholderId = `placeholder-${nextId()}`;
  return `
  <div class="composer" data-demo-composer data-reply-to="${esc(replyTo)}">
    ${avatarHtml(ME)}
    <div class="composer-main">
      <label data-testid="tweetTextarea_0_label" class="composer-label">
        <div data-testid="tweetTextarea_0RichTextInputContainer" class="DraftEditor-root">
          <div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner" id="${placeholderId}">${esc(placeholder)}</div></div>
          <div class="DraftEditor-editorContainer">
            <div aria-describedby="${placeholderId}" aria-label="Post text" aria-multiline="true" class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox" spellcheck="true" tabindex="0"></div>
          </div>
        </div>
      </label>
      <div data-testid="toolBar" class="toolbar">
        <nav role="navigation" class="tools">
          <button type="button" aria-label="Add photos or video" class="tool">${ICON.media}</button>
          <button type="button" aria-label="Add emoji" class="tool">${ICON.emojiIcon}</button>
        </nav>
        <button role="button" data-testid="${esc(buttonTestId)}" type="button" aria-disabled="true" tabindex="-1" class="post-btn">${esc(button)}</button>
      </div>
    </div>
  </div>`;
}

/** The sticky bar at the top of the centre column. */
export function topBarHtml({ title, subtitle = '', back = false, tabs = null }) {
  return `
  <div class="top-bar">
    ${
      tabs
        ? `<nav role="tablist" class="tabs">${tabs
            .map((t, i) => `<a href="${t.href}" role="tab" aria-selected="${i === 0}" class="tab${i === 0 ? ' selected' : ''}"><span>${esc(t.label)}</span></a>`)
            .join('')}</nav>`
        : `<div class="bar-row">${back ? `<button data-testid="app-bar-back" aria-label="Back" role="button" type="button" class="back">${ICON.back}</button>` : ''}
      <div><h2 dir="ltr" role="heading" aria-level="2"><span>${esc(title)}</span></h2>${subtitle ? `<div class="muted small">${esc(subtitle)}</div>` : ''}</div></div>`
    }
  </div>`;
}

/** A timeline region as X marks it up: section > h1 + div[aria-label] > div > cells. */
export function timelineHtml(label, cellsHtml) {
  const headingId = `accessible-list-${nextId()}`;
  return `
  <section aria-labelledby="${headingId}" role="region" class="timeline">
    <h1 dir="ltr" role="heading" aria-level="1" id="${headingId}" class="visually-hidden">${esc(label)}</h1>
    <div aria-label="Timeline: ${esc(label)}"><div data-demo-cells>${cellsHtml}</div></div>
  </section>`;
}

export function profileHeaderHtml(handle) {
  const user = userFor(handle);
  const h = esc(handle);
  const full = new Intl.NumberFormat('en').format;
  return `
  <div class="profile">
    <div class="banner" style="background: linear-gradient(120deg, ${user.color}, #ced4da)"></div>
    <div class="profile-top">
      <div data-testid="UserAvatar-Container-${h}" class="avatar big${user.brand ? ' square' : ''}"><a href="/${h}/photo" role="link"><img alt="Opens profile photo" src="${avatarUrl(handle, user)}"></a></div>
      ${handle === ME ? '<a href="/settings/profile" role="link" class="outline-btn" data-testid="editProfileButton">Edit profile</a>' : `<button type="button" class="follow-btn" data-testid="${h}-follow" aria-label="Follow @${h}">Follow</button>`}
    </div>
    <div data-testid="UserName" class="profile-name">
      <div><div dir="ltr" class="name big"><span><span>${esc(user.name)}</span>${user.verified ? ICON.verified : ''}</span></div></div>
      <div><div dir="ltr" class="muted"><span>@${h}</span></div></div>
    </div>
    ${user.bio ? `<div data-testid="UserDescription" dir="auto" class="bio">${richText(user.bio)}</div>` : ''}
    <div data-testid="UserProfileHeader_Items" class="muted header-items">
      ${user.location ? `<span data-testid="UserLocation">${ICON.location}<span>${esc(user.location)}</span></span>` : ''}
      <span data-testid="UserJoinDate">${ICON.calendar}<span>Joined ${esc(user.joined)}</span></span>
    </div>
    <div class="follows">
      <a href="/${h}/following" role="link"><span class="strong">${full(user.following)}</span> <span class="muted">Following</span></a>
      <a href="/${h}/verified_followers" role="link"><span class="strong">${shortCount(user.followers) || '0'}</span> <span class="muted">Followers</span></a>
    </div>
    <nav role="tablist" class="tabs profile-tabs" aria-label="Profile timelines">
      <a href="/${h}" role="tab" aria-selected="true" class="tab selected"><span>Posts</span></a>
      <a href="/${h}/with_replies" role="tab" aria-selected="false" class="tab"><span>Replies</span></a>
      <a href="/${h}/media" role="tab" aria-selected="false" class="tab"><span>Media</span></a>
    </nav>
  </div>`;
}

export function spinnerCellHtml() {
  return '<div data-testid="cellInnerDiv" class="cell spinner-cell" data-demo-spinner><div role="progressbar" aria-valuemax="1" aria-valuemin="0" class="spinner"></div></div>';
}

export function emptyStateHtml(title, body) {
  return `<div data-testid="emptyState" class="empty"><div class="empty-title">${esc(title)}</div><div class="muted">${esc(body)}</div></div>`;
}

/** X's reply dialog: the post replied to (with its status link), then a composer. */
export function replyDialogHtml(post) {
  const author = userFor(post.handle);
  return `
  <div role="dialog" aria-modal="true" aria-labelledby="modal-header" class="modal" data-demo-dialog data-parent-id="${esc(post.id)}">
    <div class="modal-box">
      <div class="modal-head">
        <button type="button" data-testid="app-bar-close" aria-label="Close" class="back">&#x2715;</button>
        <h2 id="modal-header" class="visually-hidden">Reply</h2>
      </div>
      <div class="modal-post">
        ${avatarHtml(post.handle)}
        <div>
          <div><span class="strong">${esc(author.name)}</span> <span class="muted">@${esc(post.handle)} · <a href="/${esc(post.handle)}/status/${esc(post.id)}"><time datetime="${esc(post.time)}">${esc(post.time.slice(0, 10))}</time></a></span></div>
          <div class="modal-text">${esc(post.text)}</div>
          <div class="muted small">Replying to <span class="link">@${esc(post.handle)}</span></div>
        </div>
      </div>
      ${composerHtml({ placeholder: 'Post your reply', button: 'Reply', replyTo: post.handle, buttonTestId: 'tweetButton' })}
    </div>
  </div>`;
}

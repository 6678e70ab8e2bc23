// Markup of the demo Instagram site. It follows what Casebook's adapter reads (notes/
// site-dom.md §3 and test/fixtures/instagram/): posts in `main article`, the header's
// profile links and time link, the caption as a span[dir=auto], likes in
// `section a[href$="/liked_by/"]`, each comment's time linked to /p/<code>/c/<id>/, and
// the comment box textarea[aria-label="Add a comment…"] with its "Post" button. Classes are
// readable here (Instagram's are hashed); the adapter never reads them.
import { NOW, sceneOf, shortAgo, userFor } from './data.js';
import { ICON, avatarUrl, pictureUrl } from './icons.js';

export const esc = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const count = (n) => n.toLocaleString('en-US');
const iso = (ago) => new Date(NOW - ago).toISOString();
const longDate = (ago) => new Date(NOW - ago).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** @mentions and #hashtags are links, as on Instagram; the rest is escaped text. */
function richText(text) {
  return esc(text).replace(/(^|\s)([@#])([A-Za-z0-9._]+)/g, (_, space, sign, name) => {
    const href = sign === '@' ? `/${name}/` : `/explore/tags/${name.toLowerCase()}/`;
    return `${space}<a href="${href}" role="link" class="tag">${sign}${name}</a>`;
  });
}

const avatar = (handle, size) =>
  `<img alt="${esc(handle)}'s profile picture" class="avatar" width="${size}" height="${size}" crossorigin="anonymous" draggable="false" src="${avatarUrl(handle)}">`;
const avatarLink = (handle, size) => `<a href="/${esc(handle)}/" role="link" tabindex="-1" class="avatar-link">${avatar(handle, size)}</a>`;
const nameLink = (handle) => `<span class="uname"><a href="/${esc(handle)}/" role="link"><span dir="auto">${esc(handle)}</span></a></span>`;
const badge = (handle) => (userFor(handle).verified ? ICON.verified : '');
export const permalink = (post) => `/${post.kind}/${post.code}/`;

function media(post) {
  const picture = pictureUrl(sceneOf(post), post.media);
  const alt = `Photo by ${userFor(post.handle).name}. May be an image of ${post.media === 'desk' ? 'a laptop on a desk' : `a ${post.media === 'box' ? 'box' : 'router'}`}.`;
  if (post.media === 'video') {
    return `<div class="media"><video playsinline="" preload="none" poster="${picture}" muted></video><div class="play" aria-hidden="true"></div><div role="button" tabindex="0" aria-label="Toggle audio" class="audio">${ICON.muted}</div></div>`;
  }
  const img = `<img alt="${esc(alt)}" class="photo" crossorigin="anonymous" src="${picture}">`;
  return post.sponsored
    ? `<div class="media"><a href="${permalink(post)}" role="link">${img}</a></div>`
    : `<div class="media"><div role="button" tabindex="0">${img}</div></div>`;
}

/** The author row: picture, username, badge, time (or "Sponsored"), the ⋯ button. */
function postHead(post, { follow = false } = {}) {
  const when = post.ago == null
    ? ''
    : `<span aria-hidden="true" class="dot"> • </span><a href="${permalink(post)}" role="link" class="muted"><span><time datetime="${iso(post.ago)}" title="${longDate(post.ago)}">${shortAgo(post.ago)}</time></span></a>`;
  const sub = post.sponsored
    ? '<div class="head-sub"><span class="sub">Sponsored</span></div>'
    : post.location
      ? `<div class="head-sub"><a href="/explore/locations/1001/acme-hq/" role="link"><span dir="auto">${esc(post.location)}</span></a></div>`
      : post.media === 'video'
        ? `<div class="head-sub"><a href="/reels/audio/998877/" role="link"><span dir="auto">${esc(post.handle)} · Original audio</span></a></div>`
        : '';
  return `<div class="post-head">
    <div class="head-avatar ring">${avatarLink(post.handle, 32)}</div>
    <div class="head-text"><div class="head-line">${nameLink(post.handle)}${badge(post.handle)}${follow ? '<span aria-hidden="true" class="dot"> • </span><div role="button" tabindex="0" class="follow">Follow</div>' : when}</div>${follow ? '' : sub}</div>
    <div role="button" tabindex="0" class="icon-btn more-btn">${ICON.more}</div>
  </div>`;
}

const actions = () => `<section class="actions">
  <span><div role="button" tabindex="0" class="icon-btn like-btn">${ICON.like}</div></span>
  <span><div role="button" tabindex="0" class="icon-btn comment-btn">${ICON.comment}</div></span>
  <div role="button" tabindex="0" class="icon-btn">${ICON.share}</div>
  <div class="spacer"></div>
  <div role="button" tabindex="0" class="icon-btn">${ICON.save}</div>
</section>`;

function likesLine(post) {
  if (post.likes == null) {
    return `<section class="likes"><div>Liked by <a href="/acme.support/" role="link"><span dir="auto">acme.support</span></a> and <a href="${permalink(post)}liked_by/" role="link">others</a></div></section>`;
  }
  return `<section class="likes"><div><a href="${permalink(post)}liked_by/" role="link"><span>${count(post.likes)}</span> ${post.likes === 1 ? 'like' : 'likes'}</a></div></section>`;
}

/** The comment box: an emoji button, the textarea, and "Post" (dim until there is text). */
export const commentBox = () => `<section class="add-comment"><div><form method="POST" class="comment-form">
  <div role="button" tabindex="0" aria-label="Emoji" class="icon-btn emoji">${ICON.emoji}</div>
  <textarea aria-label="Add a comment…" placeholder="Add a comment…" autocomplete="off" autocorrect="off" rows="1"></textarea>
  <div role="button" tabindex="0" class="post-btn" aria-disabled="true">Post</div>
</form></div></section>`;

function caption(post) {
  const cut = post.cut && post.text.length > post.cut;
  const shown = cut ? post.text.slice(0, post.text.lastIndexOf(' ', post.cut)) : post.text;
  return `<div class="caption">${nameLink(post.handle)} <span dir="auto" class="caption-text">${richText(shown)}</span>${cut ? '<span class="muted">… </span><div role="button" tabindex="0" class="more-link"><span>more</span></div>' : ''}</div>`;
}

/** A comment's own link: /p/<code>/c/<id>/, a reply's /p/<code>/c/<parent>/r/<id>/. */
export const commentHref = (post, comment, parentId) =>
  `${permalink(post)}c/${parentId ? `${parentId}/r/${comment.id}` : comment.id}/`;

function metaRow(post, comment, parentId) {
  const likes = comment.likes ? `<button type="button" class="meta-btn"><span>${comment.likes} ${comment.likes === 1 ? 'like' : 'likes'}</span></button>` : '';
  return `<div class="c-meta"><a href="${commentHref(post, comment, parentId)}" role="link" class="muted"><time datetime="${iso(comment.ago)}" title="${longDate(comment.ago)}">${shortAgo(comment.ago)}</time></a>${likes}<button type="button" class="meta-btn reply-btn" data-handle="${esc(comment.handle)}" data-thread="${parentId ?? comment.id}"><span>Reply</span></button></div>`;
}

/** A comment under a post in the feed: name and text on one line, its row under it. */
export function inlineCommentHtml(post, comment, parentId = null) {
  return `<div class="ig-comment inline-comment"><div class="ic-text">${nameLink(comment.handle)}${badge(comment.handle)} <span dir="auto">${richText(comment.text)}</span></div>${metaRow(post, comment, parentId)}</div>`;
}

/** A post in the feed. */
export function feedPostHtml(post) {
  const comments = post.comments.length;
  const preview = post.comments.filter((c) => post.preview.includes(c.id));
  return `<article class="ig-post" tabindex="-1" data-code="${post.code}"><div class="post-inner">
  ${postHead(post)}
  ${media(post)}
  ${post.sponsored ? '<div class="cta"><a href="https://l.instagram.com/?u=https%3A%2F%2Facme.example%2Fx2&amp;e=AT0demo" rel="nofollow noopener noreferrer" target="_blank"><span>Learn more</span><span aria-hidden="true">›</span></a></div>' : ''}
  <div class="post-body">
    ${actions()}
    ${likesLine(post)}
    ${caption(post)}
    ${comments > preview.length ? `<div><a href="${permalink(post)}comments/" role="link" class="muted view-all"><span dir="auto">View all ${comments} comments</span></a></div>` : ''}
    <div class="inline-comments">${preview.map((c) => inlineCommentHtml(post, c)).join('')}</div>
    ${commentBox()}
  </div>
</div></article>`;
}

/** A comment on a post's page (h3 name, text, its row, a small heart). */
export function commentRowHtml(post, comment, parentId = null) {
  return `<div class="c-wrap"><li class="c-row ig-comment">
    <div class="c-avatar">${avatarLink(comment.handle, 32)}</div>
    <div class="c-main"><h3 class="c-name"><div><a href="/${esc(comment.handle)}/" role="link">${esc(comment.handle)}</a></div></h3>${badge(comment.handle)}
      <div class="c-text"><span dir="auto">${richText(comment.text)}</span></div>
      ${metaRow(post, comment, parentId)}
    </div>
    <span><div role="button" tabindex="0" class="icon-btn c-like">${ICON.likeSmall}</div></span>
  </li></div>`;
}

/** A comment and, under it, its replies (shown) or "View replies (n)" (folded). */
export function threadHtml(post, comment) {
  const replies = comment.replies ?? [];
  const list = !replies.length
    ? ''
    : comment.foldedReplies
      ? `<ul class="c-replies"><li><button type="button" class="replies-toggle" data-comment="${comment.id}"><span>— View replies (${replies.length})</span></button></li></ul>`
      : `<ul class="c-replies"><li><button type="button" class="replies-toggle" data-comment="${comment.id}" data-shown="1"><span>— Hide replies</span></button></li>${replies.map((r) => commentRowHtml(post, r, comment.id)).join('')}</ul>`;
  // The wrapper holds the comment's row and its replies list, as on Instagram.
  return commentRowHtml(post, comment).replace(/<\/div>$/, `${list}</div>`);
}

/** The page of one post: the picture on the left, header, comments and box on the right. */
export function postPageHtml(post) {
  const captionRow = `<div class="c-wrap"><li class="c-row caption-row">
    <div class="c-avatar">${avatarLink(post.handle, 32)}</div>
    <div class="c-main"><h2 class="c-name"><div><a href="/${esc(post.handle)}/" role="link">${esc(post.handle)}</a></div></h2>${badge(post.handle)}
      <div class="c-text"><span dir="auto">${richText(post.text)}</span></div>
      <div class="c-meta">${post.ago == null ? '<span class="muted">Sponsored</span>' : `<a href="${permalink(post)}" role="link" class="muted"><time datetime="${iso(post.ago)}" title="${longDate(post.ago)}">${shortAgo(post.ago)}</time></a>`}</div>
    </div>
  </li></div>`;
  const when = post.ago == null ? NOW : NOW - post.ago;
  return `<div class="pp-wrap"><article class="pp" role="presentation" data-code="${post.code}"><div class="pp-row">
    <div class="pp-media">${media(post)}</div>
    <div class="pp-side">
      <div class="pp-head">${postHead(post, { follow: true })}</div>
      <div class="pp-scroll"><ul class="pp-comments">${captionRow}${post.comments.map((c) => threadHtml(post, c)).join('')}</ul></div>
      <div class="pp-foot">
        ${actions()}
        ${likesLine(post)}
        <div class="pp-time">${post.ago == null ? '' : `<a href="${permalink(post)}" role="link" class="muted"><time datetime="${iso(post.ago)}" title="${longDate(post.ago)}">${new Date(when).toLocaleDateString('en-US', { month: 'long', day: 'numeric' })}</time></a>`}</div>
        ${commentBox()}
      </div>
    </div>
  </div></article></div>`;
}

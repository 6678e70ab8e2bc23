// Markup of the demo Reddit site: the same custom elements, attributes and light-DOM slots as
// new Reddit's (shreddit; notes/site-dom.md §5 and test/fixtures/reddit/), so that what the
// Casebook adapter reads here is what it reads on reddit.com. Pure string builders.
import { COMMUNITY, ME, NOW, USER_COLORS } from './data.js';
import { ICON, avatarUrl } from './icons.js';

export const esc = (text) =>
  String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** shreddit's timestamp form: "2026-11-20T09:15:42.123000+0000". */
const stamp = (at) => new Date(at).toISOString().replace(/Z$/, '000+0000');
const iso = (at) => new Date(at).toISOString();

/** "5 hr. ago", "2 days ago" as Reddit shows them (short form for comments: "2d ago"). */
export function ago(at, short = false) {
  const minutes = Math.max(0, Math.round((NOW - at) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return short ? `${minutes}m ago` : `${minutes} min. ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return short ? `${hours}h ago` : `${hours} hr. ago`;
  const days = Math.round(hours / 24);
  if (short) return `${days}d ago`;
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** Scores and counts as Reddit shows them: "1.2K" from a thousand on. */
export const shortCount = (n) =>
  Math.abs(n) >= 1000 ? `${(n / 1000).toFixed(1).replace(/\.0$/, '')}K` : String(n);

const avatar = (name) => avatarUrl(name, USER_COLORS[name]);
const timeago = (at, short) =>
  `<faceplate-timeago ts="${iso(at)}"><time datetime="${iso(at)}" title="${esc(new Date(at).toUTCString())}">${ago(at, short)}</time></faceplate-timeago>`;
const paragraphs = (lines) => lines.map((line) => `<p>${esc(line)}</p>`).join('');
const communityIcon = `<span class="sub-icon" aria-hidden="true">a</span>`;

export const postPath = (post) => `/r/${COMMUNITY.name}/comments/${post.id}/${post.slug}/`;

function voteBar(score, noun) {
  return (
    `<span class="pill vote" data-noun="${noun}"><button type="button" class="icon-btn up" aria-label="Upvote">${ICON.up}</button>` +
    `<faceplate-number number="${score}" class="score">${shortCount(score)}</faceplate-number>` +
    `<button type="button" class="icon-btn down" aria-label="Downvote">${ICON.down}</button></span>`
  );
}

/** The action bar under a post (in shreddit's shadow DOM on reddit.com; light DOM here). */
function postActions(score, commentCount, commentsHref) {
  return (
    `<div class="post-actions">${voteBar(score, 'vote')}` +
    `<a class="pill" href="${commentsHref}" data-nav>${ICON.comment}<span>${shortCount(commentCount)}</span></a>` +
    `<button type="button" class="pill">${ICON.award}<span class="sr">Award</span></button>` +
    `<button type="button" class="pill">${ICON.share}<span>Share</span></button></div>`
  );
}

/**
 * A post: <article> around shreddit-post in feeds, the bare element on its page. The
 * header is the credit-bar slot, the text the text-body slot (clamped by CSS in feeds: the
 * whole text stays in the DOM, as on reddit.com).
 */
export function postHtml(post, { page = false, commentCount = post.commentCount } = {}) {
  const user = `<faceplate-hovercard data-id="user-hover-card"><a href="/user/${post.author}/" class="author" data-nav>${page ? `<img src="${avatar(post.author)}" alt="u/${post.author} avatar" class="avatar-xs">` : ''}${esc(post.author)}</a></faceplate-hovercard>`;
  const body = post.body.length
    ? `<shreddit-post-text-body slot="text-body" class="${page ? 'text-body' : 'text-body clamp'}"><div class="md"><div id="t3_${post.id}-post-rtjson-content">${paragraphs(post.body)}</div></div></shreddit-post-text-body>`
    : '';
  const media = post.image
    ? `<div slot="post-media-container" class="media" style="--tint:${post.image.color}"><div class="media-box" role="img" aria-label="${esc(post.image.caption)}"><span>${esc(post.image.caption)}</span></div></div>`
    : '';
  const title = page
    ? `<h1 slot="title" id="post-title-t3_${post.id}" class="post-title big">${esc(post.title)}</h1>`
    : `<a slot="title" id="post-title-t3_${post.id}" href="${postPath(post)}" class="post-title" data-nav>${esc(post.title)}</a>`;
  const element =
    `<shreddit-post id="t3_${post.id}" author="${post.author}" permalink="${postPath(post)}" post-title="${esc(post.title)}" ` +
    `subreddit-name="${COMMUNITY.name}" subreddit-prefixed-name="r/${COMMUNITY.name}" score="${post.score}" comment-count="${commentCount}" ` +
    `created-timestamp="${stamp(post.at)}" post-type="${post.type}" view-context="${page ? 'CommentsPage' : 'SubredditFeed'}" class="post${page ? ' on-page' : ''}">` +
    `<div slot="credit-bar" class="credit-bar">${communityIcon}<a href="/r/${COMMUNITY.name}/" class="sub-name" data-nav>r/${COMMUNITY.name}</a>` +
    `<span class="dot">•</span>${timeago(post.at, false)}<span class="dot">•</span>${user}</div>` +
    `${title}${post.flair ? `<span class="flair">${esc(post.flair)}</span>` : ''}${body}${media}${postActions(post.score, commentCount, postPath(post))}</shreddit-post>`;
  return page ? element : `<article class="feed-item" aria-label="${esc(post.title)}">${element}</article><hr class="feed-sep">`;
}

/** The promoted post of the feed: shreddit-ad-post. */
export function adHtml(ad) {
  return (
    `<article class="feed-item" aria-label="${esc(ad.title)}"><shreddit-ad-post id="t3_${ad.id}" author="${ad.author}" ` +
    `permalink="/user/${ad.author}/comments/${ad.id}/switch_to_acme_mobile/" post-title="${esc(ad.title)}" score="${ad.score}" ` +
    `comment-count="${ad.comments}" created-timestamp="${stamp(NOW - 3 * 86_400_000)}" post-type="link" class="post">` +
    `<div slot="credit-bar" class="credit-bar"><a href="/user/${ad.author}/" class="author" data-nav><img src="${avatar(ad.author)}" alt="u/${ad.author} avatar" class="avatar-xs">u/${ad.author}</a>` +
    `<span class="dot">•</span><span class="promoted">Promoted</span></div>` +
    `<a slot="title" href="${ad.url}" class="post-title" rel="noopener">${esc(ad.title)}</a>` +
    `<div class="ad-body"><p>${esc(ad.body)}</p><a class="ad-cta" href="${ad.url}" rel="noopener"><span>mobile.acme.example</span><span class="btn secondary small">Learn More</span></a></div>` +
    `${postActions(ad.score, ad.comments, `/r/${COMMUNITY.name}/`)}</shreddit-ad-post></article><hr class="feed-sep">`
  );
}

/** The box under a post before it is clicked: a placeholder that mounts the composer. */
export const composerPlaceholderHtml = () =>
  `<faceplate-tracker source="post_detail" noun="comment_composer"><faceplate-textarea-input placeholder="Join the conversation" aria-label="Add a comment" role="button" tabindex="0" class="placeholder-input">Join the conversation</faceplate-textarea-input></faceplate-tracker>`;

/** shreddit-composer: the rich-text box, Cancel, and the submit button (disabled while empty). */
export function composerHtml({ label, submit, placeholder }) {
  return (
    `<faceplate-form method="post"><shreddit-composer mode="rte" placeholder="${esc(placeholder)}" class="composer">` +
    `<div contenteditable="true" role="textbox" name="body" aria-label="${esc(label)}" aria-multiline="true" class="rte" data-placeholder="${esc(placeholder)}"></div>` +
    `<button type="button" class="icon-btn fmt" aria-label="Show formatting options">${ICON.formatting}</button>` +
    `<button slot="cancel-button" type="button" class="btn plain">Cancel</button>` +
    `<button slot="submit-button" type="submit" class="btn primary" disabled>${esc(submit)}</button>` +
    `</shreddit-composer></faceplate-form>`
  );
}

/** A comment and its replies (nested inside it, as on reddit.com). */
export function commentHtml(comment, post, depth = 0, parentId = null) {
  const deleted = comment.author === '[deleted]';
  const id = `t1_${comment.id}`;
  const score = comment.score ?? null;
  const op = comment.author === post.author ? '<span class="op">OP</span>' : '';
  const team = comment.author === ME ? '<span class="team-flair">Acme Team</span>' : '';
  const who = deleted
    ? '<span class="c-author deleted">[deleted]</span>'
    : `<faceplate-hovercard><a href="/user/${comment.author}/" class="c-author" data-nav>${esc(comment.author)}</a></faceplate-hovercard>${op}${team}`;
  const pic = deleted
    ? '<span class="avatar-sm blank" aria-hidden="true"></span>'
    : `<a href="/user/${comment.author}/" data-nav><img src="${avatar(comment.author)}" alt="${esc(comment.author)} avatar" class="avatar-sm"></a>`;
  const replies = comment.replies.map((reply) => commentHtml(reply, post, depth + 1, comment.id)).join('');
  return (
    `<shreddit-comment thingid="${id}" author="${esc(comment.author)}"${score === null ? '' : ` score="${score}"`} depth="${depth}" ` +
    `permalink="/r/${COMMUNITY.name}/comments/${post.id}/comment/${comment.id}/" postid="t3_${post.id}"${parentId ? ` parentid="t1_${parentId}"` : ''} ` +
    `created="${stamp(comment.at)}"${replies ? ' has-children' : ''}>` +
    `<div slot="commentAvatar" class="c-avatar">${pic}</div>` +
    `<div slot="commentMeta" class="c-meta">${who}<span class="dot">•</span>${timeago(comment.at, true)}</div>` +
    `<div slot="comment" id="${id}-comment-rtjson-content" class="c-body">${paragraphs(comment.text.split('\n').filter(Boolean))}</div>` +
    `<shreddit-comment-action-row slot="actionRow" comment-id="${id}"${score === null ? '' : ` score="${score}"`} class="c-actions">` +
    `${voteBar(score ?? 0, 'comment_vote')}` +
    `<faceplate-tracker noun="reply_comment"><button type="button" class="act reply">${ICON.comment}<span>Reply</span></button></faceplate-tracker>` +
    `<button type="button" class="act">${ICON.award}<span>Award</span></button>` +
    `<shreddit-comment-share-button><button type="button" class="act">${ICON.share}<span>Share</span></button></shreddit-comment-share-button>` +
    `<button type="button" class="act icon-only" aria-label="More options">${ICON.more}</button>` +
    `</shreddit-comment-action-row>${replies}</shreddit-comment>`
  );
}

/** The community's header above its feed: banner, icon, name, Join. */
export const communityHeaderHtml = () =>
  `<section class="community-header"><div class="banner"></div><div class="community-row">` +
  `<span class="community-icon" aria-hidden="true">a</span><h1>r/${COMMUNITY.name}</h1>` +
  `<span class="grow"></span><button type="button" class="btn outline">${ICON.plus}<span>Create Post</span></button>` +
  `<button type="button" class="btn primary join">Joined</button></div></section>` +
  `<div class="sort-row"><button type="button" class="sort">Best ${ICON.chevron}</button><button type="button" class="sort">Card ${ICON.chevron}</button></div>`;

/** The community card of the right column. */
export const aboutHtml = () =>
  `<aside class="about"><div class="about-card"><h2>${esc(COMMUNITY.title)}</h2><p>${esc(COMMUNITY.description)}</p>` +
  `<p class="muted small">Created ${esc(COMMUNITY.created)} · Public</p>` +
  `<div class="stats"><div><strong>${COMMUNITY.members}</strong><span>Members</span></div><div><strong><i class="online-dot"></i>${COMMUNITY.online}</strong><span>Online</span></div></div>` +
  `<hr><h3>Rules</h3><ol class="rules">${COMMUNITY.rules.map((rule) => `<li>${esc(rule)}</li>`).join('')}</ol>` +
  `<hr><h3>Moderators</h3><p class="small"><a href="/user/AcmeSupport/" data-nav>u/AcmeSupport</a> · <a href="/user/longreads_lou/" data-nav>u/longreads_lou</a></p></div>` +
  `<p class="footer muted small">Reddit Rules · Privacy Policy · User Agreement<br>Demo of Reddit for Casebook tests: not affiliated with Reddit, Inc.</p></aside>`;

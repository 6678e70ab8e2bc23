// Markup of the demo Facebook site, as pure functions returning HTML. It follows the
// structure of Casebook's hand-made fixtures (test/fixtures/facebook/, from site-dom §2):
// [role=feed] > div[aria-posinset] stories whose header, text and media come before a footer
// (counts, Like · Comment · Share, comments as div[role=article], a Lexical comment box).
// Classes are Facebook-like hashes plus readable ones for the demo's own stylesheet.
import { ICON, REACTION, avatarUrl, emojiImg, photoUrl } from './icons.js';
import { GROUP, USERS, profilePath } from './data.js';

const ORIGIN = 'https://www.facebook.com';
const TRACKING = '__cft__[0]=AZdemo7Qx&__tn__=%2CO%2CP-R';

export const esc = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Escaped text with its emoji drawn as <img alt>, as Facebook does. */
export const richText = (text) => esc(text).replace(/\p{Extended_Pictographic}/gu, (e) => emojiImg(e));

const withQuery = (path, query) => `${path}${path.includes('?') ? '&' : '?'}${query}`;
const user = (id) => USERS[id] ?? { name: id, color: '#65676b' };
export const profileHref = (id, query = TRACKING) => esc(withQuery(`${ORIGIN}${profilePath(id)}`, query));

/** Where a post lives: its group's posts, else its author's. */
export const postPath = (post) =>
  post.group ? `/groups/${post.group}/posts/${post.id}/` : `/${post.by}/posts/${post.id}`;

/** Facebook's comment_id on author links: base64 of "comment:<post>_<comment>". */
const commentToken = (post, comment) =>
  encodeURIComponent(btoa(`comment:${/^\d+$/.test(post.id) ? post.id : '1098765432100'}_${comment.id}`));

let uid = 0;
const nextId = () => `:r${(++uid).toString(36)}:`;

/**
 * The time as Facebook draws it: one span per glyph, with decoy glyphs hidden by the page's
 * stylesheet (class "d") and a zero-width space, so that its text is not the time.
 */
export function timeGlyphs(text) {
  const decoys = 'Q7wdx';
  let out = '';
  [...text].forEach((glyph, i) => {
    out += `<span class="g">${esc(glyph)}</span>`;
    if (i % 2 === 0) out += `<span class="d">${decoys[i % decoys.length]}</span>`;
  });
  return `<span>${out}<span>&#8203;</span></span>`;
}

const avatar = (id, size) =>
  `<svg aria-hidden="true" role="none" class="av" style="height: ${size}px; width: ${size}px;"><mask id="m${size}${uid}"><circle cx="${size / 2}" cy="${size / 2}" fill="white" r="${size / 2}"></circle></mask><g mask="url(#m${size}${uid++})"><image x="0" y="0" height="100%" width="100%" preserveAspectRatio="xMidYMid slice" href="${avatarUrl(id, user(id))}" style="height: ${size}px; width: ${size}px;"></image></g></svg>`;

const paragraphs = (lines, cut) =>
  lines
    .map((line, i) => {
      const seeMore = cut && i === lines.length - 1 ? ' <div role="button" tabindex="0" class="see-more">See more</div>' : '';
      return `<div dir="auto" style="text-align: start;">${richText(line)}${seeMore}</div>`;
    })
    .join('');

function headerHtml(post, headingId) {
  const u = user(post.by);
  const badge = u.verified ? `<span class="badge-wrap"> ${ICON.verified}</span>` : '';
  const when = post.sponsored
    ? `<a href="${ORIGIN}/ads/about/?entry_product=ad_preferences&amp;${TRACKING}" role="link" tabindex="0" class="sub-link"><span>Sponsored</span></a>`
    : `<a href="${esc(withQuery(ORIGIN + postPath(post), TRACKING))}" role="link" tabindex="0" class="sub-link time">${timeGlyphs(post.time)}</a>`;
  const audience = post.group ? ICON.groupIcon : ICON.globe;
  return `<div class="head">
    <a aria-label="${esc(u.name)}" href="${profileHref(post.by)}" role="link" tabindex="0" class="head-av">${avatar(post.by, 40)}</a>
    <div class="who">
      <div data-ad-rendering-role="profile_name"><h4 id="${headingId}" class="name"><span><a href="${profileHref(post.by)}" role="link" tabindex="0"><strong><span>${esc(u.name)}</span></strong></a></span>${badge}</h4></div>
      <div class="sub"><span>${when}</span><span aria-hidden="true"> · </span>${audience}</div>
    </div>
    <div class="menu"><div aria-expanded="false" aria-haspopup="menu" aria-label="Actions for this post by ${esc(u.name)}" role="button" tabindex="0" class="round">${ICON.dots}</div></div>
  </div>`;
}

function mediaHtml(post) {
  if (post.photo) {
    const href = `${ORIGIN}/photo/?fbid=${post.photo.fbid}&amp;set=pcb.${post.id}&amp;${TRACKING}`;
    return `<div class="media"><a href="${href}" role="link" tabindex="0"><img alt="${esc(post.photo.alt)}" src="${photoUrl('Acme Hub')}" width="500" height="300"></a></div>`;
  }
  if (post.video) {
    const href = `${ORIGIN}/${post.by}/videos/${post.id}/?${TRACKING}`;
    return `<div class="media video"><a aria-label="Play video" href="${esc(href)}" role="link" tabindex="0"><img alt="" src="${photoUrl(post.video.poster)}" width="500" height="300"><span class="play">${ICON.play}</span></a></div>`;
  }
  return '';
}

const count = (n, one, many) => (Number(n) === 1 ? `1 ${one}` : `${n} ${many}`);

function countsHtml(post) {
  const kinds = (post.reactionKinds ?? []).map((k) => `<span class="rx">${REACTION[k]}</span>`).join('');
  const right = [
    post.comments ? `<div role="button" tabindex="0" class="count comments-count"><span>${count(post.comments, 'comment', 'comments')}</span></div>` : '',
    post.shares ? `<div role="button" tabindex="0" class="count"><span>${count(post.shares, 'share', 'shares')}</span></div>` : '',
    post.views ? `<span class="count">${post.views} views</span>` : '',
  ].join('');
  return `<div class="counts">
    <div class="reactions"><span aria-label="See who reacted to this" role="toolbar">${kinds}</span><div role="button" tabindex="0" class="rx-total"><span class="sr">All reactions:</span><span aria-hidden="true"><span>${esc(post.reactions)}</span></span></div></div>
    <div class="counts-right">${right}</div>
  </div>`;
}

const actionsHtml = () => `<div class="actions">
    <div aria-label="Like" role="button" tabindex="0" data-ad-rendering-role="like_button" class="action">${ICON.like}<span>Like</span></div>
    <div aria-label="Leave a comment" role="button" tabindex="0" data-ad-rendering-role="comment_button" class="action">${ICON.comment}<span>Comment</span></div>
    <div aria-label="Send this to friends or post it on your profile." role="button" tabindex="0" data-ad-rendering-role="share_button" class="action">${ICON.share}<span>Share</span></div>
  </div>`;

/** A comment or a reply (reply: the comment it answers). */
export function commentHtml(post, comment, reply = null) {
  const u = user(comment.by);
  const token = commentToken(post, comment);
  const authorHref = profileHref(comment.by, `comment_id=${token}&${TRACKING}`);
  const ids = reply ? `comment_id=${reply.id}&reply_comment_id=${comment.id}` : `comment_id=${comment.id}`;
  const time = esc(withQuery(ORIGIN + postPath(post), `${ids}&__cft__[0]=AZdemo7Qx&__tn__=R]-R`));
  const label = reply
    ? `Reply by ${u.name} to ${user(reply.by).name}'s comment ${comment.time} ago`
    : `Comment by ${u.name} ${comment.time} ago`;
  const badge = u.verified ? ` ${ICON.verified}` : '';
  const text = comment.more && !comment.expanded ? comment.text : (comment.more ?? comment.text);
  const cut = comment.more && !comment.expanded ? ' <div role="button" tabindex="0" class="see-more">See more</div>' : '';
  const reactions = comment.reactions
    ? `<div class="c-rx"><div aria-label="${count(comment.reactions, 'reaction', 'reactions')}; see who reacted to this" role="button" tabindex="0">${REACTION.angry}<span>${comment.reactions}</span></div></div>`
    : '';
  return `<div aria-label="${esc(label)}" role="article" tabindex="-1" class="comment" data-demo-comment="${comment.id}">
    <div class="c-av"><a aria-hidden="true" href="${authorHref}" role="link" tabindex="-1">${avatar(comment.by, reply ? 24 : 32)}</a></div>
    <div class="c-main">
      <div class="bubble-row"><div class="bubble"><span class="c-name"><a href="${authorHref}" role="link" tabindex="0"><span dir="auto"><span>${esc(u.name)}</span></span></a>${badge}</span>
        <div dir="auto" class="c-text"><div dir="auto" style="text-align: start;">${richText(text)}${cut}</div></div></div>${reactions}</div>
      <ul class="c-actions">
        <li><span><div role="button" tabindex="0" class="c-like">Like</div></span></li>
        <li><span><div role="button" tabindex="0" class="c-reply" data-demo-reply="${reply ? reply.id : comment.id}">Reply</div></span></li>
        <li><span><a href="${time}" role="link" tabindex="0" class="c-time"><span>${esc(comment.time)}</span></a></span></li>
      </ul>
    </div>
  </div>`;
}

/** A comment with its thread: replies, "View all N replies", an open reply box. */
export function threadHtml(post, comment) {
  const replies = comment.replies.length
    ? `<ul class="replies">${comment.replies.map((r) => `<li>${commentHtml(post, r, comment)}</li>`).join('')}</ul>`
    : '<ul class="replies"></ul>';
  const more = comment.moreReplies
    ? `<div role="button" tabindex="0" class="view-replies"><span>View all ${comment.moreReplies} replies</span></div>`
    : '';
  return `<li data-demo-thread="${comment.id}">${commentHtml(post, comment)}<div class="thread">${replies}${more}</div></li>`;
}

/** Facebook's Lexical comment box: a contenteditable paragraph and its submit arrow. */
export function composerHtml(kind, placeholder) {
  return `<div class="composer ${kind}" data-demo-composer="${kind}">
    <form method="POST" role="presentation">
      <div class="c-av">${avatar('acme', kind === 'reply' ? 24 : 32)}</div>
      <div class="box">
        <div class="editor-wrap"><div aria-label="${esc(placeholder)}" aria-placeholder="${esc(placeholder)}" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true" class="editor" style="user-select: text; white-space: pre-wrap; word-break: break-word;"><p dir="auto"><br></p></div><div class="placeholder" aria-hidden="true">${esc(placeholder)}</div></div>
        <div class="tools"><div aria-label="Insert an emoji" role="button" tabindex="0" class="tool">${ICON.emoji}</div><div aria-label="Comment" aria-disabled="true"${kind === 'post' ? ' id="focused-state-composer-submit"' : ''} role="button" tabindex="-1" class="send">${ICON.send}</div></div>
      </div>
    </form>
  </div>`;
}

/** The footer of a story: counts, controls, comments and (when open) the comment box. */
function footerHtml(post) {
  const comments = post.thread.length
    ? `<div class="comments"><div class="sort"><div role="button" tabindex="0"><span>Most relevant</span> ▾</div></div><ul class="thread-list">${post.thread.map((c) => threadHtml(post, c)).join('')}</ul></div>`
    : '<div class="comments"><ul class="thread-list"></ul></div>';
  const composer = post.composerOpen ? composerHtml('post', 'Comment as Acme') : '';
  return `<div class="ufi">${countsHtml(post)}${actionsHtml()}${comments}${composer}</div>`;
}

/**
 * A story. `shape`: 'feed' (div[aria-posinset], the home feed) or 'article' (a top-level
 * div[role=article], as a group post's own page shows it).
 */
export function storyHtml(post, position, shape = 'feed') {
  const headingId = nextId();
  const textId = nextId();
  const lines = post.more && post.expanded ? post.more : post.text;
  const cut = Boolean(post.more && !post.expanded);
  const attrs =
    shape === 'feed'
      ? `aria-posinset="${position}" aria-setsize="-1" aria-labelledby="${headingId}" aria-describedby="${textId}"`
      : `role="article" aria-labelledby="${headingId}" aria-describedby="${textId}"`;
  return `<div ${attrs} class="card story" data-demo-post="${post.id}">
    <div class="story-body">
      ${headerHtml(post, headingId)}
      <div id="${textId}" data-ad-rendering-role="story_message" dir="auto" class="message"><div data-ad-preview="message">${paragraphs(lines, cut)}</div></div>
      ${mediaHtml(post)}
    </div>
    ${footerHtml(post)}
  </div>`;
}

/** The head of a group page and of a profile or page. */
export const groupHeadHtml = () =>
  `<div class="card cover"><div class="cover-art group-art"></div><h1 dir="auto" class="cover-name"><a href="/groups/${GROUP.id}/" role="link">${esc(GROUP.name)}</a></h1><div class="cover-sub">${ICON.groupIcon} Public group · 18.4K members</div></div>`;

export function profileHeadHtml(id) {
  const u = user(id);
  const followers = u.followers ?? '214 friends';
  const link = u.followers ? `${ORIGIN}${profilePath(id)}/followers/` : `${ORIGIN}${profilePath(id)}/friends/`;
  return `<div class="card cover"><div class="cover-art"></div><div class="cover-row"><div class="cover-av">${avatar(id, 168)}</div><div><h1 dir="auto" class="cover-name">${esc(u.name)}${u.verified ? ` ${ICON.verified}` : ''}</h1><a href="${esc(link)}" role="link" class="cover-sub">${esc(followers)}</a></div></div></div>`;
}

/** The "What's on your mind?" card at the top of the feed. */
export const createPostHtml = () =>
  `<div class="card create"><div class="create-row">${avatar('acme', 40)}<div role="button" tabindex="0" class="create-input"><span>What's on your mind, Acme?</span></div></div></div>`;

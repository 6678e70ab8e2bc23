// The new server-driven feed's markup (notes/site-dom.md §4), as test/fixtures/linkedin/
// sdui-feed.html shows it: hashed classes, componentkey, data-testid and aria-labels. The
// demo's CSS styles the made-up hashed classes, as LinkedIn's own CSS does.
import { ME } from './data.js';
import { ICON, avatarSrc, count, esc, person, plural, profilePath, textHtml } from './ui.js';

const commentUrn = (activity, id) => `urn:li:comment:(activity:${activity},${id})`;

function headerHtml(post) {
  const who = person(post.author);
  const href = `https://www.linkedin.com${profilePath(post.author)}`;
  const degree = who.degree ? `<p class="_45b37771 _degree">• ${esc(who.degree)}</p>` : '';
  const badge = who.verified ? ` ${ICON.verified}` : '';
  const time = post.promoted
    ? '<p class="_3a5099c8 _5db1d4dc">Promoted</p>'
    : `<p class="_3a5099c8 _5db1d4dc">${esc(post.time)} • ${post.edited ? 'Edited • ' : ''}${ICON.globe}</p>`;
  const timeBox = post.linked
    ? `<a class="_8e9f0a1b" href="/feed/update/urn:li:activity:${post.activity}/">${time}</a>`
    : time;
  return `<div class="_9a0b1c2d">
      <a class="_e1f2a3b4" href="${href}" aria-label="View ${esc(who.name)}’s ${who.page ? 'page' : 'profile'}"><img class="_6f7e8d9c${who.page ? ' _sq' : ''}" alt="" src="${avatarSrc(post.author)}"></a>
      <div class="_7d8c9b0a">
        <a class="_2b3c4d5e" href="${href}"><p class="_6cf295d9">${esc(who.name)}${badge}</p>${degree}</a>
        <p class="_45b37771">${esc(who.headline)}</p>
        ${timeBox}
      </div>
      <div class="_1a2b3c4d"><button type="button" class="_5a1cdf99" aria-label="Open control menu for post by ${esc(who.name)}">${ICON.more}</button></div>
    </div>`;
}

function countsHtml(post) {
  const parts = [];
  if (post.reactions) parts.push(`<button type="button" class="_lk" aria-label="${plural(post.reactions, 'reaction')}">${ICON.reactions}<span>${count(post.reactions)}</span></button>`);
  const right = [];
  if (post.commentCount) right.push(`<button type="button" class="_lk" aria-label="${plural(post.commentCount, 'comment')}">${plural(post.commentCount, 'comment')}</button>`);
  if (post.reposts) right.push(`<button type="button" class="_lk" aria-label="${plural(post.reposts, 'repost')}">${plural(post.reposts, 'repost')}</button>`);
  if (!parts.length && !right.length) return '';
  return `<div class="_6b7c8d9e"><div>${parts.join('')}</div><div class="_rt">${right.join('<span aria-hidden="true"> • </span>')}</div></div>`;
}

function actionBarHtml(post) {
  return `<div componentkey="socialActionBar${post.postId}" class="_309883cc">
      <button type="button" class="_a1b2c3d4" aria-label="Reaction button state: no reaction" aria-pressed="false">${ICON.like}<span>Like</span></button>
      <div componentkey="commentButtonSection${post.postId}" class="_cbs"><button type="button" class="_a1b2c3d4" aria-label="Comment">${ICON.comment}<span>Comment</span></button></div>
      <button type="button" class="_a1b2c3d4" aria-label="Repost">${ICON.repost}<span>Repost</span></button>
      <button type="button" class="_a1b2c3d4" aria-label="Send in a private message">${ICON.send}<span>Send</span></button>
    </div>`;
}

/** A comment or reply; a comment holds its replies' section. */
export function commentHtml(activity, comment, isReply = false) {
  const who = person(comment.author);
  const href = `https://www.linkedin.com${profilePath(comment.author)}`;
  const text = comment.cut
    ? `${esc(comment.cut)}<button type="button" data-testid="expandable-text-button" class="_7a8b9c0d">…more</button>`
    : textHtml(comment.text);
  const reactions = comment.reactions
    ? `<button type="button" class="_lk" aria-label="${plural(comment.reactions, 'reaction')}">${ICON.reactions}${count(comment.reactions)}</button>`
    : '';
  const replies = isReply
    ? ''
    : `<div componentkey="repliesSection_${commentUrn(activity, comment.id)}" class="_rs">${(comment.replies ?? []).map((reply) => commentHtml(activity, reply, true)).join('')}</div>`;
  return `<div role="listitem" componentkey="replaceableComment_${commentUrn(activity, comment.id)}" class="_c0d1e2f3${isReply ? ' _reply' : ''}">
      <a class="_cav" href="${href}" aria-label="View ${esc(who.name)}’s ${who.page ? 'page' : 'profile'}"><img class="${who.page ? '_sq' : ''}" alt="" src="${avatarSrc(comment.author)}"></a>
      <div class="_cbody">
        <div class="_bubble">
          <div class="_a4b5c6d7">
            <div class="_e8f9a0b1"><a href="${href}"><p class="_6cf295d9">${esc(who.name)}</p></a><p class="_45b37771">${esc(who.headline)}</p></div>
            <p class="_5db1d4dc _ctime">${esc(comment.time)}${comment.edited ? ' • Edited' : ''}</p>
            <button type="button" class="_5a1cdf99" aria-label="Open options for comment by ${esc(who.name)}">${ICON.more}</button>
          </div>
          <p class="_0c1d2e3f"><span data-testid="expandable-text-box" data-full="${esc(comment.text)}">${text}</span></p>
        </div>
        <div class="_d2e3f4a5">
          <button type="button" aria-label="Reaction button state: no reaction">${ICON.like}<span>Like</span></button>${reactions}
          <span aria-hidden="true">|</span>
          <button type="button" aria-label="Reply"><span>Reply</span></button>
        </div>
        ${replies}
      </div>
    </div>`;
}

/** The TipTap comment box that "Comment" (or a comment's "Reply") renders. */
export function composerHtml(reply = false, prefill = '') {
  const body = prefill ? `<p>${esc(prefill)}&nbsp;</p>` : `<p class="is-empty" data-placeholder="${reply ? 'Add a reply…' : 'Add a comment…'}"><br class="ProseMirror-trailingBreak"></p>`;
  return `<form class="_1e7e4b9b${reply ? ' _replybox' : ''}">
      <img class="_me" alt="" src="${avatarSrc(ME)}">
      <div class="_ed">
        <div data-testid="ui-core-tiptap-text-editor-wrapper" class="_b1c2d3e4">
          <div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Text editor for creating comment" class="tiptap ProseMirror" translate="no">${body}</div>
        </div>
        <button type="submit" class="_f5e6d7c8"${prefill ? '' : ' disabled'}>${reply ? 'Reply' : 'Comment'}</button>
      </div>
    </form>`;
}

export function commentsSectionHtml(post) {
  return `<div componentkey="commentsSectionContainer${post.postId}" class="_cs"><div data-testid="commentList" role="list">${post.comments.map((comment) => commentHtml(post.activity, comment)).join('')}</div></div>`;
}

/** One post of the new feed. */
export function postHtml(post) {
  const liked = post.likedBy
    ? `<div class="_f0a1b2c3"><a href="https://www.linkedin.com${profilePath(post.likedBy)}"><img alt="" src="${avatarSrc(post.likedBy)}"></a><p><a href="https://www.linkedin.com${profilePath(post.likedBy)}">${esc(person(post.likedBy).name)}</a> likes this</p></div>`
    : '';
  const text = post.cut
    ? `${textHtml(post.cut)}<button type="button" data-testid="expandable-text-button" class="_7a8b9c0d">…more</button>`
    : textHtml(post.text);
  const media = post.image
    ? `<div class="_3e4f5a6b"><img alt="${esc(post.image.alt)}" src="${post.image.src}"></div>`
    : post.video
      ? `<div class="_3e4f5a6b"><video poster="${post.video}" preload="none"></video></div>`
      : '';
  return `<div role="listitem" componentkey="expanded${post.postId}FeedType_MAIN_FEED_RELEVANCE" class="_4ee1af23" data-demo-post="${post.postId}">
    <div class="_c8f2a1d0">
      <h2 class="dec01ee6">Feed post</h2>
      ${liked}
      ${headerHtml(post)}
      <p componentkey="feed-commentary-${post.postId}" class="_0c1d2e3f _commentary"><span data-testid="expandable-text-box">${text}</span></p>
      ${media}
      ${countsHtml(post)}
      ${actionBarHtml(post)}
      ${post.comments.length ? commentsSectionHtml(post) : ''}
    </div>
  </div>`;
}

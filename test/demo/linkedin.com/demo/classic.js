// The classic feed's markup (notes/site-dom.md §4, the classes kepano/defuddle reads), as
// test/fixtures/linkedin/classic-post-page.html shows it: BEM classes, data-urn on the update,
// data-id on comments, a Quill comment box.
import { ME } from './data.js';
import { ICON, avatarSrc, count, esc, person, plural, profilePath, textHtml } from './ui.js';

const hidden = (text) => `<span aria-hidden="true">${text}</span><span class="visually-hidden">${text}</span>`;

function actorHtml(post) {
  const who = person(post.author);
  const href = `https://www.linkedin.com${profilePath(post.author)}`;
  const badge = who.verified ? `<span class="text-view-model__verified-icon">${ICON.verified}</span>` : '';
  const degree = who.degree ? `<span class="update-components-actor__supplementary-actor-info"> • ${esc(who.degree)}</span>` : '';
  const when = post.promoted
    ? hidden('Promoted')
    : `<span aria-hidden="true">${esc(post.time)} • ${post.edited ? 'Edited • ' : ''}${ICON.globe}</span><span class="visually-hidden">${esc(post.time)} ago • Visible to anyone on or off LinkedIn</span>`;
  return `<div class="update-components-actor display-flex">
      <a class="update-components-actor__image" href="${href}" aria-label="View: ${esc(who.name)}"><img class="update-components-actor__avatar-image${who.page ? ' square' : ''}" width="48" height="48" alt="View ${esc(who.name)}’s ${who.page ? 'page' : 'profile'}" src="${avatarSrc(post.author)}"></a>
      <div class="update-components-actor__container">
        <a class="update-components-actor__meta-link" href="${href}">
          <span class="update-components-actor__title"><span dir="ltr">${hidden(esc(who.name))}</span>${badge}${degree}</span>
          <span class="update-components-actor__description">${hidden(esc(who.headline))}</span>
          <span class="update-components-actor__sub-description">${when}</span>
        </a>
      </div>
    </div>`;
}

function countsHtml(post) {
  const items = [];
  if (post.commentCount) items.push(`<li class="social-details-social-counts__item social-details-social-counts__comments"><button type="button" aria-label="${plural(post.commentCount, 'comment')} on ${esc(person(post.author).name)}’s post"><span aria-hidden="true">${plural(post.commentCount, 'comment')}</span></button></li>`);
  if (post.reposts) items.push(`<li class="social-details-social-counts__item"><button type="button" aria-label="${plural(post.reposts, 'repost')} of ${esc(person(post.author).name)}’s post"><span aria-hidden="true">${plural(post.reposts, 'repost')}</span></button></li>`);
  const reactions = post.reactions
    ? `<button type="button" class="social-details-social-counts__count-value" aria-label="${plural(post.reactions, 'reaction')}">${ICON.reactions}<span aria-hidden="true" class="social-details-social-counts__reactions-count">${count(post.reactions)}</span></button>`
    : '<span></span>';
  return `<div class="social-details-social-counts">${reactions}<ul>${items.join('')}</ul></div>`;
}

/** The Quill comment box: under the post, or (reply) in a comment's thread. */
export function commentBoxHtml(reply = false, prefill = '') {
  const body = prefill ? `<p>${esc(prefill)}&nbsp;</p>` : '<p><br></p>';
  return `<div class="comments-comment-box comments-comment-box--cr${reply ? ' comments-comment-box--reply' : ''}">
      <img class="comments-comment-box__avatar" alt="" src="${avatarSrc(ME)}">
      <form class="comments-comment-box__form">
        <div class="comments-comment-texteditor"><div class="editor-container"><div class="ql-container">
          <div class="ql-editor${prefill ? '' : ' ql-blank'}" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Text editor for creating content" data-placeholder="${reply ? 'Add a reply…' : 'Add a comment…'}">${body}</div>
        </div></div></div>
        <button class="comments-comment-box__submit-button artdeco-button artdeco-button--1" type="submit"${prefill ? '' : ' disabled'}>${reply ? 'Reply' : 'Comment'}</button>
      </form>
    </div>`;
}

/** A comment (with its replies' list) or a reply. */
export function commentHtml(activity, comment, isReply = false) {
  const who = person(comment.author);
  const href = `https://www.linkedin.com${profilePath(comment.author)}`;
  const text = comment.cut
    ? `<div class="feed-shared-inline-show-more-text"><span class="update-components-text" data-full="${esc(comment.text)}"><span dir="ltr">${esc(comment.cut)}</span></span><button type="button" class="feed-shared-inline-show-more-text__see-more-less-toggle" aria-expanded="false"><span>…see more</span></button></div>`
    : `<span class="update-components-text"><span dir="ltr">${textHtml(comment.text, true)}</span></span>`;
  const reactions = comment.reactions
    ? `<button type="button" class="comments-comment-social-bar__reactions-count--cr" aria-label="${plural(comment.reactions, 'Reaction')} on ${esc(who.name)}’s comment">${ICON.reactions}<span class="v-align-middle">${count(comment.reactions)}</span></button>`
    : '';
  const replies = (comment.replies ?? []).length;
  const repliesCount = !isReply && replies ? `<span class="comments-comment-social-bar__replies-count--cr">${replies} ${replies === 1 ? 'reply' : 'replies'}</span>` : '';
  const list = isReply ? '' : `<div class="comments-replies-list">${(comment.replies ?? []).map((reply) => commentHtml(activity, reply, true)).join('')}</div>`;
  return `<article class="comments-comment-entity${isReply ? ' comments-comment-entity--reply' : ''}" data-id="urn:li:comment:(activity:${activity},${comment.id})">
      <div class="comments-comment-meta__container">
        <a class="comments-comment-meta__image-link" href="${href}"><img class="${who.page ? 'square' : ''}" alt="View ${esc(who.name)}’s ${who.page ? 'page' : 'profile'}" src="${avatarSrc(comment.author)}"></a>
        <div class="comments-comment-meta__bubble">
          <div class="comments-comment-meta__head">
            <a class="comments-comment-meta__description-container" href="${href}">
              <h3 class="comments-comment-meta__description"><span class="comments-comment-meta__description-title">${esc(who.name)}</span><div class="comments-comment-meta__description-subtitle">${esc(who.headline)}</div></h3>
            </a>
            <div class="comments-comment-meta__info"><time class="comments-comment-meta__data">${esc(comment.time)}${comment.edited ? ' • Edited' : ''}</time><div class="comments-comment-entity__options"><button type="button" aria-label="View more options for ${esc(who.name)}’s comment">${ICON.more}</button></div></div>
          </div>
          <div class="comments-comment-entity__content">${text}</div>
        </div>
      </div>
      <div class="comments-comment-social-bar">
        <button type="button" aria-label="React Like to ${esc(who.name)}’s comment">Like</button>${reactions}
        <span aria-hidden="true">|</span>
        <button type="button" class="comments-comment-social-bar__reply-action-button--cr" aria-label="Reply to ${esc(who.name)}’s comment">Reply</button>${repliesCount}
      </div>
      ${list}
    </article>`;
}

/** A classic update with its comments open, as on its own page. */
export function postHtml(post) {
  const text = post.cut
    ? `<div class="feed-shared-inline-show-more-text"><div class="update-components-text relative update-components-update-v2__commentary" dir="ltr"><span class="break-words"><span dir="ltr">${textHtml(post.cut, true)}</span></span></div><button type="button" class="feed-shared-inline-show-more-text__see-more-less-toggle see-more" aria-expanded="false"><span>…see more</span></button></div>`
    : `<div class="update-components-text relative update-components-update-v2__commentary" dir="ltr"><span class="break-words"><span dir="ltr">${textHtml(post.text, true)}</span></span></div>`;
  const media = post.image
    ? `<div class="update-components-image"><img class="update-components-image__image" alt="${esc(post.image.alt)}" src="${post.image.src}"></div>`
    : post.video
      ? `<div class="update-components-linkedin-video"><video poster="${post.video}" preload="none"></video></div>`
      : '';
  return `<div data-view-name="feed-full-update">
    <div class="feed-shared-update-v2 feed-shared-update-v2--minimal-padding full-height relative artdeco-card" data-urn="urn:li:activity:${post.activity}" role="article">
      <h2 class="visually-hidden">Feed post</h2>
      <div class="feed-shared-control-menu"><button type="button" class="feed-shared-control-menu__trigger" aria-label="Open control menu for post by ${esc(person(post.author).name)}">${ICON.more}</button></div>
      ${actorHtml(post)}
      <div class="feed-shared-update-v2__description-wrapper">${text}</div>
      ${media}
      ${countsHtml(post)}
      <div class="feed-shared-social-action-bar">
        <button type="button" class="react-button__trigger" aria-label="React Like" aria-pressed="false">${ICON.like}<span>Like</span></button>
        <button type="button" class="comment-button" aria-label="Comment">${ICON.comment}<span>Comment</span></button>
        <button type="button" aria-label="Repost">${ICON.repost}<span>Repost</span></button>
        <button type="button" aria-label="Send in a private message">${ICON.send}<span>Send</span></button>
      </div>
      <div class="feed-shared-update-v2__comments-container">
        ${commentBoxHtml()}
        <div class="comments-comments-list">${post.comments.map((comment) => commentHtml(post.activity, comment)).join('')}</div>
      </div>
    </div>
  </div>`;
}

// The demo LinkedIn's behaviour. Routes render from location.pathname (the server answers
// every extensionless path with index.html): /feed/ is the new server-driven feed, and
// /feed/update/urn:li:activity:<id>/ a post page in the classic markup, so that both DOM
// generations run end to end. Comment boxes work like LinkedIn's: "Comment" renders the box,
// "Reply" opens one in the comment's thread, the send button posts into the thread.
//
// Test hook: window.__demo (see the bottom of this file).
import * as Classic from './classic.js';
import { ME, POSTS, generatedPost, postByActivity } from './data.js';
import * as Sdui from './sdui.js';
import { ICON, avatarSrc, esc, person, textHtml } from './ui.js';

const app = document.getElementById('app');

/** New-feed posts by POSTID (the seeded ones and those appended for the benchmark). */
const postsById = new Map(POSTS.map((post) => [post.postId, post]));
const GENERATED_BASE = 7394000000000000000n;
let generated = 0;

/** A post page's post: a seeded one, or one appendPosts made (its activity says which). */
function postForActivity(activity) {
  const seeded = postByActivity(activity);
  if (seeded) return seeded;
  const n = BigInt(activity) - GENERATED_BASE;
  return n >= 0n && n < 100000n ? generatedPost(Number(n)) : null;
}

// ---- Page shell --------------------------------------------------------------------------

const NAV = [
  ['Home', '/feed/', ICON.home],
  ['My Network', '/mynetwork/', ICON.network],
  ['Jobs', '/jobs/', ICON.jobs],
  ['Messaging', '/messaging/', ICON.messaging],
  ['Notifications', '/notifications/', ICON.bell],
];

function navHtml(active) {
  const me = person(ME);
  return `<header class="global-nav"><div class="global-nav__content">
    <a href="/feed/" class="global-nav__logo" aria-label="LinkedIn">${ICON.logo}</a>
    <label class="global-nav__search">${ICON.search}<input type="text" placeholder="Search" aria-label="Search"></label>
    <nav class="global-nav__nav" aria-label="Primary Navigation"><ul>
      ${NAV.map(([label, href, icon]) => `<li><a href="${href}" class="global-nav__item${label === active ? ' active' : ''}">${icon}<span>${label}</span></a></li>`).join('')}
      <li><a href="/in/${ME}/" class="global-nav__item"><img class="global-nav__me" alt="${esc(me.name)}" src="${avatarSrc(ME)}"><span>Me ▾</span></a></li>
      <li class="global-nav__work"><a href="#" class="global-nav__item"><svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="M3 3h4v4H3zm7 0h4v4h-4zm7 0h4v4h-4zM3 10h4v4H3zm7 0h4v4h-4zm7 0h4v4h-4zM3 17h4v4H3zm7 0h4v4h-4zm7 0h4v4h-4z" fill="currentColor"/></svg><span>For Business ▾</span></a></li>
    </ul></nav>
  </div></header>`;
}

function profileCardHtml() {
  const me = person(ME);
  return `<aside class="left-rail"><section class="card profile-card">
    <div class="profile-card__cover"></div>
    <a href="/in/${ME}/"><img class="profile-card__avatar" alt="" src="${avatarSrc(ME)}"></a>
    <a href="/in/${ME}/" class="profile-card__name">${esc(me.name)}</a>
    <p class="profile-card__headline">${esc(me.headline)}</p>
    <p class="profile-card__place">Austin, Texas</p>
    <div class="profile-card__stats"><a href="#"><span>Profile viewers</span><b>43</b></a><a href="#"><span>Post impressions</span><b>1,205</b></a></div>
  </section>
  <section class="card small-card"><a href="#">Saved items</a><a href="#">Groups</a><a href="#">Newsletters</a><a href="#">Events</a></section></aside>`;
}

const NEWS = [
  ['Broadband outages hit the South', '2h ago • 4,211 readers'],
  ['Routers get smarter, and pricier', '5h ago • 1,987 readers'],
  ['Customer service goes social', '1d ago • 12,480 readers'],
  ['Fiber rollouts speed up', '1d ago • 6,302 readers'],
  ['The four-day week, one year on', '2d ago • 25,118 readers'],
];

function rightRailHtml() {
  return `<aside class="right-rail"><section class="card news">
    <h2>LinkedIn News</h2><p class="news__sub">Top stories</p>
    <ul>${NEWS.map(([title, meta]) => `<li><a href="#"><b>${esc(title)}</b><span>${esc(meta)}</span></a></li>`).join('')}</ul>
    <a href="#" class="news__more">Show more ▾</a>
  </section>
  <footer class="rail-footer">About · Accessibility · Help Center · Privacy &amp; Terms · Advertising<br><b class="brand">Linked${ICON.logo}</b> Demo of LinkedIn for Casebook tests: not affiliated with LinkedIn.</footer></aside>`;
}

function shareBoxHtml() {
  return `<section class="card share-box">
    <div class="share-box__row"><img alt="" src="${avatarSrc(ME)}"><button type="button" class="share-box__start" aria-label="Start a post">Start a post</button></div>
    <div class="share-box__tools"><button type="button">${ICON.video}<span>Video</span></button><button type="button">${ICON.photo}<span>Photo</span></button><button type="button">${ICON.article}<span>Write article</span></button></div>
  </section>
  <div class="sort-line"><hr><span>Sort by: <b>Top ▾</b></span></div>`;
}

function feedPage() {
  document.title = 'Feed | LinkedIn';
  return `${navHtml('Home')}<div class="layout">${profileCardHtml()}
    <main id="workspace" class="center" aria-label="Main Feed">${shareBoxHtml()}
      <div data-testid="mainFeed" role="list" class="_a9b8c7d6">${POSTS.map(Sdui.postHtml).join('')}</div>
    </main>${rightRailHtml()}</div>`;
}

function postPage(post) {
  document.title = `${person(post.author).name} on LinkedIn | LinkedIn`;
  return `${navHtml('')}<div class="layout">${profileCardHtml()}
    <main class="center scaffold-layout__main" role="main">${Classic.postHtml(post)}</main>${rightRailHtml()}</div>`;
}

function notFoundPage() {
  document.title = 'Page not found | LinkedIn';
  return `${navHtml('')}<div class="layout narrow"><main class="center"><section class="card empty">
    <h1>This page doesn’t exist</h1><p>Please check your URL or return to LinkedIn home.</p><a class="pill" href="/feed/">Go to your feed</a>
  </section></main></div>`;
}

function render() {
  const path = decodeURIComponent(location.pathname);
  const update = /^\/feed\/update\/urn:li:activity:(\d{1,25})\/?$/.exec(path);
  const post = update ? postForActivity(update[1]) : null;
  if (path === '/' || path === '/feed' || path === '/feed/') app.innerHTML = feedPage();
  else app.innerHTML = post ? postPage(post) : notFoundPage();
}

// ---- Comment boxes -------------------------------------------------------------------------

const EDITOR = '[contenteditable="true"]';
const COMMENT = '[componentkey^="replaceableComment_"]';

/** Caret at the end of the editor's text, as after clicking into it. */
function focusEnd(editor) {
  editor.focus();
  const range = document.createRange();
  range.selectNodeContents(editor.querySelector('p') ?? editor);
  range.collapse(false);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

const textOf = (editor) => editor.innerText.replace(/\u00a0/g, ' ').trim();

/** Enables the send button once there is text, and shows the placeholder when there is none. */
function syncBox(editor) {
  const empty = textOf(editor) === '';
  const form = editor.closest('form');
  form.querySelector('button[type="submit"]').disabled = empty;
  editor.classList.toggle('ql-blank', empty && editor.classList.contains('ql-editor'));
  const first = editor.querySelector('p');
  if (first?.dataset.placeholder !== undefined || first?.classList.contains('is-empty')) {
    first.classList.toggle('is-empty', empty);
  }
}

function emptyEditor(editor, reply) {
  editor.innerHTML = editor.classList.contains('ql-editor')
    ? '<p><br></p>'
    : `<p class="is-empty" data-placeholder="${reply ? 'Add a reply…' : 'Add a comment…'}"><br class="ProseMirror-trailingBreak"></p>`;
  syncBox(editor);
}

/** New feed: "Comment" renders the post's box above its comments (or focuses it). */
function openPostBox(item) {
  let section = item.querySelector('[componentkey^="commentsSectionContainer"]');
  if (!section) {
    item.querySelector('._309883cc').insertAdjacentHTML('afterend', Sdui.commentsSectionHtml({ ...postsById.get(item.dataset.demoPost), comments: [] }));
    section = item.querySelector('[componentkey^="commentsSectionContainer"]');
  }
  if (!section.querySelector(':scope > form')) section.insertAdjacentHTML('afterbegin', Sdui.composerHtml());
  focusEnd(section.querySelector(`:scope > form ${EDITOR}`));
}

/** The comment whose thread a comment or reply is in, its replies' holder, and a mention. */
function threadOf(comment, commentSelector, replyClass, holderSelector) {
  const isReply = comment.classList.contains(replyClass);
  const top = isReply ? comment.parentElement.closest(commentSelector) : comment;
  const name = comment.querySelector('._6cf295d9, .comments-comment-meta__description-title')?.textContent ?? '';
  return { holder: top.querySelector(holderSelector), mention: isReply ? name : '' };
}

function openReplyBox(comment, classic) {
  const { holder, mention } = classic
    ? threadOf(comment, 'article.comments-comment-entity', 'comments-comment-entity--reply', '.comments-replies-list')
    : threadOf(comment, COMMENT, '_reply', '[componentkey^="repliesSection_"]');
  const boxSelector = classic ? ':scope > .comments-comment-box--reply' : ':scope > form';
  if (!holder.querySelector(boxSelector)) {
    holder.insertAdjacentHTML('beforeend', classic ? Classic.commentBoxHtml(true, mention) : Sdui.composerHtml(true, mention));
  }
  focusEnd(holder.querySelector(`${boxSelector} ${EDITOR}`));
}

/** Comments sent from this page, oldest first (for tests: what was posted, and where). */
const sent = [];
let nextComment = 0;
/** Unique across page loads too (a test may capture comments sent on two pages). */
const newCommentId = () =>
  String(7395000000000000000n + BigInt(Date.now() % 1e12) * 1000n + BigInt(++nextComment % 1000));

function send(form) {
  const editor = form.querySelector(EDITOR);
  const text = textOf(editor);
  if (!text) return;
  const classic = form.classList.contains('comments-comment-box__form');
  const comment = { id: newCommentId(), author: ME, time: '1m', reactions: 0, text, replies: [] };
  const update = classic ? form.closest('.feed-shared-update-v2') : form.closest('[data-demo-post]');
  const activity = classic ? update.dataset.urn.split(':').pop() : postsById.get(update.dataset.demoPost).activity;
  const replyBox = classic ? form.closest('.comments-comment-box--reply') : form.classList.contains('_replybox') ? form : null;
  const threadEl = replyBox?.parentElement.closest(classic ? 'article.comments-comment-entity' : COMMENT) ?? null;
  const threadId = threadEl ? /,(\d+)\)/.exec(threadEl.dataset.id ?? threadEl.getAttribute('componentkey'))?.[1] : null;
  const html = classic ? Classic.commentHtml(activity, comment, Boolean(replyBox)) : Sdui.commentHtml(activity, comment, Boolean(replyBox));
  if (replyBox) {
    replyBox.insertAdjacentHTML('beforebegin', html);
    replyBox.remove();
  } else {
    const list = update.querySelector(classic ? '.comments-comments-list' : '[data-testid="commentList"]');
    list.insertAdjacentHTML('afterbegin', html);
    emptyEditor(editor, false);
  }
  sent.push({ activity, commentId: comment.id, thread: threadId ?? null, text });
}

// ---- "…more", likes --------------------------------------------------------------------------

function expand(button) {
  const box = button.closest('[data-testid="expandable-text-box"], .feed-shared-inline-show-more-text');
  const commentText = box.querySelector('[data-full]') ?? (box.dataset.full !== undefined ? box : null);
  if (commentText) {
    commentText.innerHTML = textHtml(commentText.dataset.full, box.classList.contains('feed-shared-inline-show-more-text'));
  } else {
    const item = button.closest('[data-demo-post]');
    const post = item ? postsById.get(item.dataset.demoPost) : postForActivity(button.closest('[data-urn]').dataset.urn.split(':').pop());
    const target = item ? box : box.querySelector('.update-components-update-v2__commentary span[dir]');
    target.innerHTML = textHtml(post.text, !item);
  }
  button.remove();
}

function toggleLike(button) {
  const on = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(on));
  button.classList.toggle('liked', on);
  if (button.getAttribute('aria-label')?.startsWith('Reaction button state')) {
    button.setAttribute('aria-label', `Reaction button state: ${on ? 'Like' : 'no reaction'}`);
  }
}

// ---- Events ---------------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button || button.type === 'submit') return;
  const label = button.getAttribute('aria-label') ?? '';
  if (button.matches('[data-testid="expandable-text-button"], .feed-shared-inline-show-more-text__see-more-less-toggle')) expand(button);
  else if (label === 'Comment' && button.closest('[data-demo-post]')) openPostBox(button.closest('[data-demo-post]'));
  else if (label === 'Comment') focusEnd(button.closest('.feed-shared-update-v2').querySelector(`.comments-comment-box__form ${EDITOR}`));
  else if (label === 'Reply' && button.closest(COMMENT)) openReplyBox(button.closest(COMMENT), false);
  else if (button.matches('.comments-comment-social-bar__reply-action-button--cr')) openReplyBox(button.closest('article.comments-comment-entity'), true);
  else if (label.startsWith('Reaction button state') || label.startsWith('React Like')) toggleLike(button);
});

document.addEventListener('submit', (event) => {
  event.preventDefault();
  send(event.target);
});

document.addEventListener('input', (event) => {
  const editor = event.target instanceof Element ? event.target.closest(EDITOR) : null;
  if (editor) syncBox(editor);
});

// Rich editors insert pasted text themselves; a synthetic paste (no default action) works too.
document.addEventListener('paste', (event) => {
  const editor = event.target instanceof Element ? event.target.closest(EDITOR) : null;
  if (!editor || !event.clipboardData) return;
  event.preventDefault();
  document.execCommand('insertText', false, event.clipboardData.getData('text/plain'));
});

// ---- Start ----------------------------------------------------------------------------------

render();

/** For tests and the benchmark; appendPosts is synchronous: the posts are in the DOM on return. */
window.__demo = {
  /** Appends n new distinct posts to the feed (one insertion, no layout reads); their POSTIDs. */
  appendPosts(n) {
    const feed = document.querySelector('[data-testid="mainFeed"]');
    if (!feed) return [];
    const posts = Array.from({ length: n }, () => generatedPost(generated++));
    for (const post of posts) postsById.set(post.postId, post);
    feed.insertAdjacentHTML('beforeend', posts.map(Sdui.postHtml).join(''));
    return posts.map((post) => post.postId);
  },
  /** Comments and replies sent from this page, oldest first. */
  sent: () => sent.map((each) => ({ ...each })),
};

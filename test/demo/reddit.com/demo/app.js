// The demo Reddit site's behaviour (new Reddit, www.reddit.com): a single-page app. Routes
// render client-side from location.pathname (the server answers every extensionless path
// with index.html), links navigate with history.pushState, and the comment boxes work as on
// reddit.com: the box under a post opens when its placeholder is clicked, a comment's Reply
// opens a nested box in its action row, and Comment/Reply (or Ctrl+Enter) posts into the
// thread and closes the box.
//
// Test hook: window.__demo (see the bottom of this file).
import { AD, COMMUNITY, ME, SEED_POSTS, generatedPost, lookupPost } from './data.js';
import { ICON, avatarUrl } from './icons.js';
import {
  aboutHtml, adHtml, commentHtml, communityHeaderHtml, composerHtml, composerPlaceholderHtml,
  esc, postHtml, shortCount,
} from './render.js';

const app = document.getElementById('app');

/** Posts as changed in this page session (comments written here), by id. */
const live = new Map();
function livePost(id) {
  if (!live.has(id)) {
    const post = lookupPost(id);
    if (!post) return null;
    live.set(id, structuredClone(post));
  }
  return live.get(id);
}
const countAll = (comments) => comments.reduce((n, c) => n + 1 + countAll(c.replies), 0);
/** Comments sent from this page's boxes, oldest first (for tests). */
const sent = [];
let written = 0;
let generated = 0;

// ---- Shell ----------------------------------------------------------------------------

const NAV = [
  ['Home', '/', ICON.home],
  ['Popular', '/r/popular/', ICON.popular],
  ['Explore', '/explore/', ICON.explore],
  ['All', '/r/all/', ICON.all],
];

function shellHtml() {
  return `
  <header class="top-bar">
    <button type="button" class="icon-btn round" aria-label="Open navigation">${ICON.menu}</button>
    <a href="/" class="logo" aria-label="Home" data-nav>${ICON.snoo}${ICON.wordmark}</a>
    <form class="search" role="search" onsubmit="return false">${ICON.search}<input type="search" placeholder="Search in r/${COMMUNITY.name}" aria-label="Search Reddit"></form>
    <nav class="top-actions">
      <button type="button" class="icon-btn round" aria-label="Open chat">${ICON.chat}</button>
      <button type="button" class="btn plain create">${ICON.plus}<span>Create</span></button>
      <button type="button" class="icon-btn round" aria-label="Open inbox">${ICON.bell}</button>
      <button type="button" class="me" aria-label="Expand user menu"><img src="${avatarUrl(ME, '#ff4500')}" alt="User Avatar" class="avatar-xs"></button>
    </nav>
  </header>
  <div class="page">
    <nav class="left-nav" aria-label="Primary">
      ${NAV.map(([label, href, icon]) => `<a href="${href}" class="nav-item" data-nav>${icon}<span>${label}</span></a>`).join('')}
      <hr>
      <div class="nav-heading">COMMUNITIES</div>
      <a href="/r/${COMMUNITY.name}/" class="nav-item" data-nav><span class="sub-icon" aria-hidden="true">a</span><span>r/${COMMUNITY.name}</span></a>
      <a href="/r/acme_de/" class="nav-item" data-nav><span class="sub-icon de" aria-hidden="true">d</span><span>r/acme_de</span></a>
      <a href="/r/CustomerService/" class="nav-item" data-nav><span class="sub-icon cs" aria-hidden="true">c</span><span>r/CustomerService</span></a>
      <hr>
      <div class="nav-heading">RESOURCES</div>
      <a href="/help/" class="nav-item" data-nav><span>Help</span></a>
    </nav>
    <main id="view" class="main"></main>
  </div>`;
}

// ---- Views ----------------------------------------------------------------------------

const view = () => document.getElementById('view');

function feedView() {
  document.title = `r/${COMMUNITY.name}`;
  const items = SEED_POSTS.map((post) => postHtml(livePost(post.id)));
  items.splice(2, 0, adHtml(AD)); // the promoted post sits among the others, as on Reddit
  view().innerHTML =
    `<div class="columns"><div class="feed-col">${communityHeaderHtml()}` +
    `<shreddit-feed class="feed">${items.join('')}</shreddit-feed></div>${aboutHtml()}</div>`;
}

function postView(id) {
  const post = livePost(id);
  if (!post) return notFound();
  document.title = `${post.title} : r/${COMMUNITY.name}`;
  const count = countAll(post.comments);
  const tree = post.comments.map((comment) => commentHtml(comment, post)).join('');
  view().innerHTML =
    `<div class="columns"><div class="post-col">` +
    `<div class="post-top"><a href="/r/${COMMUNITY.name}/" class="icon-btn round back" aria-label="Back" data-nav>${ICON.back}</a></div>` +
    postHtml(post, { page: true, commentCount: count }) +
    `<comment-body-header class="comment-header"><comment-composer-host class="top-composer">${composerPlaceholderHtml()}</comment-composer-host></comment-body-header>` +
    `<div class="sort-row small"><span class="muted">Sort by:</span><button type="button" class="sort">Best ${ICON.chevron}</button>` +
    `<form class="search small-search" onsubmit="return false">${ICON.search}<input type="search" placeholder="Search Comments" aria-label="Search Comments"></form></div>` +
    `<shreddit-comment-tree post-id="t3_${post.id}" totalcomments="${count}" class="tree">${tree}</shreddit-comment-tree>` +
    `<p class="empty muted"${count ? ' hidden' : ''}>Be the first to comment. Nobody's responded to this post yet.</p>` +
    `</div>${aboutHtml()}</div>`;
}

function userView(name) {
  document.title = `u/${name}`;
  const posts = SEED_POSTS.filter((post) => post.author === name).map((post) => postHtml(livePost(post.id)));
  view().innerHTML =
    `<div class="columns"><div class="feed-col"><section class="profile-head"><img src="${avatarUrl(name)}" alt="" class="avatar-lg"><div><h1>${esc(name)}</h1><p class="muted">u/${esc(name)}</p></div></section>` +
    `<shreddit-feed class="feed">${posts.join('') || `<p class="empty muted">u/${esc(name)} hasn't posted yet</p>`}</shreddit-feed></div>${aboutHtml()}</div>`;
}

function notFound() {
  document.title = 'reddit';
  view().innerHTML = `<div class="not-found">${ICON.snoo}<h1>Hmm, we couldn't find that page</h1><p class="muted">The link may be broken, or the page may have been removed.</p><a href="/r/${COMMUNITY.name}/" class="btn primary" data-nav>Go to r/${COMMUNITY.name}</a></div>`;
}

function render() {
  const path = location.pathname;
  let m;
  if (path === '/' || /^\/r\/acme\/?(?:(?:best|hot|new|top|rising)\/?)?$/i.test(path)) feedView();
  else if ((m = /^\/r\/acme\/comments\/([a-z0-9]+)(?:\/|$)/i.exec(path))) postView(m[1]);
  else if ((m = /^\/(?:u|user)\/([\w-]+)\/?$/.exec(path))) userView(m[1]);
  else notFound();
  window.scrollTo(0, 0);
}

function navigate(href) {
  history.pushState(null, '', href);
  render();
}

// ---- Comment boxes --------------------------------------------------------------------

const editorOf = (composer) => composer.querySelector('[role="textbox"][contenteditable]');

function openTopComposer(host) {
  host.innerHTML = composerHtml({ label: 'Comment text', submit: 'Comment', placeholder: 'Join the conversation' });
  editorOf(host).focus();
}

function closeTopComposer(host) {
  host.innerHTML = composerPlaceholderHtml();
}

function openReplyComposer(comment) {
  const row = comment.querySelector(':scope > shreddit-comment-action-row');
  const open = row.querySelector('shreddit-async-loader');
  if (open) return editorOf(open).focus();
  const author = comment.getAttribute('author');
  row.insertAdjacentHTML(
    'beforeend',
    `<shreddit-async-loader bundlename="comment_composer" class="reply-box"><comment-composer-host>${composerHtml({ label: 'Reply text', submit: 'Reply', placeholder: `Reply to ${author}` })}</comment-composer-host></shreddit-async-loader>`,
  );
  editorOf(row).focus();
}

function findComment(comments, id) {
  for (const comment of comments) {
    if (comment.id === id) return comment;
    const found = findComment(comment.replies, id);
    if (found) return found;
  }
  return null;
}

/** Posts what the box holds into the thread, and closes the box (as reddit.com does). */
function submit(composer) {
  const text = editorOf(composer).innerText.replace(/\n{3,}/g, '\n\n').trim();
  const postEl = document.querySelector('shreddit-post.on-page');
  if (!text || !postEl) return;
  const post = livePost(postEl.id.slice(3));
  const mine = { id: `n${(Date.now() % 1e9).toString(36)}${(written++).toString(36)}`, author: ME, at: Date.now(), score: 1, text, replies: [] };
  const parentEl = composer.closest('shreddit-comment');
  if (parentEl) {
    const parentId = parentEl.getAttribute('thingid').slice(3);
    findComment(post.comments, parentId).replies.unshift(mine);
    const depth = Number(parentEl.getAttribute('depth')) + 1;
    composer.closest('shreddit-async-loader').remove();
    parentEl.querySelector(':scope > shreddit-comment-action-row').insertAdjacentHTML('afterend', commentHtml(mine, post, depth, parentId));
    parentEl.setAttribute('has-children', '');
    sent.push({ text, replyTo: `t1_${parentId}` });
  } else {
    post.comments.unshift(mine);
    closeTopComposer(composer.closest('comment-composer-host'));
    document.querySelector('shreddit-comment-tree').insertAdjacentHTML('afterbegin', commentHtml(mine, post));
    sent.push({ text, replyTo: `t3_${post.id}` });
  }
  const count = countAll(post.comments);
  postEl.setAttribute('comment-count', String(count));
  postEl.querySelector('.post-actions a.pill span').textContent = shortCount(count);
  document.querySelector('.empty')?.setAttribute('hidden', '');
}

// ---- Events ---------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const placeholder = target.closest('faceplate-textarea-input');
  if (placeholder) return openTopComposer(placeholder.closest('comment-composer-host'));
  const reply = target.closest('[noun="reply_comment"] button');
  if (reply) return openReplyComposer(reply.closest('shreddit-comment'));
  const cancel = target.closest('button[slot="cancel-button"]');
  if (cancel) {
    const loader = cancel.closest('shreddit-async-loader');
    return loader ? loader.remove() : closeTopComposer(cancel.closest('comment-composer-host'));
  }
  const send = target.closest('button[slot="submit-button"]');
  if (send) {
    event.preventDefault();
    return submit(send.closest('shreddit-composer'));
  }
  const link = target.closest('a[href]');
  if (link) {
    const href = link.getAttribute('href');
    if (href.startsWith('/') && !href.startsWith('//')) {
      event.preventDefault();
      navigate(href);
    }
    return;
  }
  // A post in a feed opens its page when clicked anywhere but a control.
  const card = target.closest('shreddit-feed shreddit-post');
  if (card && !target.closest('button, [role="button"], input')) navigate(card.getAttribute('permalink'));
});

document.addEventListener('keydown', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.matches('faceplate-textarea-input') && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    openTopComposer(target.closest('comment-composer-host'));
  } else if (target?.matches('.rte') && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    submit(target.closest('shreddit-composer'));
  }
});

// The submit button is enabled while the box holds text, as on reddit.com.
document.addEventListener('input', (event) => {
  const editor = event.target instanceof Element ? event.target.closest('.rte') : null;
  const button = editor?.closest('shreddit-composer')?.querySelector('button[slot="submit-button"]');
  if (button) button.disabled = editor.innerText.trim() === '';
});

window.addEventListener('popstate', render);

// ---- Start ----------------------------------------------------------------------------

/** Appends n generated posts to the feed (shown first when elsewhere), synchronously. */
function appendPosts(n) {
  if (!document.querySelector('shreddit-feed')) navigate(`/r/${COMMUNITY.name}/`);
  const posts = Array.from({ length: n }, () => generatedPost(generated++));
  document.querySelector('shreddit-feed').insertAdjacentHTML('beforeend', posts.map((post) => postHtml(post)).join(''));
  return posts.map((post) => `t3_${post.id}`);
}

app.innerHTML = shellHtml();
render();

/** For tests and the benchmark. */
window.__demo = {
  appendPosts,
  navigate,
  /** Comments sent from this page's boxes, oldest first: { text, replyTo } (a fullname). */
  sent: () => sent.map((entry) => ({ ...entry })),
};

// The demo Instagram site's behaviour: a single-page app like www.instagram.com. Routes
// render from location.pathname (the server answers every extensionless path with
// index.html): the feed at /, a post's page at /p/<code>/ or /reel/<code>/. Comment boxes
// work like Instagram's: type, then "Post" or Enter (Shift+Enter is a new line); a
// comment's "Reply" puts "@<username> " in the box, and the reply lands under that comment.
//
// Test hook: window.__demo (see the bottom of this file).
import { ME, NOW, SEED_POSTS, USERS, generatedPost, lookupPost, sceneOf, userFor } from './data.js';
import { ICON, avatarUrl, pictureUrl } from './icons.js';
import { commentRowHtml, esc, feedPostHtml, inlineCommentHtml, permalink, postPageHtml } from './render.js';

const root = document.getElementById('mount_0_0_demo');

const NAV = [
  ['Home', '/', ICON.home],
  ['Search', '/explore/search/', ICON.search],
  ['Explore', '/explore/', ICON.explore],
  ['Reels', '/reels/', ICON.reels],
  ['Messages', '/direct/inbox/', ICON.messages],
  ['Notifications', '/notifications/', ICON.notifications],
  ['Create', '/create/', ICON.create],
];

function shellHtml() {
  return `<div class="app">
  <div role="navigation" class="nav">
    <a href="/" role="link" class="wordmark" aria-label="Instagram">Instagram</a>
    ${NAV.map(([label, href, icon]) => `<a href="${href}" role="link" class="nav-item${href === '/' ? ' current' : ''}">${icon}<span>${label}</span></a>`).join('')}
    <a href="/${ME}/" role="link" class="nav-item"><img alt="${ME}'s profile picture" class="avatar" width="24" height="24" src="${avatarUrl(ME)}"><span>Profile</span></a>
    <a href="/accounts/edit/" role="link" class="nav-item nav-more">${ICON.menu}<span>More</span></a>
  </div>
  <main role="main" class="main"><div id="view"></div></main>
</div>`;
}

function storiesHtml() {
  const people = ['acme.support', 'priya.k', 'dana.builds', 'sam.r', 'lee_at_home', 'nina.bakes', 'mo.reviews', 'kim.nguyen'];
  return `<div class="stories" role="menu">${people.map((h) => `<div class="story" role="menuitem"><div class="story-ring"><img alt="${h}'s profile picture" class="avatar" width="56" height="56" src="${avatarUrl(h)}"></div><span>${esc(h)}</span></div>`).join('')}</div>`;
}

function suggestionsHtml() {
  const me = userFor(ME);
  const people = ['nina.bakes', 'tom.whit', 'kim.nguyen', 'jonas.k'];
  return `<aside class="suggestions">
    <div class="me"><img alt="${ME}'s profile picture" class="avatar" width="44" height="44" src="${avatarUrl(ME)}"><div><a href="/${ME}/" role="link" class="strong">${ME}</a><div class="muted">${esc(me.name)}</div></div><a href="/accounts/login/" class="link-blue">Switch</a></div>
    <div class="sugg-title"><span class="muted strong">Suggested for you</span><a href="/explore/people/" class="strong small">See All</a></div>
    ${people.map((h) => `<div class="sugg"><img alt="${h}'s profile picture" class="avatar" width="44" height="44" src="${avatarUrl(h)}"><div><a href="/${h}/" role="link" class="strong">${h}</a><div class="muted small">Followed by acme.deals</div></div><a href="#" class="link-blue small">Follow</a></div>`).join('')}
    <footer class="muted tiny">About · Help · Press · API · Jobs · Privacy · Terms<br><br>© 2026 INSTAGRAM FROM META<br>Demo of Instagram for Casebook tests: not affiliated with Meta.</footer>
  </aside>`;
}

// ---- Routes ----------------------------------------------------------------------------

let generated = 0;

function renderFeed(view) {
  view.innerHTML = `<div class="feed-page"><div class="feed-col">${storiesHtml()}<div class="feed">${SEED_POSTS.map(feedPostHtml).join('')}</div></div>${suggestionsHtml()}</div>`;
  document.title = 'Instagram';
}

function renderPost(view, code) {
  const post = lookupPost(code);
  if (!post) {
    view.innerHTML = '<div class="missing"><h2>Sorry, this page isn\'t available.</h2><p>The link you followed may be broken, or the page may have been removed. <a href="/" class="link-blue">Go back to Instagram.</a></p></div>';
    return;
  }
  const more = SEED_POSTS.filter((p) => p.code !== code).slice(0, 3);
  view.innerHTML = `${postPageHtml(post)}<div class="more-from"><h2 dir="auto" class="muted">More posts from <a href="/${post.handle}/" role="link">${post.handle}</a></h2><div class="grid">${more.map((p) => `<a href="${permalink(p)}" role="link" class="tile" style="background-image:url('${pictureUrl(sceneOf(p), p.media)}')"></a>`).join('')}</div></div>`;
  document.title = `${userFor(post.handle).name} on Instagram: "${post.text.slice(0, 40)}"`;
}

function render() {
  const view = document.getElementById('view');
  const match = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|tv)\/([A-Za-z0-9_-]+)\/?$/.exec(location.pathname);
  if (match) renderPost(view, match[2]);
  else renderFeed(view);
  window.scrollTo(0, 0);
}

function navigate(path) {
  history.pushState(null, '', path);
  render();
}

addEventListener('popstate', render);

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const link = target.closest('a[href^="/"]');
  if (link && !event.ctrlKey && !event.metaKey && link.closest('#view .ig-post, #view .pp, .nav, .more-from')) {
    const path = link.getAttribute('href');
    if (/^\/(p|reel)\//.test(path) || path === '/') {
      event.preventDefault();
      navigate(path.replace(/(comments|liked_by)\/$/, ''));
      return;
    }
  }
  if (link && link.getAttribute('href') !== '/') event.preventDefault(); // other pages: not in the demo
  const post = target.closest('.post-btn');
  if (post) return void send(post.closest('form'));
  const reply = target.closest('.reply-btn');
  if (reply) return void startReply(reply);
  const toggle = target.closest('.replies-toggle');
  if (toggle) return void toggleReplies(toggle);
  const more = target.closest('.more-link');
  if (more) return void expandCaption(more);
  const comment = target.closest('.comment-btn');
  if (comment) return void comment.closest('article').querySelector('textarea').focus();
  const like = target.closest('.like-btn, .c-like');
  if (like) like.classList.toggle('liked');
});

// ---- Comment boxes ---------------------------------------------------------------------

/** The comment a box replies to, set by a "Reply" and kept while the box starts with its @. */
const replyTargets = new WeakMap();

function syncBox(textarea) {
  const button = textarea.closest('form').querySelector('.post-btn');
  const empty = textarea.value.trim() === '';
  button.setAttribute('aria-disabled', String(empty));
  textarea.style.height = 'auto';
  textarea.style.height = `${Math.min(textarea.scrollHeight, 80)}px`;
  const target = replyTargets.get(textarea);
  if (target && !textarea.value.startsWith(`@${target.handle}`)) replyTargets.delete(textarea);
}

document.addEventListener('input', (event) => {
  if (event.target instanceof HTMLTextAreaElement) syncBox(event.target);
});

document.addEventListener('keydown', (event) => {
  const box = event.target instanceof HTMLTextAreaElement ? event.target : null;
  if (!box || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  send(box.closest('form'));
});

function startReply(button) {
  const textarea = button.closest('article').querySelector('textarea');
  const handle = button.dataset.handle;
  textarea.value = `@${handle} `;
  replyTargets.set(textarea, { handle, thread: button.dataset.thread });
  textarea.focus();
  textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  syncBox(textarea);
}

let nextCommentId = 17950000000000001n;
/** Comments posted in this page session, oldest first (for tests: what was sent). */
const sentComments = [];

function send(form) {
  const textarea = form.querySelector('textarea');
  const text = textarea.value.trim();
  if (!text) return;
  const article = form.closest('article');
  const post = lookupPost(article.dataset.code);
  const target = replyTargets.get(textarea);
  const comment = { id: String(nextCommentId++), handle: ME, text, ago: 0, likes: 0 };
  const thread = target && text.startsWith(`@${target.handle}`) ? target.thread : null;
  if (article.classList.contains('pp')) placeOnPage(article, post, comment, thread);
  else article.querySelector('.inline-comments').insertAdjacentHTML('beforeend', inlineCommentHtml(post, comment, thread));
  sentComments.push({ postCode: post.code, id: comment.id, replyTo: thread, text });
  // Instagram empties the box once the comment is posted.
  textarea.value = '';
  replyTargets.delete(textarea);
  syncBox(textarea);
}

/** On a post's page: a reply under its thread (shown), a comment at the top of the list. */
function placeOnPage(article, post, comment, thread) {
  if (!thread) {
    article.querySelector('.caption-row').parentElement.insertAdjacentHTML('afterend', commentRowHtml(post, comment));
    return;
  }
  const toggle = article.querySelector(`.replies-toggle[data-comment="${thread}"]`);
  if (toggle && !toggle.dataset.shown) toggleReplies(toggle);
  const row = article.querySelector(`.reply-btn[data-thread="${thread}"]`).closest('.c-wrap');
  let list = row.querySelector(':scope > .c-replies');
  if (!list) {
    row.insertAdjacentHTML('beforeend', `<ul class="c-replies"><li><button type="button" class="replies-toggle" data-comment="${thread}" data-shown="1"><span>— Hide replies</span></button></li></ul>`);
    list = row.querySelector(':scope > .c-replies');
  }
  list.insertAdjacentHTML('beforeend', commentRowHtml(post, comment, thread));
}

function toggleReplies(toggle) {
  const article = toggle.closest('article');
  const post = lookupPost(article.dataset.code);
  const comment = post.comments.find((c) => c.id === toggle.dataset.comment);
  const list = toggle.closest('.c-replies');
  if (toggle.dataset.shown) {
    for (const row of list.querySelectorAll(':scope > .c-wrap')) row.remove();
    delete toggle.dataset.shown;
    toggle.querySelector('span').textContent = `— View replies (${comment?.replies?.length ?? 0})`;
  } else {
    list.insertAdjacentHTML('beforeend', (comment?.replies ?? []).map((r) => commentRowHtml(post, r, comment.id)).join(''));
    toggle.dataset.shown = '1';
    toggle.querySelector('span').textContent = '— Hide replies';
  }
}

function expandCaption(more) {
  const article = more.closest('article');
  const post = lookupPost(article.dataset.code);
  const holder = document.createElement('div');
  holder.innerHTML = feedPostHtml({ ...post, cut: 0 });
  more.closest('.caption').replaceWith(holder.querySelector('.caption'));
}

// ---- Start -----------------------------------------------------------------------------

history.scrollRestoration = 'manual';
root.innerHTML = shellHtml();
render();

/** Adds n new posts to the end of the feed in one insertion (the benchmark's batches). */
function appendPosts(n) {
  const feed = document.querySelector('.feed');
  if (!feed) return;
  let html = '';
  for (let i = 0; i < n; i++) html += feedPostHtml(generatedPost(generated++));
  feed.insertAdjacentHTML('beforeend', html);
}

window.__demo = {
  appendPosts,
  navigate,
  /** When the page was loaded; times are relative to it. */
  now: NOW,
  users: USERS,
  /** Comments and replies posted from this page's boxes, oldest first. */
  sent: () => sentComments.map((c) => ({ ...c })),
};

// The demo X site's behaviour: a single-page app like x.com. Routes render client-side
// from location.pathname (the server answers every extensionless path with index.html),
// links navigate with history.pushState, the home timeline grows on scroll, and the
// composer posts. Extensions under test must cope with all of that, as on the real site.
//
// Test hook: window.__demo (see the bottom of this file).
import { ME, NOW, SEED_POSTS, USERS, generatedPost, lookupPost, postsBy, repliesTo, userFor } from './data.js';
import { ICON, avatarUrl } from './icons.js';
import {
  cellHtml, composerHtml, emptyStateHtml, esc, profileHeaderHtml, replyDialogHtml, shortCount,
  spinnerCellHtml, timelineHtml, topBarHtml,
} from './render.js';

const root = document.getElementById('react-root');

/** Posts changed or made in this page session (likes, composed posts), by id. */
const live = new Map();
const getPost = (id) => live.get(id) ?? lookupPost(id);
function livePost(id) {
  if (!live.has(id)) {
    const post = lookupPost(id);
    if (!post) return null;
    live.set(id, { ...post });
  }
  return live.get(id);
}
/** Posts composed here, newest first, shown at the top of home. */
const composed = [];

// ---- Shell: left navigation, centre column, right sidebar -----------------------------

const NAV = [
  ['Home', '/home', 'AppTabBar_Home_Link', ICON.home],
  ['Explore', '/explore', 'AppTabBar_Explore_Link', ICON.explore],
  ['Notifications', '/notifications', 'AppTabBar_Notifications_Link', ICON.notifications],
  ['Messages', '/messages', 'AppTabBar_DirectMessage_Link', ICON.messages],
  ['Profile', `/${ME}`, 'AppTabBar_Profile_Link', ICON.profile],
  ['More', '/settings', 'AppTabBar_More_Menu', ICON.moreCircle],
];

const TRENDS = [
  ['Trending in United States', '#AcmeDown', '2,143 posts'],
  ['Technology · Trending', 'eSIM', '18.2K posts'],
  ['Business · Trending', 'Globex', '5,870 posts'],
  ['Trending in Texas', 'Austin outage', '1,204 posts'],
  ['Sports · Trending', 'Cowboys', '41.5K posts'],
];

function shellHtml() {
  const me = userFor(ME);
  return `
  <div class="app">
    <header role="banner" class="left">
      <div class="left-inner">
        <h1 role="heading" class="logo-wrap"><a href="/home" aria-label="X" role="link" class="logo-link">${ICON.logo}</a></h1>
        <nav aria-label="Primary" role="navigation" class="nav">
          ${NAV.map(([label, href, testid, icon]) => `<a href="${href}" aria-label="${label}" role="link" data-testid="${testid}" class="nav-link"><div class="nav-pill">${icon}<span>${label}</span></div></a>`).join('')}
        </nav>
        <a href="/compose/post" aria-label="Post" role="link" data-testid="SideNav_NewTweet_Button" class="big-post-btn">Post</a>
        <button aria-label="Account menu" role="button" data-testid="SideNav_AccountSwitcher_Button" type="button" class="account">
          <img alt="" src="${avatarUrl(ME, me)}" class="account-avatar square">
          <div class="account-text"><div class="strong">${esc(me.name)}</div><div class="muted">@${ME}</div></div>
          ${ICON.more}
        </button>
      </div>
    </header>
    <main role="main" class="main">
      <div class="columns">
        <div data-testid="primaryColumn" class="primary"><div id="view"></div></div>
        <div data-testid="sidebarColumn" class="sidebar">
          <form role="search" aria-label="Search" class="search" id="search-form">
            ${ICON.explore}
            <input data-testid="SearchBox_Search_Input" aria-label="Search query" placeholder="Search" role="combobox" type="text" autocomplete="off" name="q">
          </form>
          <section class="card premium"><h2>Subscribe to Premium</h2><p>Subscribe to unlock new features and if eligible, receive a share of revenue.</p><a href="/i/premium_sign_up" role="link" class="dark-btn">Subscribe</a></section>
          <section class="card" aria-label="Timeline: Trending now"><h2>What’s happening</h2>
            ${TRENDS.map(([context, name, count]) => `<div data-testid="trend" role="link" tabindex="0" class="trend" data-href="/search?q=${encodeURIComponent(name)}"><div class="muted small">${esc(context)}</div><div class="strong">${esc(name)}</div><div class="muted small">${esc(count)}</div></div>`).join('')}
            <a href="/explore" role="link" class="card-more">Show more</a>
          </section>
          <section class="card" aria-label="Who to follow"><h2>Who to follow</h2>
            ${['AcmeMobile', 'techwithraj', 'GlobexTel'].map((h) => `<div data-testid="UserCell" class="user-cell"><img alt="" src="${avatarUrl(h, userFor(h))}" class="cell-avatar${userFor(h).brand ? ' square' : ''}"><a href="/${h}" role="link" class="user-cell-text"><div class="strong">${esc(userFor(h).name)} ${userFor(h).verified ? ICON.verified : ''}</div><div class="muted">@${h}</div></a><button type="button" class="dark-btn small-btn">Follow</button></div>`).join('')}
          </section>
          <nav aria-label="Footer" class="footer muted small">Terms of Service · Privacy Policy · Cookie Policy · Accessibility · Ads info · © 2026 X Corp.<br>Demo of X for Casebook tests: not affiliated with X Corp.</nav>
        </div>
      </div>
    </main>
    <div id="layers"></div>
  </div>`;
}

// ---- Routes ----------------------------------------------------------------------------

const RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'search', 'settings', 'compose', 'hashtag', 'login', 'tos', 'privacy']);

function parseRoute(pathname, search) {
  let m;
  if (pathname === '/' || pathname === '/home') return { name: 'home' };
  if (pathname === '/compose/post') return { name: 'home', compose: true };
  if ((m = /^\/([A-Za-z0-9_]{1,20})\/status\/(\d+)/.exec(pathname))) return { name: 'status', handle: m[1], id: m[2] };
  if (pathname === '/search') return { name: 'search', query: new URLSearchParams(search).get('q') ?? '' };
  if ((m = /^\/hashtag\/([^/]+)/.exec(pathname))) return { name: 'search', query: `#${decodeURIComponent(m[1])}` };
  if (pathname === '/explore') return { name: 'explore' };
  if (pathname === '/notifications') return { name: 'notifications' };
  if (pathname === '/messages' || pathname.startsWith('/i/chat')) return { name: 'messages' };
  m = /^\/([A-Za-z0-9_]{1,20})(?:\/(?:with_replies|media|likes|following|followers|verified_followers))?\/?$/.exec(pathname);
  if (m && !RESERVED.has(m[1].toLowerCase())) return { name: 'profile', handle: m[1] };
  return { name: 'notFound' };
}

/** The home view is built once and kept while you are elsewhere, so that coming back
 * shows the same posts at the same place (X does this too; nodes are re-attached). */
let homeView = null;
let homeFillTimer = 0;
let generatedCount = 0;

function homeCells() {
  return homeView.querySelector('[data-demo-cells]');
}

function buildHome() {
  homeView = document.createElement('div');
  homeView.innerHTML =
    topBarHtml({ tabs: [{ label: 'For you', href: '/home' }, { label: 'Following', href: '/home' }] }) +
    composerHtml({ placeholder: 'What is happening?!', button: 'Post' }) +
    timelineHtml('Your Home Timeline', spinnerCellHtml());
  // X fills the timeline after its first API call returns; content scripts must wait for it.
  homeFillTimer = setTimeout(fillHome, 150);
}

function fillHome() {
  if (!homeFillTimer) return;
  clearTimeout(homeFillTimer);
  homeFillTimer = 0;
  homeCells().innerHTML = [...composed, ...SEED_POSTS].map((p) => cellHtml(getPost(p.id) ?? p)).join('');
  // More posts come only when the user scrolls (so tests see a fixed first page), unless
  // a tall window shows the whole first page and could never scroll.
  if (document.documentElement.scrollHeight <= window.innerHeight + 200) maybeLoadMore();
}

/** Appends n generated posts to the home timeline, synchronously; returns their ids. */
function appendPosts(n) {
  if (!homeView) buildHome();
  fillHome();
  const posts = Array.from({ length: n }, () => generatedPost(generatedCount++));
  homeCells().insertAdjacentHTML('beforeend', posts.map((p) => cellHtml(p)).join(''));
  return posts.map((p) => p.id);
}

function statusView(route) {
  const post = getPost(route.id);
  if (!post) return notFoundView('Hmm...this page doesn’t exist. Try searching for something else.');
  // X rewrites /anyone/status/<id> to the author's handle.
  if (route.handle !== post.handle) history.replaceState(history.state, '', `/${post.handle}/status/${post.id}`);
  const author = userFor(post.handle);
  document.title = `${author.name} on X: "${post.text.slice(0, 60)}" / X`;
  const replies = [...composed.filter((p) => p.parentId === post.id), ...repliesTo(post).map((r) => getPost(r.id) ?? r)];
  return (
    topBarHtml({ title: 'Post', back: true }) +
    timelineHtml(
      'Conversation',
      cellHtml(post, { focused: true }) +
        `<div data-testid="cellInnerDiv" class="cell">${composerHtml({ placeholder: 'Post your reply', button: 'Reply', replyTo: post.handle })}</div>` +
        replies.map((r) => cellHtml(r)).join(''),
    )
  );
}

function profileView(route) {
  const handle = Object.keys(USERS).find((h) => h.toLowerCase() === route.handle.toLowerCase()) ?? route.handle;
  const user = userFor(handle);
  const posts = [...composed.filter((p) => p.handle === handle), ...postsBy(handle)];
  document.title = `${user.name} (@${handle}) / X`;
  return (
    topBarHtml({ title: user.name, subtitle: `${posts.length} ${posts.length === 1 ? 'post' : 'posts'}`, back: true }) +
    profileHeaderHtml(handle) +
    timelineHtml(`${user.name}’s posts`, posts.length ? posts.map((p) => cellHtml(getPost(p.id) ?? p)).join('') : emptyStateHtml(`@${handle} hasn’t posted`, 'When they do, their posts will show up here.'))
  );
}

function searchView(route) {
  const q = route.query.trim().toLowerCase();
  document.title = `${route.query} - Search / X`;
  const pool = [...SEED_POSTS, ...Array.from({ length: 300 }, (_, i) => generatedPost(i))];
  const hits = q ? pool.filter((p) => p.text.toLowerCase().includes(q) || p.handle.toLowerCase().includes(q)).slice(0, 20) : [];
  return (
    topBarHtml({ title: route.query || 'Search', back: true }) +
    timelineHtml(`Search timeline`, hits.length ? hits.map((p) => cellHtml(getPost(p.id) ?? p)).join('') : emptyStateHtml(`No results for "${route.query}"`, 'Try searching for something else.'))
  );
}

function notFoundView(message) {
  document.title = 'Page not found / X';
  return topBarHtml({ title: 'Page not found', back: true }) + emptyStateHtml(message, '');
}

const simpleViews = {
  explore: () => {
    document.title = 'Explore / X';
    return topBarHtml({ title: 'Explore' }) + timelineHtml('Explore', TRENDS.map(([c, n, k]) => `<div data-testid="cellInnerDiv" class="cell"><div data-testid="trend" role="link" tabindex="0" class="trend wide" data-href="/search?q=${encodeURIComponent(n)}"><div class="muted small">${esc(c)}</div><div class="strong">${esc(n)}</div><div class="muted small">${esc(k)}</div></div></div>`).join(''));
  },
  notifications: () => {
    document.title = 'Notifications / X';
    return topBarHtml({ title: 'Notifications' }) + emptyStateHtml('Nothing to see here, yet', 'Likes, mentions, reposts and more show up here.');
  },
  messages: () => {
    document.title = 'Messages / X';
    return topBarHtml({ title: 'Messages' }) + emptyStateHtml('Welcome to your inbox!', 'Direct messages are not part of this demo.');
  },
};

function render() {
  const route = parseRoute(location.pathname, location.search);
  const view = document.getElementById('view');
  if (route.name === 'home') {
    if (!homeView) buildHome();
    view.replaceChildren(homeView);
    document.title = 'Home / X';
    if (route.compose) homeView.querySelector('[data-testid="tweetTextarea_0"]').focus();
  } else {
    const html =
      route.name === 'status' ? statusView(route)
        : route.name === 'profile' ? profileView(route)
          : route.name === 'search' ? searchView(route)
            : route.name in simpleViews ? simpleViews[route.name]()
              : notFoundView('Hmm...this page doesn’t exist. Try searching for something else.');
    const fresh = document.createElement('div');
    fresh.innerHTML = html;
    view.replaceChildren(fresh);
  }
  for (const link of root.querySelectorAll('.nav-link')) {
    const active = link.getAttribute('href') === location.pathname || (route.name === 'home' && link.dataset.testid === 'AppTabBar_Home_Link');
    link.classList.toggle('active', active);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function navigate(path) {
  if (path === location.pathname + location.search) return;
  history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
  history.pushState({ scrollY: 0 }, '', path);
  render();
  window.scrollTo(0, 0);
}

// ---- Infinite scroll -------------------------------------------------------------------

let loadingMore = false;
function maybeLoadMore() {
  const onHome = homeView?.isConnected && !homeFillTimer;
  if (!onHome || loadingMore) return;
  const fromBottom = document.documentElement.scrollHeight - (window.scrollY + window.innerHeight);
  if (fromBottom > 1500) return;
  loadingMore = true;
  homeCells().insertAdjacentHTML('beforeend', spinnerCellHtml());
  // A short wait, as for X's network call, so the new rows arrive in a separate mutation.
  setTimeout(() => {
    homeCells().querySelector('[data-demo-spinner]')?.remove();
    appendPosts(10);
    loadingMore = false;
  }, 250);
}

// ---- Events ----------------------------------------------------------------------------

const articleOf = (el) => el.closest('article[data-testid="tweet"]');
const statusPathOf = (article) => article.querySelector('a[href*="/status/"] > time')?.parentElement.getAttribute('href') ?? article.querySelector('.focused-time a')?.getAttribute('href');
const idOf = (article) => /\/status\/(\d+)/.exec(statusPathOf(article) ?? '')?.[1];

/** Like, repost and bookmark toggle in place: only the one button changes, as with React,
 * so anything an extension added elsewhere in the article stays put. */
const TOGGLES = {
  like: ['unlike', 'likes', 'liked', 'Like', 'Likes', 'Liked', ICON.liked],
  unlike: ['like', 'likes', 'liked', 'Like', 'Likes', 'Like', ICON.like],
  retweet: ['unretweet', 'reposts', 'reposted', 'repost', 'reposts', 'Reposted', ICON.retweet],
  unretweet: ['retweet', 'reposts', 'reposted', 'repost', 'reposts', 'Repost', ICON.retweet],
  bookmark: ['removeBookmark', 'bookmarks', 'bookmarked', 'Bookmark', 'Bookmarks', 'Bookmarked', ICON.bookmarked],
  removeBookmark: ['bookmark', 'bookmarks', 'bookmarked', 'Bookmark', 'Bookmarks', 'Bookmark', ICON.bookmark],
};

function toggle(button) {
  const post = livePost(idOf(articleOf(button)));
  if (!post) return;
  const [next, field, flag, one, many, verb, icon] = TOGGLES[button.dataset.testid];
  const on = !post[flag];
  post[flag] = on;
  post[field] += on ? 1 : -1;
  const n = post[field];
  button.dataset.testid = next;
  button.setAttribute('aria-label', n > 0 ? `${n} ${n === 1 ? one : many}. ${verb}` : verb);
  button.classList.toggle('on', on);
  button.querySelector('.action-icon').innerHTML = icon;
  button.querySelector('[data-testid="app-text-transition-container"] span span').textContent = shortCount(n);
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = event.target;
  if (!(target instanceof Element)) return;

  const toggleButton = target.closest('button[data-testid]');
  if (toggleButton && TOGGLES[toggleButton.dataset.testid]) return toggle(toggleButton);
  if (target.closest('[data-testid="reply"]')) {
    const article = articleOf(target);
    // The main post of a status page has the reply box under it; any other post opens
    // X's reply dialog.
    if (article.classList.contains('focused')) {
      return document.querySelector('[data-reply-to] [data-testid="tweetTextarea_0"]')?.focus();
    }
    const post = getPost(idOf(article));
    return post && openReplyDialog(post);
  }
  if (target.closest('[data-testid="app-bar-close"]')) return closeReplyDialog();
  const sendButton = target.closest('[data-testid="tweetButtonInline"], [data-testid="tweetButton"]');
  if (sendButton) return send(sendButton.closest('[data-demo-composer]'));
  if (target.closest('[data-testid="app-bar-back"]')) return history.state ? history.back() : navigate('/home');
  const routed = target.closest('[data-href]');
  if (routed) return navigate(routed.dataset.href);

  const link = target.closest('a[href]');
  if (link) {
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || link.target === '_blank') return;
    event.preventDefault();
    return navigate(url.pathname + url.search);
  }
  // A click anywhere else on a timeline post opens it, unless it hit a control (an
  // extension's button, say) or ends a text selection.
  const article = articleOf(target);
  if (article && article.tabIndex === 0 && !target.closest('button, [role="button"], input, [contenteditable]') && !String(getSelection())) {
    const path = statusPathOf(article);
    if (path) navigate(path);
  }
});

window.addEventListener('popstate', (event) => {
  render();
  window.scrollTo(0, event.state?.scrollY ?? 0);
});
window.addEventListener('scroll', maybeLoadMore, { passive: true });

document.addEventListener('submit', (event) => {
  if (event.target.id !== 'search-form') return;
  event.preventDefault();
  const q = new FormData(event.target).get('q')?.toString().trim();
  if (q) navigate(`/search?q=${encodeURIComponent(q)}&src=typed_query`);
});

// ---- Composer --------------------------------------------------------------------------

// Like Draft.js, the composer keeps its text in its own state, updated only from the
// editor's input (and paste) events. Text written into the DOM any other way (innerText,
// textContent) is not in the state: it is not posted, and the button stays disabled.
const editorState = new WeakMap();
const stateOf = (editor) => editorState.get(editor) ?? '';

/** Enables "Post"/"Reply" once there is text, as X does (aria-disabled, not disabled). */
function syncComposer(composer) {
  const editor = composer.querySelector('[data-testid="tweetTextarea_0"]');
  const hasText = stateOf(editor).trim().length > 0;
  composer.classList.toggle('has-text', hasText || editor.textContent.length > 0);
  const button = composer.querySelector('[data-testid="tweetButtonInline"], [data-testid="tweetButton"]');
  button.setAttribute('aria-disabled', String(!hasText));
  button.tabIndex = hasText ? 0 : -1;
}

document.addEventListener('input', (event) => {
  const editor = event.target instanceof Element && event.target.closest('[data-testid="tweetTextarea_0"]');
  if (!editor) return;
  editorState.set(editor, editor.innerText);
  syncComposer(editor.closest('[data-demo-composer]'));
});

// Ctrl/Cmd+Enter in a composer posts, as on X.
document.addEventListener('keydown', (event) => {
  const editor = event.target instanceof Element && event.target.closest('[data-testid="tweetTextarea_0"]');
  if (editor && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    send(editor.closest('[data-demo-composer]'));
  } else if (event.key === 'Escape' && document.querySelector('[data-demo-dialog]')) {
    closeReplyDialog();
  }
});

function openReplyDialog(post) {
  closeReplyDialog();
  const holder = document.createElement('div');
  holder.innerHTML = replyDialogHtml(post);
  const dialog = holder.firstElementChild;
  document.body.append(dialog);
  dialog.querySelector('[data-testid="tweetTextarea_0"]').focus();
}

function closeReplyDialog() {
  document.querySelector('[data-demo-dialog]')?.remove();
}

// Draft.js inserts pasted text itself, so a synthetic ClipboardEvent('paste') (which has no
// default action) still works there; the demo behaves the same way.
document.addEventListener('paste', (event) => {
  const editor = event.target instanceof Element && event.target.closest('[data-testid="tweetTextarea_0"]');
  if (!editor || !event.clipboardData) return;
  event.preventDefault();
  document.execCommand('insertText', false, event.clipboardData.getData('text/plain'));
});

/** Everything posted in this page session, oldest first (for tests: what was sent). */
const sentPosts = [];

let sequence = 0;
/** A snowflake-like id for a new post, kept divisible by 8 like the demo's other top-level ids. */
const newId = () => String(((BigInt(Date.now()) - 1288834974657n) << 22n) + (BigInt(sequence++ % 512) << 3n));

function send(composer) {
  const editor = composer.querySelector('[data-testid="tweetTextarea_0"]');
  const text = stateOf(editor).trim();
  if (!text) return;
  const dialog = composer.closest('[data-demo-dialog]');
  const statusMatch = dialog ? [null, dialog.dataset.parentId] : /\/status\/(\d+)/.exec(location.pathname);
  const post = {
    id: newId(), handle: ME, text, lang: 'en', kind: 'own', time: new Date().toISOString(),
    replies: 0, reposts: 0, likes: 0, bookmarks: 0, views: 0,
    replyTo: composer.dataset.replyTo || null, parentId: statusMatch ? statusMatch[1] : null,
    promoted: false, long: false,
  };
  composed.unshift(post);
  live.set(post.id, post);
  editor.textContent = '';
  editorState.delete(editor);
  syncComposer(composer);
  sentPosts.push({ id: post.id, text, replyTo: post.replyTo, parentId: post.parentId });
  // The new post appears right below the composer: top of home, first reply on a status
  // page; a reply from the dialog closes it.
  const cell = composer.closest('[data-testid="cellInnerDiv"]');
  if (dialog) closeReplyDialog();
  else if (cell) cell.insertAdjacentHTML('afterend', cellHtml(post));
  else homeCells().insertAdjacentHTML('afterbegin', cellHtml(post));
  toast(`Your ${post.replyTo ? 'reply' : 'post'} was sent.`, `/${ME}/status/${post.id}`);
}

function toast(message, href) {
  const layer = document.getElementById('layers');
  layer.innerHTML = `<div role="alert" data-testid="toast" class="toast"><span>${esc(message)}</span> <a href="${href}" role="link">View</a></div>`;
  setTimeout(() => (layer.innerHTML = ''), 3000);
}

// ---- Start -----------------------------------------------------------------------------

history.scrollRestoration = 'manual';
root.innerHTML = shellHtml();
render();

/** For tests and the benchmark. appendPosts works on the home timeline, also while it is
 * off screen, and is synchronous: the rows are in the DOM when it returns. */
window.__demo = {
  appendPosts,
  navigate,
  /** When the page was loaded; post times are relative to it. */
  now: NOW,
  lookupPost,
  /** Posts and replies sent from this page's composers, oldest first. */
  sent: () => sentPosts.map((p) => ({ ...p })),
  /** What a composer's editor state holds (what "Reply" would post), by its index on the page. */
  composerState: (index = 0) => stateOf(document.querySelectorAll('[data-testid="tweetTextarea_0"]')[index]),
};

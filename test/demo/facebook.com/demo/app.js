// The demo Facebook site's behaviour: a single-page app like facebook.com. Routes render
// client-side from location (the server answers every extensionless path with index.html),
// links navigate with history.pushState, and the comment boxes work as Facebook's do: the
// story's "Comment" opens (or focuses) its box, a comment's "Reply" opens a box in its
// thread, Enter (not Shift+Enter) or the submit arrow posts, and the box is cleared (a
// reply box is removed).
//
// Test hook: window.__demo (see the bottom of this file).
import { GROUP, GROUP_POSTS, ME, POSTS, USERS, generatedPost, nextCommentId, profilePath } from './data.js';
import { ICON, avatarUrl } from './icons.js';
import {
  commentHtml, composerHtml, createPostHtml, esc, groupHeadHtml, postPath, profileHeadHtml,
  storyHtml, threadHtml,
} from './render.js';

const root = document.getElementById('app');
const posts = new Map([...POSTS, ...GROUP_POSTS].map((post) => [post.id, post]));
/** Comments and replies posted from this page's boxes, oldest first. */
const sent = [];
let appended = 0;

// ---- Shell: blue top bar, shortcuts, the centre column, contacts ------------------------

const SHORTCUTS = [
  ['acme', 'Acme', '/acme'],
  ['groups', GROUP.name, `/groups/${GROUP.id}/`],
  ['friends', 'Friends', '/friends/'],
  ['store', 'Marketplace', '/marketplace/'],
  ['memories', 'Memories', '/memories/'],
  ['saved', 'Saved', '/saved/'],
];
const CONTACTS = ['jane.doe.5', 'priya.raman.31', 'dana.ruiz', 'tom.becker.3', 'marco.bianchi.77', 'kofi.mensah'];

const img = (id, size, cls = 'round-img') =>
  `<img alt="" src="${avatarUrl(id, USERS[id])}" width="${size}" height="${size}" class="${cls}">`;

function shellHtml() {
  return `
  <div role="banner" class="topbar">
    <div class="top-left"><a aria-label="Facebook" href="/" role="link" class="logo">${ICON.logo}</a>
      <label class="search">${ICON.search}<input aria-label="Search Facebook" placeholder="Search Facebook" type="search" role="combobox"></label></div>
    <nav aria-label="Facebook" class="top-nav">
      <a href="/" role="link" aria-label="Home" class="top-tab active">${ICON.home}</a>
      <a href="/watch/" role="link" aria-label="Video" class="top-tab">${ICON.video}</a>
      <a href="/marketplace/" role="link" aria-label="Marketplace" class="top-tab">${ICON.store}</a>
      <a href="/groups/${GROUP.id}/" role="link" aria-label="Groups" class="top-tab">${ICON.groups}</a>
    </nav>
    <div class="top-right">
      <div role="button" aria-label="Menu" class="top-btn">${ICON.menu}</div>
      <div role="button" aria-label="Messenger" class="top-btn">${ICON.messenger}</div>
      <div role="button" aria-label="Notifications" class="top-btn">${ICON.bell}<span class="dot">3</span></div>
      <a href="/acme" role="link" aria-label="Your profile" class="top-me">${img(ME, 40)}</a>
    </div>
  </div>
  <div class="layout">
    <nav aria-label="Shortcuts" class="left">
      ${SHORTCUTS.map(([id, label, href]) => `<a href="${href}" role="link" class="shortcut">${USERS[id] ? img(id, 36) : `<span class="sc-icon">${ICON[id]}</span>`}<span>${esc(label)}</span></a>`).join('')}
    </nav>
    <div role="main" class="centre"><div id="view"></div></div>
    <div role="complementary" aria-label="Contacts" class="right">
      <h3 class="rail-title">Sponsored</h3>
      <a href="/acmehomesecurity" role="link" class="rail-ad"><span class="rail-ad-art"></span><span><strong>Acme Cam 2</strong><br><span class="muted">acme.example</span></span></a>
      <hr>
      <h3 class="rail-title">Contacts</h3>
      ${CONTACTS.map((id) => `<div class="contact">${img(id, 36)}<span>${esc(USERS[id].name)}</span></div>`).join('')}
    </div>
  </div>`;
}

// ---- Routes ----------------------------------------------------------------------------

const feedHtml = (list, start = 1) =>
  `<div role="feed"><h3 class="sr">News Feed posts</h3>${list.map((post, i) => storyHtml(post, start + i)).join('')}</div>`;

function notFoundHtml() {
  return '<div class="card empty"><h2>This content isn\'t available right now</h2><p class="muted">The demo has no such page.</p><a href="/" role="link" class="blue-btn">Go to News Feed</a></div>';
}

/** What a path shows: the feed, a post's page, a group, a profile or page. */
function viewHtml(url) {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/home.php') return createPostHtml() + feedHtml(POSTS);
  const groupPost = /^\/groups\/([^/]+)\/posts\/(\d+)$/.exec(path);
  if (groupPost && posts.get(groupPost[2])) {
    return groupHeadHtml() + storyHtml(posts.get(groupPost[2]), 0, 'article');
  }
  if (path === `/groups/${GROUP.id}`) return groupHeadHtml() + feedHtml(GROUP_POSTS);
  const postPage = /^\/([^/]+)\/posts\/([A-Za-z0-9]+)$/.exec(path);
  if (postPage && posts.get(postPage[2])) {
    const post = posts.get(postPage[2]);
    post.composerOpen = true;
    return storyHtml(post, 0, 'article');
  }
  const person = path === '/profile.php' ? url.searchParams.get('id') : path.slice(1);
  if (person && USERS[person]) {
    const own = [...posts.values()].filter((post) => post.by === person && !post.group);
    return profileHeadHtml(person) + feedHtml(own);
  }
  return notFoundHtml();
}

function render() {
  appended = 0;
  document.getElementById('view').innerHTML = viewHtml(new URL(location.href));
  document.title = location.pathname === '/' ? 'Facebook' : `${document.querySelector('h1')?.textContent?.trim() ?? 'Post'} | Facebook`;
  window.scrollTo(0, 0);
}

function navigate(href) {
  history.pushState(null, '', href);
  render();
}
window.addEventListener('popstate', render);

// ---- Comment boxes ---------------------------------------------------------------------

const storyOf = (el) => el.closest('[data-demo-post]');
const postOf = (el) => posts.get(storyOf(el)?.dataset.demoPost);
const editorOf = (composer) => composer.querySelector('[data-lexical-editor]');

function focusEnd(editor) {
  editor.focus();
  const range = document.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The story's own box: Facebook opens it under the comments on "Comment". */
function openPostBox(story) {
  let composer = story.querySelector('.ufi > [data-demo-composer="post"]');
  if (!composer) {
    postOf(story).composerOpen = true;
    story.querySelector('.ufi').insertAdjacentHTML('beforeend', composerHtml('post', 'Comment as Acme'));
    composer = story.querySelector('.ufi > [data-demo-composer="post"]');
  }
  focusEnd(editorOf(composer));
}

/** A reply box at the end of the comment's thread (one per thread). */
function openReplyBox(threadItem) {
  let composer = threadItem.querySelector('[data-demo-composer="reply"]');
  if (!composer) {
    const name = USERS[commentOf(postOf(threadItem), threadItem.dataset.demoThread)?.by]?.name ?? '';
    threadItem.querySelector('.thread').insertAdjacentHTML('beforeend', composerHtml('reply', `Reply to ${name}…`));
    composer = threadItem.querySelector('[data-demo-composer="reply"]');
  }
  focusEnd(editorOf(composer));
}

const commentOf = (post, id) => post?.thread.find((comment) => comment.id === id);

const textOf = (editor) => editor.innerText.replace(/\u00a0/g, ' ').trim();

function refresh(composer) {
  const empty = textOf(editorOf(composer)) === '';
  composer.classList.toggle('has-text', !empty);
  composer.querySelector('.send').setAttribute('aria-disabled', String(empty));
}

/** Posts what the box holds into its thread or under the story, then clears the box. */
function submit(composer) {
  const editor = editorOf(composer);
  const text = textOf(editor);
  const post = postOf(composer);
  if (!text || !post) return;
  const comment = { id: nextCommentId(), by: ME, time: 'Just now', text, replies: [] };
  const threadItem = composer.closest('[data-demo-thread]');
  if (threadItem) {
    const parent = commentOf(post, threadItem.dataset.demoThread);
    parent.replies.push(comment);
    threadItem.querySelector('.replies').insertAdjacentHTML('beforeend', `<li>${commentHtml(post, comment, parent)}</li>`);
    composer.remove();
    sent.push({ postId: post.id, inReplyTo: parent.id, text });
    return;
  }
  post.thread.push(comment);
  post.comments = Number(post.comments ?? 0) + 1;
  const story = storyOf(composer);
  story.querySelector('.thread-list').insertAdjacentHTML('beforeend', threadHtml(post, comment));
  const shown = story.querySelector('.comments-count span');
  if (shown) shown.textContent = `${post.comments} comments`;
  editor.innerHTML = '<p dir="auto"><br></p>';
  refresh(composer);
  sent.push({ postId: post.id, inReplyTo: null, text });
}

/** "See more": the whole text, in place. */
function seeMore(button) {
  const post = postOf(button);
  const commentEl = button.closest('[data-demo-comment]');
  if (commentEl) {
    const threadId = commentEl.closest('[data-demo-thread]')?.dataset.demoThread;
    const comment = commentOf(post, threadId);
    if (comment?.more) button.parentElement.textContent = comment.more;
    return;
  }
  if (!post?.more) return;
  post.expanded = true;
  storyOf(button).querySelector('[data-ad-preview="message"]').innerHTML = post.more
    .map((line) => `<div dir="auto" style="text-align: start;">${esc(line)}</div>`)
    .join('');
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const control = target.closest('[role="button"], a[href]');
  if (!control) return;
  if (control.matches('a[href]')) {
    const url = new URL(control.href, location.href);
    if (url.origin !== location.origin || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
    return;
  }
  if (control.matches('[data-ad-rendering-role="comment_button"]')) openPostBox(storyOf(control));
  else if (control.matches('.c-reply')) openReplyBox(control.closest('[data-demo-thread]'));
  else if (control.matches('.send') && control.getAttribute('aria-disabled') !== 'true') {
    submit(control.closest('[data-demo-composer]'));
  } else if (control.matches('.see-more')) seeMore(control);
  else if (control.matches('[data-ad-rendering-role="like_button"], .c-like')) {
    control.classList.toggle('liked');
    control.setAttribute('aria-pressed', String(control.classList.contains('liked')));
  }
});

document.addEventListener('keydown', (event) => {
  const editor = event.target instanceof Element ? event.target.closest('[data-lexical-editor]') : null;
  if (!editor || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  // Lexical's comment box: plain Enter posts, Shift+Enter is a new line.
  event.preventDefault();
  submit(editor.closest('[data-demo-composer]'));
});

document.addEventListener('input', (event) => {
  const composer = event.target instanceof Element ? event.target.closest('[data-demo-composer]') : null;
  if (composer) refresh(composer);
});

// ---- Start, and the test hook ----------------------------------------------------------

root.innerHTML = shellHtml();
render();

/** Adds n new distinct posts to the feed, as scrolling does (one template, no layout reads). */
function appendPosts(n) {
  const feed = document.querySelector('[role="feed"]');
  if (!feed) return 0;
  const start = feed.querySelectorAll(':scope > [aria-posinset]').length + 1;
  const batch = Array.from({ length: n }, (_, i) => generatedPost(appended + i + 1));
  appended += n;
  for (const post of batch) posts.set(post.id, post);
  feed.insertAdjacentHTML('beforeend', batch.map((post, i) => storyHtml(post, start + i)).join(''));
  return n;
}

window.__demo = {
  appendPosts,
  navigate,
  /** Comments and replies posted from this page's boxes, oldest first. */
  sent: () => sent.map((comment) => ({ ...comment })),
  /** Where a post lives, for tests that open its page. */
  postPath: (id) => (posts.get(id) ? postPath(posts.get(id)) : null),
  profilePath,
};

// The demo YouTube site's behaviour: a single-page app like youtube.com. Routes render from
// location (the server answers every extensionless path with index.html), links navigate
// with history.pushState, and the comment boxes work as YouTube's do: the "Add a comment…"
// placeholder expands into a box, a comment's Reply opens a dialog inside that comment,
// and Comment / Reply post into the thread and close the box.
//
// Test hook: window.__demo (see the bottom of this file).
import { ME, VIDEOS, commentId, generatedComment, replyId } from './data.js';
import { ICON } from './icons.js';
import {
  commentBoxHtml, commentHtml, descriptionHtml, homeHtml, mastheadHtml, replyDialogHtml, threadHtml,
  watchHtml,
} from './render.js';

const root = document.getElementById('app');
root.innerHTML = `${mastheadHtml()}<div id="page-manager"></div>`;
const pages = document.getElementById('page-manager');

/** The video on screen, and what was posted from this page session (for tests). */
let current = null;
const sent = [];
let generated = 0;
let posted = 0;

// ---- Routes ----------------------------------------------------------------------------

function render() {
  const url = new URL(location.href);
  const id = url.pathname === '/watch' ? url.searchParams.get('v') : null;
  current = id ? (VIDEOS[id] ?? null) : null;
  if (current) {
    pages.innerHTML = watchHtml(current);
    document.title = `${current.title} - YouTube`;
    highlight(url.searchParams.get('lc'));
  } else if (url.pathname === '/' && !id) {
    pages.innerHTML = homeHtml();
    document.title = 'YouTube';
  } else {
    pages.innerHTML = `<div class="unavailable"><h2>This video isn't available anymore</h2><a class="pill grey" href="/">Go to home</a></div>`;
    document.title = 'YouTube';
  }
  window.scrollTo(0, 0);
}

/** A comment's link (lc=) shows that comment first, as YouTube's "Highlighted comment". */
function highlight(lc) {
  const link = lc && pages.querySelector(`#published-time-text a[href$="lc=${CSS.escape(lc)}"], .published-time-text a[href$="lc=${CSS.escape(lc)}"]`);
  const comment = link?.closest('ytd-comment-view-model, ytd-comment-renderer');
  const thread = comment?.closest('ytd-comment-thread-renderer');
  if (!comment || !thread) return;
  thread.parentElement.prepend(thread);
  comment.insertAdjacentHTML('afterbegin', '<div id="linked-comment-badge"><span class="linked">Highlighted comment</span></div>');
}

function navigate(href) {
  history.pushState({}, '', href);
  render();
}

window.addEventListener('popstate', render);

// ---- Comment boxes ------------------------------------------------------------------------

const older = () => current?.markup === 'renderer';
const itemOf = (el) => el.closest('ytd-comment-view-model, ytd-comment-renderer');

/** The box above the comments: the placeholder expands into a comment box. */
function openTopBox(simplebox) {
  if (!simplebox.querySelector('ytd-commentbox')) {
    simplebox.querySelector('#placeholder-area').hidden = true;
    simplebox.querySelector(':scope > #author-thumbnail').hidden = true;
    simplebox.insertAdjacentHTML('beforeend', commentBoxHtml());
  }
  simplebox.querySelector('#contenteditable-root').focus();
}

/** A comment's Reply: a dialog inside that comment; replying to a reply starts with "@handle ". */
function openReplyDialog(comment) {
  const place = comment.querySelector('#reply-dialog');
  if (!place.firstElementChild) {
    const isReply = comment.hasAttribute('is-reply');
    const handle = comment.querySelector('#author-text')?.getAttribute('href')?.replace(/^\/@?/, '') ?? '';
    place.innerHTML = replyDialogHtml(isReply && handle ? `@${handle} ` : '');
  }
  const editor = place.querySelector('#contenteditable-root');
  editor.focus();
  // The caret after any "@handle " the dialog starts with.
  getSelection()?.selectAllChildren(editor);
  getSelection()?.collapseToEnd();
}

function closeBox(box) {
  const simplebox = box.closest('ytd-comment-simplebox-renderer');
  if (simplebox) {
    simplebox.querySelector('#placeholder-area').hidden = false;
    simplebox.querySelector(':scope > #author-thumbnail').hidden = false;
    box.remove();
  } else {
    box.closest('ytd-comment-reply-dialog-renderer')?.remove();
  }
}

/** The send button is enabled only while the box has text, as on YouTube. */
function updateSubmit(box) {
  const button = box.querySelector('#submit-button button');
  const empty = !box.querySelector('#contenteditable-root').innerText.trim();
  button.disabled = empty;
  button.setAttribute('aria-disabled', String(empty));
}

const mine = (text, id) => ({ id, ...ME, age: '1 second ago', likes: 0, text });

function submit(box) {
  const text = box.querySelector('#contenteditable-root').innerText.trim();
  if (!text || !current) return;
  const comment = box.closest('ytd-comment-reply-dialog-renderer') && itemOf(box);
  if (comment) postReply(comment, text);
  else postComment(text);
  closeBox(box);
}

function postComment(text) {
  const id = commentId(900000 + ++posted);
  pages.querySelector('ytd-comments #contents').insertAdjacentHTML('afterbegin', threadHtml(mine(text, id), current.id, older()));
  const count = pages.querySelector('ytd-comments-header-renderer #count span');
  count.textContent = (Number(count.textContent.replace(/\D/g, '')) + 1).toLocaleString('en-US');
  sent.push({ text, postId: `video:${current.id}`, id: `comment:${id}` });
}

/** A reply joins the thread of the comment it answers (YouTube's threads are one level). */
function postReply(comment, text) {
  const thread = comment.closest('ytd-comment-thread-renderer');
  const top = thread.querySelector('#published-time-text a, .published-time-text a').getAttribute('href');
  const parentId = new URL(top, location.origin).searchParams.get('lc').split('.')[0];
  const answered = new URL(comment.querySelector('#published-time-text a, .published-time-text a').href).searchParams.get('lc');
  const id = replyId(parentId, ++posted);
  let renderer = thread.querySelector('ytd-comment-replies-renderer');
  if (!renderer) {
    thread.querySelector('#replies').innerHTML = `<ytd-comment-replies-renderer modern=""><div id="expander"><div class="expander-header"><div class="more-button" hidden=""><ytd-button-renderer id="more-replies"><yt-button-shape><button class="pill replies-toggle"></button></yt-button-shape></ytd-button-renderer></div><div class="less-button"><ytd-button-renderer id="less-replies"><yt-button-shape><button class="pill replies-toggle"></button></yt-button-shape></ytd-button-renderer></div></div><div id="expander-contents"><div id="contents"></div></div></div></ytd-comment-replies-renderer>`;
    renderer = thread.querySelector('ytd-comment-replies-renderer');
  }
  renderer.querySelector('#contents').insertAdjacentHTML('beforeend', commentHtml(mine(text, id), current.id, { older: older(), reply: true }));
  showReplies(renderer, true);
  const n = renderer.querySelector('#contents').children.length;
  const label = `${n} ${n === 1 ? 'reply' : 'replies'}`;
  for (const button of renderer.querySelectorAll('.replies-toggle')) {
    button.setAttribute('aria-label', label);
    button.innerHTML = `${button.closest('#less-replies') ? ICON.chevronUp : ICON.chevronDown}<span role="text">${label}</span>`;
  }
  sent.push({ text, postId: `comment:${answered}`, id: `comment:${id}` });
}

function showReplies(renderer, open) {
  renderer.querySelector('.more-button').hidden = open;
  renderer.querySelector('.less-button').hidden = !open;
  renderer.querySelector('#expander-contents').hidden = !open;
}

/** "Read more" / "Show less" under a long comment. */
function toggleText(expander, open) {
  expander.toggleAttribute('collapsed', !open);
  const more = expander.querySelector('#more, .more-button');
  const less = expander.querySelector('#less');
  if (more) more.hidden = open;
  if (less) less.hidden = !open;
}

function toggleDescription(open) {
  const inline = pages.querySelector('#description-inline-expander');
  inline.outerHTML = descriptionHtml(current, open);
}

// ---- Events ---------------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const link = target.closest('a[href]');
  if (link && link.origin === location.origin && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    if (link.pathname === '/' || link.pathname === '/watch') navigate(link.href);
    return;
  }
  const control = (selector) => target.closest(selector);
  let el;
  if ((el = control('#placeholder-area'))) openTopBox(el.closest('ytd-comment-simplebox-renderer'));
  else if ((el = control('#reply-button-end button, #reply-button-end tp-yt-paper-button'))) openReplyDialog(itemOf(el));
  else if ((el = control('#cancel-button button'))) closeBox(el.closest('ytd-commentbox'));
  else if ((el = control('#submit-button button'))) {
    if (!el.disabled) submit(el.closest('ytd-commentbox'));
  } else if ((el = control('#more-replies button'))) showReplies(el.closest('ytd-comment-replies-renderer'), true);
  else if ((el = control('#less-replies button'))) showReplies(el.closest('ytd-comment-replies-renderer'), false);
  else if ((el = control('ytd-expander #more, ytd-expander .more-button'))) toggleText(el.closest('ytd-expander'), true);
  else if ((el = control('ytd-expander #less'))) toggleText(el.closest('ytd-expander'), false);
  else if (control('#description-inline-expander #expand, #description #snippet')) toggleDescription(true);
  else if (control('#description-inline-expander #collapse')) toggleDescription(false);
  else if ((el = control('#like-button button, #dislike-button button, like-button-view-model button, dislike-button-view-model button'))) {
    el.setAttribute('aria-pressed', String(el.getAttribute('aria-pressed') !== 'true'));
  } else if ((el = control('#subscribe-button button'))) {
    el.textContent = el.textContent === 'Subscribe' ? 'Subscribed' : 'Subscribe';
    el.classList.toggle('dark');
    el.classList.toggle('grey');
  }
});

document.addEventListener('input', (event) => {
  const box = event.target instanceof Element ? event.target.closest('ytd-commentbox') : null;
  if (box) updateSubmit(box);
});

render();

// ---- Test hook ------------------------------------------------------------------------------

window.__demo = {
  /** Appends n new comment threads, in one insertion (the benchmark's 1,000 in batches of 50). */
  appendPosts(n) {
    if (!current) return;
    const html = Array.from({ length: n }, () => threadHtml(generatedComment(++generated), current.id, older()));
    pages.querySelector('ytd-comments #contents').insertAdjacentHTML('beforeend', html.join(''));
  },
  navigate,
  /** Comments and replies posted from this page's boxes, oldest first. */
  sent: () => sent.map((each) => ({ ...each })),
};

// The demo of old Reddit (old.reddit.com): a subreddit listing and a comments page with the
// markup old Reddit serves (.thing[data-fullname][data-author][data-permalink], .entry,
// .tagline, .usertext-body .md, nested .child listings; notes/site-dom.md §5 and
// test/fixtures/reddit/old-*.html). Old Reddit is server-rendered; here the same HTML is
// built from the route, and links reload the page as on old Reddit. Its forms work like old
// Reddit's: "reply" puts a form under the comment, "save" posts into the thread.
//
// Test hook: window.__demo (see the bottom of this file).
import { AD, COMMUNITY, ME, NOW, SEED_POSTS, generatedPost, lookupPost } from './data.js';

const esc = (text) => String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** "5 hours ago", "2 days ago": old Reddit's words. */
function ago(at) {
  const minutes = Math.max(0, Math.round((NOW - at) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}

const isoOf = (at) => new Date(at).toISOString().replace(/\.\d{3}Z$/, '+00:00');
const time = (at, cls = 'live-timestamp') =>
  `<time title="${esc(new Date(at).toUTCString())}" datetime="${isoOf(at)}" class="${cls}">${ago(at)}</time>`;
const points = (n) => `${n} point${n === 1 ? '' : 's'}`;
const shortScore = (n) => (n >= 10_000 ? `${(n / 1000).toFixed(1)}k` : String(n));
const countAll = (comments) => comments.reduce((n, c) => n + 1 + countAll(c.replies), 0);
const markdown = (lines) => `<div class="md">${lines.map((line) => `<p>${esc(line)}</p>`).join('')}</div>`;
const pathOf = (post) => `/r/${COMMUNITY.name}/comments/${post.id}/${post.slug}/`;
const userLink = (name, cls = '') =>
  `<a href="https://old.reddit.com/user/${name}" class="author may-blank${cls}">${esc(name)}</a>`;

/** Posts and comments as changed on this page (comments written here), by id. */
const live = new Map();
function livePost(id) {
  if (!live.has(id)) {
    const post = lookupPost(id);
    if (!post) return null;
    live.set(id, structuredClone(post));
  }
  return live.get(id);
}
const sent = [];
let written = 0;
let generated = 0;
let rank = 0;

// ---- Links ----------------------------------------------------------------------------

function linkHtml(post, { page = false } = {}) {
  const self = post.type === 'text';
  const count = countAll(post.comments);
  const thumb = self
    ? '<a class="thumbnail self may-blank" href="#" aria-hidden="true"></a>'
    : `<a class="thumbnail may-blank" href="${pathOf(post)}"><span class="thumb-img" style="background:${post.image.color}"></span></a>`;
  const expando = page
    ? `<div class="expando"><form action="#" class="usertext warn-on-unload"><input type="hidden" name="thing_id" value="t3_${post.id}"><div class="usertext-body may-blank-within md-container">${markdown(post.body)}</div></form></div>`
    : self && post.body.length
      ? '<div class="expando expando-uninitialized" style="display: none"><span class="error">loading...</span></div>'
      : '';
  return (
    `<div class="thing id-t3_${post.id} ${++rank % 2 ? 'odd' : 'even'} link${self ? ' self' : ''}" id="thing_t3_${post.id}" data-fullname="t3_${post.id}" data-type="link" ` +
    `data-author="${post.author}" data-subreddit="${COMMUNITY.name}" data-permalink="${pathOf(post)}" data-timestamp="${post.at}" data-score="${post.score}" data-comments-count="${count}" data-promoted="false">` +
    `<p class="parent"></p>${page ? '' : `<span class="rank">${rank}</span>`}` +
    `<div class="midcol unvoted"><div class="arrow up" role="button" aria-label="upvote" tabindex="0"></div><div class="score unvoted" title="${post.score}">${shortScore(post.score)}</div><div class="arrow down" role="button" aria-label="downvote" tabindex="0"></div></div>` +
    `${thumb}<div class="entry unvoted"><div class="top-matter">` +
    `<p class="title"><a class="title may-blank" href="${pathOf(post)}">${esc(post.title)}</a> ${post.flair ? `<span class="linkflairlabel">${esc(post.flair)}</span> ` : ''}<span class="domain">(<a href="/r/${COMMUNITY.name}/">${self ? `self.${COMMUNITY.name}` : 'i.redd.it'}</a>)</span></p>` +
    `${!page && self && post.body.length ? '<div class="expando-button hide-when-pinned selftext collapsed"></div>' : ''}` +
    `<p class="tagline">submitted ${time(post.at)} by ${userLink(post.author)}<span class="userattrs"></span> to <a href="/r/${COMMUNITY.name}/" class="subreddit hover may-blank">r/${COMMUNITY.name}</a></p>` +
    `<ul class="flat-list buttons"><li class="first"><a href="${pathOf(post)}" class="bylink comments may-blank" rel="nofollow">${count ? `${count} comment${count === 1 ? '' : 's'}` : 'comment'}</a></li>` +
    `<li class="share"><a class="post-sharing-button" href="#">share</a></li><li><a href="#">save</a></li><li><a href="#">hide</a></li><li><a href="#">report</a></li></ul>` +
    `</div>${expando}</div><div class="child"></div><div class="clearleft"></div></div>`
  );
}

function adLinkHtml() {
  return (
    `<div class="thing id-t3_${AD.id} promotedlink promoted link" id="thing_t3_${AD.id}" data-fullname="t3_${AD.id}" data-type="link" data-author="${AD.author}" ` +
    `data-permalink="/user/${AD.author}/comments/${AD.id}/switch_to_acme_mobile/" data-promoted="true" data-score="${AD.score}" data-comments-count="${AD.comments}">` +
    `<div class="midcol unvoted"><div class="arrow up" role="button" aria-label="upvote"></div><div class="score unvoted" title="${AD.score}">${AD.score}</div><div class="arrow down" role="button" aria-label="downvote"></div></div>` +
    `<a class="thumbnail may-blank" href="${AD.url}"><span class="thumb-img ad"></span></a>` +
    `<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank" href="${AD.url}">${esc(AD.title)}</a> <span class="domain">(mobile.acme.example)</span></p>` +
    `<p class="tagline">promoted by ${userLink(AD.author)}</p><ul class="flat-list buttons"><li class="first"><a class="comments" href="#">${AD.comments} comments</a></li><li><span class="promoted-tag">sponsored</span></li></ul></div></div><div class="child"></div><div class="clearleft"></div></div>`
  );
}

// ---- Comments -------------------------------------------------------------------------

const replyFormHtml = (thingId, cls = '') =>
  `<form action="#" class="usertext cloneable warn-on-unload${cls}"><input type="hidden" name="thing_id" value="${thingId}">` +
  `<div class="usertext-edit md-container"><div class="md"><textarea rows="1" cols="1" name="text"></textarea></div>` +
  `<div class="bottom-area"><div class="usertext-buttons"><button type="submit" class="save">save</button>` +
  `<button type="button" class="cancel"${cls ? ' style="display:none"' : ''}>cancel</button></div></div></div></form>`;

function commentHtml(comment, post) {
  const id = `t1_${comment.id}`;
  const link = `${pathOf(post)}${comment.id}/`;
  const submitter = comment.author === post.author;
  return (
    `<div class="thing id-${id} noncollapsed comment" id="thing_${id}" data-fullname="${id}" data-type="comment" data-author="${comment.author}" data-subreddit="${COMMUNITY.name}" data-permalink="${link}">` +
    `<p class="parent"><a name="${comment.id}"></a></p><div class="midcol unvoted"><div class="arrow up" role="button" aria-label="upvote"></div><div class="arrow down" role="button" aria-label="downvote"></div></div>` +
    `<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand">[–]</a>${userLink(comment.author, submitter ? ' submitter' : '')}` +
    `${comment.author === ME ? '<span class="flair">Acme Team</span>' : ''}<span class="userattrs">${submitter ? ' [<a class="submitter" title="submitter" href="#">S</a>]' : ''}</span> ` +
    `<span class="score unvoted" title="${comment.score}">${points(comment.score)}</span> ${time(comment.at)}</p>` +
    `<form action="#" class="usertext warn-on-unload"><input type="hidden" name="thing_id" value="${id}"><div class="usertext-body may-blank-within md-container">${markdown(comment.text.split('\n').filter(Boolean))}</div></form>` +
    `<ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com${link}" class="bylink" rel="nofollow">permalink</a></li><li><a href="#">embed</a></li><li><a href="#">save</a></li>` +
    `<li><a href="#">report</a></li><li class="reply-button"><a class="access-required" href="javascript:void(0)" data-event-action="comment">reply</a></li></ul></div>` +
    `<div class="child">${comment.replies.length ? `<div class="sitetable listing">${comment.replies.map((reply) => commentHtml(reply, post)).join('')}</div>` : ''}</div>` +
    `<div class="clearleft"></div></div>`
  );
}

// ---- Pages ----------------------------------------------------------------------------

const content = () => document.getElementById('content');

function listingPage() {
  document.title = COMMUNITY.name;
  rank = 0;
  const links = SEED_POSTS.map((post) => linkHtml(livePost(post.id)));
  content().innerHTML =
    `<div class="spacer"><div class="sitetable linklisting" id="siteTable">${adLinkHtml()}${links.join('')}</div></div>` +
    `<div class="nav-buttons"><span class="nextprev">view more: <a href="#">next ›</a></span></div>`;
}

function commentsPage(id) {
  const post = livePost(id);
  if (!post) return notFound();
  document.title = `${post.title} : ${COMMUNITY.name}`;
  document.body.classList.add('comments-page');
  const count = countAll(post.comments);
  content().innerHTML =
    `<div class="sitetable linklisting" id="siteTable">${linkHtml(post, { page: true })}</div>` +
    `<div class="commentarea"><div class="panestack-title"><span class="title">all ${count} comments</span></div>` +
    `<div class="menuarea"><span class="dropdown-title lightdrop">sorted by: </span><span class="selected">best</span></div>` +
    `${replyFormHtml(`t3_${post.id}`, ' top-form')}` +
    `<div class="sitetable nestedlisting" id="siteTable_t3_${post.id}">${post.comments.map((c) => commentHtml(c, post)).join('')}</div></div>`;
}

function notFound() {
  document.title = 'reddit.com: page not found';
  content().innerHTML = '<div class="not-found"><h1>page not found</h1><p>the page you requested does not exist</p></div>';
}

// ---- Forms ----------------------------------------------------------------------------

function findComment(comments, id) {
  for (const comment of comments) {
    if (comment.id === id) return comment;
    const found = findComment(comment.replies, id);
    if (found) return found;
  }
  return null;
}

/** Posts a form's text into the thread, as old Reddit's "save" does. */
function save(form) {
  const textarea = form.querySelector('textarea');
  const text = textarea.value.trim();
  const link = document.querySelector('.thing.link');
  if (!text || !link) return;
  const post = livePost(link.dataset.fullname.slice(3));
  const mine = { id: `n${(Date.now() % 1e9).toString(36)}${(written++).toString(36)}`, author: ME, at: Date.now(), score: 1, text, replies: [] };
  const parent = form.closest('.thing.comment');
  if (parent) {
    findComment(post.comments, parent.dataset.fullname.slice(3)).replies.unshift(mine);
    const child = parent.querySelector(':scope > .child');
    form.remove();
    let listing = child.querySelector(':scope > .sitetable');
    if (!listing) {
      child.insertAdjacentHTML('beforeend', '<div class="sitetable listing"></div>');
      listing = child.querySelector(':scope > .sitetable');
    }
    listing.insertAdjacentHTML('afterbegin', commentHtml(mine, post));
    sent.push({ text, replyTo: parent.dataset.fullname });
  } else {
    post.comments.unshift(mine);
    textarea.value = '';
    document.querySelector('.nestedlisting').insertAdjacentHTML('afterbegin', commentHtml(mine, post));
    sent.push({ text, replyTo: link.dataset.fullname });
  }
  document.querySelector('.panestack-title .title').textContent = `all ${countAll(post.comments)} comments`;
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const reply = target?.closest('.reply-button a');
  if (reply) {
    event.preventDefault();
    const thing = reply.closest('.thing');
    const child = thing.querySelector(':scope > .child');
    let form = child.querySelector(':scope > form');
    if (!form) {
      child.insertAdjacentHTML('afterbegin', replyFormHtml(thing.dataset.fullname));
      form = child.querySelector(':scope > form');
    }
    form.querySelector('textarea').focus();
    return;
  }
  const cancel = target?.closest('.usertext-buttons .cancel');
  if (cancel) return cancel.closest('form').remove();
  if (target?.closest('a[href="#"], a[href^="javascript:"]')) event.preventDefault();
});

document.addEventListener('submit', (event) => {
  event.preventDefault();
  if (event.target instanceof HTMLFormElement && event.target.matches('form.usertext')) save(event.target);
});

// ---- Start ----------------------------------------------------------------------------

/** Appends n generated links to the listing (rendered first when elsewhere), synchronously. */
function appendPosts(n) {
  if (!document.querySelector('.linklisting') || document.body.classList.contains('comments-page')) {
    history.replaceState(null, '', `/r/${COMMUNITY.name}/`);
    document.body.classList.remove('comments-page');
    listingPage();
  }
  const posts = Array.from({ length: n }, () => generatedPost(generated++));
  document.getElementById('siteTable').insertAdjacentHTML('beforeend', posts.map((post) => linkHtml(post)).join(''));
  return posts.map((post) => `t3_${post.id}`);
}

const path = location.pathname;
const route = /^\/r\/acme\/comments\/([a-z0-9]+)(?:\/|$)/i.exec(path);
if (route) commentsPage(route[1]);
else if (path === '/' || /^\/r\/acme\/?(?:(?:hot|new|rising|controversial|top)\/?)?$/i.test(path)) listingPage();
else notFound();

/** For tests and the benchmark. */
window.__demo = {
  appendPosts,
  /** Comments saved from this page's forms, oldest first: { text, replyTo } (a fullname). */
  sent: () => sent.map((entry) => ({ ...entry })),
};

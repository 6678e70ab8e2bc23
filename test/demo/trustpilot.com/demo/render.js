// Markup of the demo Trustpilot site. It follows what Casebook's adapter reads (notes/
// site-dom.md §7 and test/fixtures/trustpilot/): cards article[data-service-review-card-paper],
// [data-consumer-name-typography], [data-service-review-text-typography], the title in the
// review's own link /reviews/<id>, [data-service-review-rating] with "Rated N out of 5 stars",
// time[datetime], and the reviewer's /users/<id> link. Class names are readable here.
import { COMPANY, NOW } from './data.js';

export const esc = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Trustpilot's colours: one per star rating (red, orange, yellow, light green, green). */
const STAR_COLOURS = ['#ff3722', '#ff8622', '#ffce00', '#73cf11', '#00b67a'];
const EMPTY = '#dcdce6';
const STAR = 'M12 3.5l2.6 5.6 6 .6-4.5 4 1.3 6-5.4-3.2-5.4 3.2 1.3-6-4.5-4 6-.6z';
const starsCache = new Map();
const icon = (d) => `<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="${d}" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/></svg>`;
const THUMB = icon('M5 7v7H2V7zM5 7l3-5c1.2 0 1.8.8 1.5 2L9 6h4c.9 0 1.4.8 1.2 1.6l-1.4 5.2c-.2.7-.8 1.2-1.5 1.2H5');
const SHARE = icon('M9 2h5v5M14 2 7 9M12 10v4H2V4h4');

/** The five green (or red…) squares with a white star each, filled up to `value`. */
export function starsUrl(value) {
  const key = value.toFixed(1);
  if (!starsCache.has(key)) {
    const colour = STAR_COLOURS[Math.max(0, Math.min(4, Math.round(value) - 1))];
    let boxes = '';
    for (let i = 0; i < 5; i++) {
      const fill = Math.max(0, Math.min(1, value - i));
      boxes += `<g transform="translate(${i * 26} 0)"><rect width="24" height="24" fill="${EMPTY}"/>${fill > 0 ? `<rect width="${24 * fill}" height="24" fill="${colour}"/>` : ''}<path d="${STAR}" fill="#fff"/></g>`;
    }
    starsCache.set(key, `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 24">${boxes}</svg>`)}`);
  }
  return starsCache.get(key);
}

const avatarCache = new Map();
function pictureUrl(name, colour) {
  const key = name + colour;
  if (!avatarCache.has(key)) {
    const initials = name.split(/\s+/).map((part) => part[0]).join('').slice(0, 2).toUpperCase();
    avatarCache.set(key, `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${colour}"/><text x="32" y="41" font-family="Helvetica,Arial" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">${esc(initials)}</text></svg>`)}`);
  }
  return avatarCache.get(key);
}

const dateOf = (ago) => new Date(NOW - ago);
const shortDate = (ago) => dateOf(ago).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const longDate = (ago) => dateOf(ago).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
const initialsOf = (name) => name.split(/\s+/).map((part) => part[0]).join('').slice(0, 2).toUpperCase();

function consumer(review) {
  const face = review.picture
    ? `<img data-consumer-avatar-image="true" alt="" class="avatar" src="${pictureUrl(review.name, review.picture)}">`
    : `<span class="avatar initials">${esc(initialsOf(review.name))}</span>`;
  const inner = `<div class="avatar-wrap">${face}</div><div class="who"><span data-consumer-name-typography="true" class="name">${esc(review.name)}</span><div class="sub"><span data-consumer-country-typography="true">${review.country}</span><span aria-hidden="true">·</span><span data-consumer-reviews-count-typography="true">${review.count} ${review.count === 1 ? 'review' : 'reviews'}</span></div></div>`;
  return `<aside aria-label="Info for ${esc(review.name)}" class="consumer">${
    review.user
      ? `<a href="/users/${review.user}" rel="nofollow" name="consumer-profile" data-consumer-profile-link="true" class="consumer-link">${inner}</a>`
      : `<div class="consumer-link">${inner}</div>`
  }</aside>`;
}

function replyBlock(reply) {
  return `<div class="reply"><div class="reply-info"><div class="company-mini" aria-hidden="true">A</div><p>Reply from <b>${esc(COMPANY.name)}</b></p><time datetime="${dateOf(reply.ago).toISOString()}" title="${longDate(reply.ago)}">${shortDate(reply.ago)}</time></div><p data-service-review-business-reply-text-typography="true">${esc(reply.text)}</p></div>`;
}

/** A review card; `whole` shows a long text in full (a review's own page). */
export function reviewCardHtml(review, { whole = false } = {}) {
  const cut = !whole && review.cut && review.text.length > review.cut;
  const text = cut ? `${review.text.slice(0, review.text.lastIndexOf(' ', review.cut))}…` : review.text;
  return `<article data-service-review-card-paper="true" class="card" data-review="${review.id}">
  <div class="card-inner">
    ${consumer(review)}
    <section class="content-wrap">
      <div class="review-header">
        <div data-service-review-rating="${review.rating}" class="star-rating"><img alt="Rated ${review.rating} out of 5 stars" class="stars" src="${starsUrl(review.rating)}"></div>
        <div class="date"><time datetime="${dateOf(review.ago).toISOString()}" data-service-review-date-time-ago="true" title="${longDate(review.ago)}">${shortDate(review.ago)}</time></div>
      </div>
      <div class="review-content" data-review-content="true" lang="${review.lang ?? 'en'}">
        <a href="/reviews/${review.id}" rel="nofollow" target="_self" data-review-title-typography="true" class="title-link"><h2 data-service-review-title-typography="true" class="title">${esc(review.title)}</h2></a>
        <p data-service-review-text-typography="true" class="text">${esc(text)}</p>
        ${cut ? '<button type="button" class="see-more">See more</button>' : ''}
        <p data-service-review-date-of-experience-typography="true" class="experience"><b>Date of experience:</b> ${longDate(review.experience)}</p>
      </div>
    </section>
    <div class="review-actions"><button type="button" data-review-like-button="true" class="action">${THUMB}<span>Useful</span></button><button type="button" class="action">${SHARE}<span>Share</span></button><span class="spacer"></span><a href="/reviews/${review.id}/report" rel="nofollow" aria-label="Report review" class="flag">⚑</a></div>
    ${review.reply ? replyBlock(review.reply) : ''}
  </div>
</article>`;
}

export function companyHeaderHtml() {
  return `<section class="business">
    <div class="business-inner">
      <div class="logo-box" aria-hidden="true">A</div>
      <div class="business-text">
        <div class="claimed">✔ Claimed profile</div>
        <h1><span class="company-name">${esc(COMPANY.name)}</span></h1>
        <p class="reviews-line">Reviews ${COMPANY.total.toLocaleString('en-US')} · <b>Great</b></p>
        <div class="score-line"><img alt="TrustScore ${Math.round(COMPANY.score)} out of 5" class="stars big" src="${starsUrl(COMPANY.score)}"><span class="score">${COMPANY.score}</span></div>
        <p class="category"><a href="/categories/internet_service_provider">${esc(COMPANY.category)}</a></p>
      </div>
      <a href="https://${COMPANY.domain}" rel="noopener" target="_blank" class="visit"><span>${COMPANY.domain}</span><span class="muted">Visit this website</span></a>
    </div>
  </section>`;
}

export function summaryHtml() {
  return `<aside class="summary">
    <div class="box"><h2>${COMPANY.score} <span class="muted small">out of 5</span></h2><p class="muted small">${COMPANY.total.toLocaleString('en-US')} reviews</p>
      ${COMPANY.split.map((share, i) => `<div class="bar-row"><span>${5 - i}-star</span><div class="bar"><div style="width:${share}%;background:${STAR_COLOURS[4 - i]}"></div></div><span class="muted">${share}%</span></div>`).join('')}
    </div>
    <div class="box"><a href="/evaluate/${COMPANY.domain}" class="write">Write a review</a></div>
  </aside>`;
}

// The demo Trustpilot site's behaviour: a company's review page at /review/acme.example
// and a review's own page at /reviews/<id>, rendered from location.pathname (the server
// answers every extensionless path with index.html). "See more" shows a cut review whole.
// There is no reply box: companies answer from Trustpilot Business, not from this page.
//
// Test hook: window.__demo (see the bottom of this file).
import { COMPANY, NOW, SEED_REVIEWS, generatedReview, lookupReview } from './data.js';
import { companyHeaderHtml, esc, reviewCardHtml, summaryHtml } from './render.js';

const root = document.getElementById('__next');

function shellHtml() {
  return `<header class="top">
    <div class="top-inner">
      <a href="/" aria-label="Trustpilot" class="brand"><svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><path d="M12 1.8l2.9 7.3h7.6l-6.2 4.6 2.4 7.5L12 16.6l-6.7 4.6 2.4-7.5L1.5 9.1h7.6z" fill="#00b67a"/></svg><span>Trustpilot</span></a>
      <form role="search" class="search"><input aria-label="Search for a company or category" placeholder="Search for a company or category" name="query"></form>
      <nav class="top-links"><a href="/evaluate">Write a review</a><a href="/categories">Categories</a><a href="/blog">Blog</a><a href="/users/connect">Log in</a><a href="https://business.trustpilot.com" class="for-business">For businesses</a></nav>
    </div>
  </header>
  <main class="main" id="view"></main>
  <footer class="foot">© 2026 Trustpilot A/S. Demo of Trustpilot for Casebook tests: not affiliated with Trustpilot.</footer>`;
}

let generated = 0;

function renderCompany(view) {
  view.innerHTML = `${companyHeaderHtml()}
  <div class="columns">
    ${summaryHtml()}
    <section class="reviews" aria-label="Reviews">
      <div class="filters"><span class="strong">Reviews</span><span class="chip">All stars</span><span class="chip">With replies</span><span class="chip">Most recent</span></div>
      <div class="review-list">${SEED_REVIEWS.map((review) => reviewCardHtml(review)).join('')}</div>
      <nav aria-label="Pagination" class="pages"><a href="/review/${COMPANY.domain}?page=2" rel="next" class="next">Next page</a></nav>
    </section>
  </div>`;
  document.title = `${COMPANY.name} Reviews | Read Customer Service Reviews of ${COMPANY.domain}`;
}

function renderReview(view, id) {
  const review = lookupReview(id);
  if (!review) {
    view.innerHTML = '<div class="missing"><h1>Page not found</h1><p><a href="/review/acme.example">Back to Acme Inc.</a></p></div>';
    return;
  }
  const others = SEED_REVIEWS.filter((other) => other.id !== id).slice(0, 2);
  view.innerHTML = `<nav aria-label="Breadcrumb" class="crumbs"><a href="/review/${COMPANY.domain}">${esc(COMPANY.name)}</a> › <span>Review</span></nav>
  <div class="single">${reviewCardHtml(review, { whole: true })}
    <h2 class="more-title">More reviews about ${esc(COMPANY.name)}</h2>
    ${others.map((other) => reviewCardHtml(other)).join('')}
  </div>`;
  document.title = `${review.name}'s review of ${COMPANY.name} | Trustpilot`;
}

function render() {
  const view = document.getElementById('view');
  const single = /^\/reviews\/([A-Za-z0-9]+)\/?$/.exec(location.pathname);
  if (single) renderReview(view, single[1]);
  else renderCompany(view);
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const more = target?.closest('.see-more');
  if (more) {
    const card = more.closest('article');
    const holder = document.createElement('div');
    holder.innerHTML = reviewCardHtml(lookupReview(card.dataset.review), { whole: true });
    card.querySelector('[data-service-review-text-typography]').replaceWith(holder.querySelector('[data-service-review-text-typography]'));
    more.remove();
    return;
  }
  const link = target?.closest('a[href^="/review"]');
  if (link && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    render();
    window.scrollTo(0, 0);
  }
});
addEventListener('popstate', render);

root.innerHTML = shellHtml();
render();

/** Adds n new reviews to the end of the list in one insertion (the benchmark's batches). */
function appendPosts(n) {
  const list = document.querySelector('.review-list');
  if (!list) return;
  let html = '';
  for (let i = 0; i < n; i++) html += reviewCardHtml(generatedReview(generated++));
  list.insertAdjacentHTML('beforeend', html);
}

window.__demo = { appendPosts, now: NOW };

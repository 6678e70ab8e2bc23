// Content of the demo Reddit site (new Reddit): the r/acme community, its seed posts with
// their comment threads (the fictional brand "Acme" and its customers), and a
// deterministic generator of more posts for the benchmark. Ids are Reddit-like base-36
// strings; a post's page is /r/acme/comments/<id>/<slug>/. The old Reddit demo
// (test/demo/old.reddit.com) shows the same content: its demo/data.js links to this file.

/** When the page was loaded; times are relative to it, as on a live feed. */
export const NOW = Date.now();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The signed-in account: the brand's support team. */
export const ME = 'AcmeSupport';

export const COMMUNITY = {
  name: 'acme',
  title: 'Acme Customers',
  description:
    'The unofficial community for Acme customers: orders, billing, Acme Fiber, Acme Mobile and the app. Official replies come from u/AcmeSupport.',
  members: '48K',
  online: '312',
  created: 'Mar 4, 2014',
  rules: [
    'Be civil to each other and to support staff',
    'No personal data in posts (order numbers are fine)',
    'Use the weekly thread for outage reports',
    'No referral codes or ads',
  ],
};

/** Colours of the initials avatars, per user (Reddit's default avatars are colourful). */
export const USER_COLORS = {
  AcmeSupport: '#ff4500',
  AcmeMobile: '#0079d3',
  jordan_lee: '#5c7cfa',
  maria_k: '#0ca678',
  boxwatcher: '#f08c00',
  longreads_lou: '#7048e8',
  night_owl_22: '#364fc7',
  kettle_karen: '#c2255c',
  grumpy_gus: '#495057',
  fiber_fan_88: '#2f9e44',
  tech_tina: '#ae3ec9',
  pat_the_builder: '#e8590c',
  quiet_quinn: '#1c7ed6',
};

const c = (id, author, ago, score, text, replies = []) => ({ id, author, at: NOW - ago, score, text, replies });

/** The seed feed, newest first. Each post's comments are its thread on its own page. */
const SEED = [
  {
    id: '1h2a3b4', author: 'maria_k', ago: 5 * HOUR, score: 128, flair: 'App',
    title: 'Acme app logs me out every time I switch tabs',
    body: [
      'Since the 4.2 update the Acme app forgets my login whenever I switch to another app. I have to type my password and the SMS code again, five or six times a day.',
      'Reinstalled, cleared the cache, same thing. Anyone else? Their status page says all green.',
    ],
    comments: [
      c('m0app01', 'AcmeSupport', 4 * HOUR, 41, 'Thanks for flagging this, Maria. It is a known issue with 4.2 on Android 15; a fix is in 4.2.1, rolling out this week. Signing in with a passkey avoids it meanwhile.'),
      c('m0app02', 'tech_tina', 3 * HOUR, 12, 'Same on my Pixel. The passkey trick works, thanks!'),
    ],
  },
  {
    id: '1h7k2xq', author: 'jordan_lee', ago: 2 * DAY, score: 57, flair: 'Orders',
    slug: 'order_4411_never_arrived',
    title: 'Order #4411 never arrived and support keeps closing my ticket',
    body: [
      'Ordered a toaster on Nov 2, tracking has said "label created" for two weeks.',
      'Every time I open a ticket it gets closed with a canned reply. What do I do now?',
    ],
    comments: [
      c('m0abc12', 'AcmeSupport', 2 * DAY - 50 * MINUTE, 23, 'Hi Jordan, sorry about this! Please DM us your order number and we will look into it today.', [
        c('m0abd34', 'jordan_lee', 2 * DAY - 90 * MINUTE, 8, 'Sent! It is order 4411, placed Nov 2.', [
          c('m0abe56', 'AcmeSupport', 2 * DAY - 3 * HOUR, 5, 'Thanks, a replacement ships tomorrow with express delivery.'),
        ]),
      ]),
      c('m0abf78', 'kettle_karen', 2 * DAY - 4 * HOUR, 6, 'Same here, my order from Oct 30 is stuck too. Is the warehouse in Reno having problems?'),
      c('m0abg90', 'grumpy_gus', 2 * DAY - 5 * HOUR, -5, 'Just buy from somewhere else lol'),
    ],
  },
  {
    id: '1h2c5d6', author: 'boxwatcher', ago: 8 * HOUR, score: 342, flair: 'Humour', type: 'image',
    title: 'The box my Acme blender came in',
    image: { caption: 'A tiny blender in a box the size of a fridge', color: '#c1694f' },
    comments: [
      c('m0box01', 'pat_the_builder', 7 * HOUR, 88, 'At least it did not arrive crushed this time.'),
    ],
  },
  {
    id: '1h2e7f8', author: 'longreads_lou', ago: 1 * DAY, score: 1204, flair: 'Review',
    title: 'A long review after six months with Acme Fiber',
    body: [
      'Installation was quick: the technician came on the promised day and was done in an hour, cables tidied, router set up, even helped me move the TV box.',
      'Speeds have been solid, 940 down most evenings, but the router they ship overheats in summer and drops Wi-Fi for a minute or two every afternoon. A fan fixed it.',
      'Billing is where it falls apart. I was charged twice in March and it took three calls and a chat to get a refund, and every agent asked me to explain it from the start.',
      'Verdict: great line, weak support. Would still recommend it to a neighbour, with a warning about the bills.',
    ],
    comments: [
      c('m0rev01', 'fiber_fan_88', 20 * HOUR, 64, 'The router overheating thing is real. Mine is on a little stand now and it has been fine.'),
      c('m0rev02', 'AcmeSupport', 18 * HOUR, 30, 'Thanks for the honest review, Lou. We have passed the double-charge story to the billing team; a fix for duplicate charges went live in October.'),
    ],
  },
  {
    id: '1h2g9h0', author: 'kettle_karen', ago: 3 * DAY, score: 9, flair: 'Refunds',
    title: 'Refund still missing after 30 days',
    body: ['Returned the kettle on Oct 19, tracking says delivered to your returns centre, and still no refund. Who do I talk to?'],
    comments: [],
  },
  {
    id: '1h2j1k2', author: 'night_owl_22', ago: 30 * MINUTE, score: 4, flair: 'Outage',
    title: 'Is the Acme outage map down too?',
    body: ['No internet in Riverside since 11pm and the outage map just spins. Any news?'],
    comments: [],
  },
];

/** A promoted post shown in the feed between the seed posts. */
export const AD = {
  id: 'ad7acme1', author: 'AcmeMobile', score: 12, comments: 5,
  title: 'Switch to Acme Mobile and get 3 months free',
  body: 'Keep your number, keep your phone. Unlimited data on the network that keeps up with you.',
  url: 'https://mobile.acme.example/offer',
};

const slugOf = (title) =>
  title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 50);

const countAll = (comments) => comments.reduce((n, x) => n + 1 + countAll(x.replies), 0);

function fromSeed(s) {
  return {
    ...s,
    slug: s.slug ?? slugOf(s.title),
    type: s.type ?? 'text',
    body: s.body ?? [],
    at: NOW - s.ago,
    commentCount: countAll(s.comments),
  };
}

export const SEED_POSTS = SEED.map(fromSeed);

// ---- Generated posts (the benchmark appends a thousand) ---------------------------------

const AUTHORS = Object.keys(USER_COLORS).filter((name) => name !== ME && name !== 'AcmeMobile');
const TOPICS = [
  ['Charged twice for my {m} bill', 'Two identical charges of ${p} on my card. The app says no issues found.'],
  ['Acme Fiber down in {c}?', 'No connection since this morning, the router light is blinking orange.'],
  ['Delivery says delivered, nothing here', 'Order #{n} was marked delivered yesterday but nothing at my door or with neighbours.'],
  ['Shoutout to the Acme chat team', 'Got my eSIM moved to the new phone in ten minutes. Best support I have had all year.'],
  ['How do I cancel an order that has not shipped?', 'Order #{n} still says processing. The cancel button is greyed out.'],
  ['Roaming in {c} on the Unlimited plan?', 'Travelling next week, does Unlimited Plus include roaming there or will I get a surprise bill?'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];
const CITIES = ['Austin', 'Denver', 'Leeds', 'Toronto', 'Riverside', 'Portland'];

/** A small seeded PRNG: the same post for the same index on every page load. */
function random(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th generated post: distinct id and text, older than the seed feed. */
export function generatedPost(i) {
  const r = random(i + 1);
  const [title, body] = TOPICS[i % TOPICS.length];
  const fill = (text) =>
    text
      .replace('{m}', MONTHS[i % MONTHS.length])
      .replace('{c}', CITIES[Math.floor(r() * CITIES.length)])
      .replace('{n}', String(5000 + i))
      .replace('{p}', (40 + (i % 60) + 0.99).toFixed(2));
  const t = `${fill(title)} (#${i + 1})`;
  return fromSeed({
    id: `g${i.toString(36).padStart(6, '0')}`,
    author: AUTHORS[Math.floor(r() * AUTHORS.length)],
    ago: 4 * DAY + i * 7 * MINUTE,
    score: Math.floor(r() * 400) - 5,
    title: t,
    body: [fill(body)],
    comments: [],
  });
}

/** A post from its id: seed or generated; else null. */
export function lookupPost(id) {
  const seed = SEED_POSTS.find((p) => p.id === id);
  if (seed) return seed;
  const m = /^g([0-9a-z]{6})$/.exec(id);
  return m ? generatedPost(parseInt(m[1], 36)) : null;
}

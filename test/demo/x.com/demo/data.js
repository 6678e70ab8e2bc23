// Content of the demo X site: people, the seed timeline of the "Acme Mobile" support
// scenario, and a deterministic generator for more posts (infinite scroll, the benchmark).
// Everything is a pure function of an index or an id, so a status URL such as
// /jordan_lee/status/1984652093142855680 renders the same post on a fresh page load.
//
// Ids: top-level posts have ids divisible by 8; the k-th reply (k = 1..4) under a post has
// the post's id + k. That is how lookupPost() finds any post from its URL alone.

/** When the page was loaded; post times are relative to it, as on a live timeline. */
export const NOW = Date.now();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The signed-in account: the brand's support team. */
export const ME = 'AcmeSupport';

export const USERS = {
  AcmeSupport: {
    name: 'Acme Mobile Support', verified: true, brand: true, color: '#d9480f',
    bio: 'Official support for Acme Mobile. We reply 7 days a week, 8am-10pm ET. For account help, DM us. Network status: acme.example/status',
    location: 'Boston, MA', joined: 'March 2012', followers: 48210, following: 1203,
  },
  AcmeMobile: {
    name: 'Acme Mobile', verified: true, brand: true, color: '#e8590c',
    bio: 'Phones, plans and the network that keeps up with you. Need help? @AcmeSupport',
    location: 'Boston, MA', joined: 'June 2009', followers: 1215000, following: 312,
  },
  GlobexTel: {
    name: 'Globex Telecom', verified: true, brand: true, color: '#1864ab',
    bio: 'Unlimited everything. No contracts.', location: 'Chicago, IL', joined: 'May 2011',
    followers: 402300, following: 88,
  },
  jordan_lee: { name: 'Jordan Lee', color: '#5c7cfa', bio: 'Runner. Coffee. Chronic online shopper.', location: 'Denver, CO', joined: 'August 2016', followers: 412, following: 380 },
  priya_codes: { name: 'Priya Raman', color: '#0ca678', bio: 'Backend engineer. Travelling more than I should.', location: 'Seattle, WA', joined: 'January 2019', followers: 2310, following: 611 },
  mkrause: { name: 'Martin Krause', color: '#495057', bio: 'Fotograf in Berlin.', location: 'Berlin', joined: 'Oktober 2014', followers: 890, following: 245 },
  sam_rivera: { name: 'Sam Rivera', color: '#f08c00', bio: 'Designer. Dog parent. Opinions on fonts.', location: 'Portland, OR', joined: 'February 2013', followers: 5120, following: 734 },
  the_real_kim: { name: 'Kim Nguyen', color: '#c2255c', bio: 'Nurse. Night shifts. Do not @ me before noon.', location: 'San Jose, CA', joined: 'July 2015', followers: 1088, following: 501 },
  dev_oliver: { name: 'Oliver Brooks', color: '#1c7ed6', bio: 'I build websites and break them.', location: 'Austin, TX', joined: 'April 2017', followers: 3402, following: 998 },
  ninabakes: { name: 'Nina Okafor', color: '#ae3ec9', bio: 'Sourdough evangelist.', location: 'Atlanta, GA', joined: 'November 2020', followers: 15600, following: 420 },
  tomwhitfield: { name: 'Tom Whitfield', color: '#2f9e44', bio: '', location: 'Leeds, UK', joined: 'September 2018', followers: 157, following: 203 },
  amelia_writes: { name: 'Amelia Hart', color: '#7048e8', bio: 'Writer. Long threads are my love language.', location: 'Chicago, IL', joined: 'May 2010', followers: 8230, following: 1120 },
  carlos_m: { name: 'Carlos Mendes', color: '#f76707', bio: 'Dad of three. Fantasy football commissioner.', location: 'Miami, FL', joined: 'January 2021', followers: 96, following: 150 },
  techwithraj: { name: 'Raj Patel', verified: true, color: '#364fc7', bio: 'I review phones so you don’t have to. 210K on YouTube.', location: 'San Francisco, CA', joined: 'March 2011', followers: 212400, following: 803 },
};

// The seed timeline, newest first. `kind` picks the support team's reply on the status page.
const SEED = [
  { id: '1984652093142855680', handle: 'jordan_lee', ago: 2 * MINUTE, kind: 'order',
    text: '@AcmeSupport my order #4411 never arrived. Tracking has said "out for delivery" since Monday and nobody picks up the phone. What is going on?',
    counts: [3, 1, 4, 0, 211] },
  { id: '1984648873210216136', handle: 'AcmeSupport', ago: 14 * MINUTE, kind: 'brand',
    text: 'We’re aware of a data outage affecting parts of Austin, TX since 9am CT. Engineers are on site. Next update by 2pm CT. We’re sorry for the disruption. #AcmeStatus',
    counts: [41, 88, 102, 12, 30211] },
  { id: '1984641010391404512', handle: 'priya_codes', ago: 38 * MINUTE, kind: 'question',
    text: 'Quick question @AcmeSupport: does the Unlimited Plus plan include roaming in Canada? Travelling to Vancouver next week and I don’t want a surprise bill 🙏',
    counts: [1, 0, 2, 1, 384] },
  { id: '1984636170123771904', handle: 'mkrause', ago: 62 * MINUTE, kind: 'german', lang: 'de',
    text: '@AcmeSupport Seit gestern Abend kein Netz in Berlin-Mitte. Wann ist die Störung behoben? Ich brauche mein Handy für die Arbeit 😡',
    counts: [2, 0, 1, 0, 97] },
  { id: '1984622551300022248', handle: 'sam_rivera', ago: 2 * HOUR + 5 * MINUTE, kind: 'praise',
    text: 'Shoutout to @AcmeSupport: Dana moved my eSIM to the new phone in 10 minutes over chat 🎉 Best support experience I’ve had all year ❤️',
    counts: [12, 40, 310, 5, 20491] },
  { id: '1984604112998273392', handle: 'GlobexTel', ago: 3 * HOUR, kind: 'ad', promoted: true,
    text: 'Dropped calls again? Switch to Globex Unlimited and get 3 months free ⭐ Keep your number, keep your phone. Terms apply.',
    counts: [18, 52, 640, 33, 1204455] },
  { id: '1984591734871049776', handle: 'the_real_kim', ago: 3 * HOUR + 40 * MINUTE, kind: 'billing',
    text: 'Charged twice for my March bill 😡 $84.99 x2 and the app says "no issues found". I want a refund, not a chatbot. @AcmeMobile #AcmeMobile',
    counts: [9, 6, 57, 2, 4180] },
  { id: '1984573308652110120', handle: 'dev_oliver', ago: 5 * HOUR, kind: 'outage',
    text: 'Is @AcmeMobile down in Austin? No 5G data since 9am, calls work fine. Restarted twice. #AcmeDown',
    counts: [24, 13, 88, 1, 9840] },
  { id: '1984550821776384464', handle: 'tomwhitfield', ago: 7 * HOUR, kind: 'order', replyTo: 'AcmeSupport',
    text: 'I already DMed you twice and still no answer. Order #5120, three weeks now. Can someone actually look at it?',
    counts: [1, 0, 0, 0, 64] },
  { id: '1984521004113940856', handle: 'ninabakes', ago: 9 * HOUR, kind: 'praise',
    text: 'The new Acme Pixel case arrived a day early and it’s perfect 😍 Thank you @AcmeMobile 📦',
    counts: [4, 3, 129, 2, 5602] },
  { id: '1984302776125558200', handle: 'amelia_writes', ago: 26 * HOUR, kind: 'repair', long: true,
    text: 'A thread-length complaint, because 280 characters is not enough for this. I took my Acme X2 to the Michigan Ave store on the 3rd for a cracked screen. They said 5 business days. On day 6 nobody knew where the phone was. On day 9 I was told it had been "sent to the regional centre". Today is day 14, I have called @AcmeSupport four times, I have three different ticket numbers (the last one is #A-77812), and every agent starts from zero. I pay for insurance precisely so that this does not happen. I am not angry at the people on the phone, they are clearly as lost as I am, but somebody at Acme needs to own this. Please just tell me where my phone is and when I get it back.',
    counts: [17, 9, 76, 4, 12077] },
  { id: '1984029117450788544', handle: 'carlos_m', ago: 3 * DAY, kind: 'question',
    text: 'How do I move my number from Globex to Acme without losing service for a day? Anyone done it recently? @AcmeSupport',
    counts: [6, 0, 3, 1, 702] },
  { id: '1983841652300941368', handle: 'techwithraj', ago: 4 * DAY, kind: 'influencer',
    text: 'Three days without working voicemail on @AcmeMobile. Support says it’s "escalated". Anyone else seeing this? Asking for 210K friends 🙄 #AcmeDown',
    counts: [402, 318, 2903, 120, 489310] },
];

function seedPost(s) {
  const [replies, reposts, likes, bookmarks, views] = s.counts;
  return {
    id: s.id, handle: s.handle, text: s.text, lang: s.lang ?? 'en', kind: s.kind,
    time: new Date(NOW - s.ago).toISOString(),
    replies, reposts, likes, bookmarks, views,
    replyTo: s.replyTo ?? null, promoted: Boolean(s.promoted), long: Boolean(s.long),
  };
}

export const SEED_POSTS = SEED.map(seedPost);

// ---- Generated posts -------------------------------------------------------------------

/** Generated post i has id GEN_BASE - i * GEN_STEP (both divisible by 8, below every seed). */
const GEN_BASE = 1983800000000000000n;
const GEN_STEP = 8n * 7_919_113n;

/** Small fast seeded PRNG (mulberry32): the same index always gives the same post. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Alex', 'Maria', 'Chen', 'Fatima', 'Luca', 'Grace', 'Omar', 'Hannah', 'Diego', 'Aisha', 'Ben', 'Yuki', 'Sofia', 'Noah', 'Leila', 'Ethan', 'Zoe', 'Mateo', 'Ivy', 'Kwame'];
const LAST = ['Smith', 'Garcia', 'Wang', 'Haddad', 'Rossi', 'Kim', 'Farouk', 'Schmidt', 'Lopez', 'Bello', 'Carter', 'Sato', 'Novak', 'Jensen', 'Amini', 'Walsh', 'Moreau', 'Silva', 'Park', 'Mensah'];
const COLORS = ['#5c7cfa', '#0ca678', '#f08c00', '#c2255c', '#1c7ed6', '#ae3ec9', '#2f9e44', '#7048e8', '#f76707', '#e03131', '#1098ad', '#66a80f'];
const CITIES = ['Austin', 'Dallas', 'Phoenix', 'Denver', 'Boston', 'Chicago', 'Miami', 'Seattle', 'Atlanta', 'Detroit'];
const PRODUCTS = ['Acme X2', 'Acme Pixel', 'Acme Buds', 'Acme Watch SE', 'the Acme hotspot'];

// [kind, lang, template]; {order} {city} {product} {amount} {n} are filled in.
const TEMPLATES = [
  ['order', 'en', '@AcmeSupport order #{order} still hasn’t shipped and it’s been {n} days. Can you check?'],
  ['order', 'en', 'Package for order #{order} marked delivered but nothing at my door 📦 @AcmeSupport'],
  ['outage', 'en', 'No signal at all in {city} since this morning. Is this an outage? @AcmeMobile #AcmeDown'],
  ['outage', 'en', '@AcmeSupport data keeps dropping to 3G in downtown {city} 😡'],
  ['billing', 'en', 'Why did my bill go up by ${amount} this month? Nobody told me about a price change @AcmeSupport'],
  ['billing', 'en', '@AcmeMobile you charged me a ${amount} "activation fee" for a SIM I never received.'],
  ['question', 'en', '@AcmeSupport can I use {product} with the Basic plan or do I need Unlimited?'],
  ['question', 'en', 'Does anyone know if @AcmeMobile does trade-ins for {product}? Store said ask online 🤷'],
  ['praise', 'en', 'Huge thanks to @AcmeSupport for sorting my {product} replacement so fast 🎉'],
  ['praise', 'en', 'Honestly the {city} Acme store staff were great today ❤️ @AcmeMobile'],
  ['repair', 'en', 'My {product} has been “in repair” for {n} days. Ticket #A-{order}. Any news @AcmeSupport?'],
  ['german', 'de', '@AcmeSupport Meine Bestellung #{order} ist seit {n} Tagen unterwegs. Können Sie nachsehen?'],
  ['question', 'es', '@AcmeSupport ¿el plan Unlimited incluye llamadas a México? Gracias 🙏'],
  ['outage', 'fr', '@AcmeMobile plus de réseau à {city} depuis ce matin, c’est normal ? 😡'],
];

/** Generated post number i (0, 1, 2, …), each older than the one before it. */
export function generatedPost(i) {
  const r = random(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const first = pick(FIRST);
  const last = pick(LAST);
  const handle = `${first.toLowerCase()}_${last.toLowerCase()}${Math.floor(r() * 90) + 10}`;
  if (!USERS[handle]) {
    USERS[handle] = {
      name: `${first} ${last}`, color: pick(COLORS), bio: '', location: pick(CITIES),
      joined: 'May 2020', followers: Math.floor(r() ** 3 * 50_000), following: Math.floor(r() * 900),
    };
  }
  const [kind, lang, template] = pick(TEMPLATES);
  const text = template
    .replace('{order}', String(1000 + Math.floor(r() * 9000)))
    .replace('{city}', pick(CITIES))
    .replace('{product}', pick(PRODUCTS))
    .replace('{amount}', (5 + r() * 60).toFixed(2))
    .replace('{n}', String(3 + Math.floor(r() * 20)));
  const likes = Math.floor(r() ** 4 * 3000);
  return {
    id: String(GEN_BASE - BigInt(i) * GEN_STEP),
    handle, text, lang, kind,
    time: new Date(NOW - 5 * DAY - i * 23 * MINUTE).toISOString(),
    replies: Math.floor(r() * 15), reposts: Math.floor(likes / 7), likes,
    bookmarks: Math.floor(likes / 30), views: likes * 40 + Math.floor(r() * 2000),
    replyTo: null, promoted: false, long: false,
  };
}

// ---- Replies under a post (its status page) --------------------------------------------

const TEAM_REPLIES = {
  order: 'Hi @{h}, sorry your order hasn’t arrived. Please DM us the order number and your ZIP code and we’ll track it down within 24 hours. ^DM',
  outage: 'Hi @{h}, we’re sorry. There’s a known data issue in parts of Texas and our engineers are on it. We’ll post an update by 2pm CT. ^KR',
  billing: 'Hi @{h}, that doesn’t look right. Please send us a DM with the account holder’s name and we’ll review both charges today. ^DM',
  question: 'Hi @{h}, good question! Send us a DM and we’ll check what your plan includes and get back to you within the hour. ^JS',
  praise: 'Thank you so much @{h}! We’ll pass this on to the team 💙 ^JS',
  repair: 'Hi @{h}, we’re really sorry. Please DM us your latest ticket number and we’ll escalate it to the repair centre and call you tomorrow. ^KR',
  german: 'Hallo @{h}, das tut uns leid. Schick uns bitte eine DM mit deiner Postleitzahl, wir prüfen das sofort. ^MK',
  influencer: 'Hi @{h}, sorry about the voicemail trouble. A specialist will reach out by DM today, and we’ll follow up until it’s fixed. ^KR',
};

const CROWD_REPLIES = [
  'Same here, nothing for days 😡',
  'Following, I have the exact same problem.',
  '+1, happened to me last month too. Took 3 calls.',
  'Try the chat in the app, that worked for me 🙏',
  'This is why I switched carriers tbh',
];

/** The replies shown under a post on its status page. */
export function repliesTo(post) {
  // Replies (ids not divisible by 8) get no replies of their own: their ids would collide.
  if (post.promoted || post.kind === 'brand' || BigInt(post.id) % 8n !== 0n) return [];
  const r = random(Number(BigInt(post.id) % 1_000_000n));
  const replies = [];
  const team = TEAM_REPLIES[post.kind];
  if (team && post.handle !== ME) {
    replies.push({ handle: ME, text: team.replaceAll('{h}', post.handle), lang: post.lang === 'de' ? 'de' : 'en' });
  }
  const crowd = 1 + Math.floor(r() * 3);
  for (let k = 0; k < crowd && replies.length < 4; k++) {
    const author = generatedPost(Math.floor(r() * 500)).handle;
    replies.push({ handle: author, text: CROWD_REPLIES[Math.floor(r() * CROWD_REPLIES.length)], lang: 'en' });
  }
  // Spread the replies between the post and now, so even a 2-minute-old post has sane times.
  const posted = Date.parse(post.time);
  const gap = Math.min(7 * MINUTE, (NOW - posted) / (replies.length + 1));
  return replies.map((reply, k) => ({
    id: String(BigInt(post.id) + BigInt(k + 1)),
    handle: reply.handle, text: reply.text, lang: reply.lang, kind: 'reply',
    time: new Date(posted + (k + 1) * gap).toISOString(),
    replies: 0, reposts: 0, likes: Math.floor(r() * 9), bookmarks: 0, views: 20 + Math.floor(r() * 400),
    replyTo: post.handle, promoted: false, long: false,
  }));
}

// ---- Looking posts up ------------------------------------------------------------------

const SEED_BY_ID = new Map(SEED_POSTS.map((p) => [p.id, p]));

/** Any post from its id alone: seed, generated, or a reply to one of those; else null. */
export function lookupPost(id) {
  if (!/^\d{1,20}$/.test(id)) return null;
  const big = BigInt(id);
  const k = Number(big % 8n);
  if (k === 0) {
    if (SEED_BY_ID.has(id)) return SEED_BY_ID.get(id);
    const offset = GEN_BASE - big;
    if (offset >= 0n && offset % GEN_STEP === 0n) return generatedPost(Number(offset / GEN_STEP));
    return null;
  }
  const parent = lookupPost(String(big - BigInt(k)));
  return parent ? (repliesTo(parent)[k - 1] ?? null) : null;
}

/** A person from their handle; unknown handles get a plausible placeholder profile. */
export function userFor(handle) {
  return (
    USERS[handle] ?? {
      name: handle, color: '#868e96', bio: '', location: '', joined: 'January 2022',
      followers: 12, following: 40,
    }
  );
}

/** A person's own posts for their profile page: seed posts plus the first generated ones. */
export function postsBy(handle) {
  const own = SEED_POSTS.filter((p) => p.handle === handle);
  for (let i = 0; i < 400 && own.length < 12; i++) {
    const post = generatedPost(i);
    if (post.handle === handle) own.push(post);
  }
  return own;
}

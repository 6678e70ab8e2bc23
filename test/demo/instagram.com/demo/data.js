// Content of the demo Instagram site: people, the seed feed of the "Acme" router scenario,
// the comments of each post, and a deterministic generator of more posts (the benchmark).
// Everything is a pure function of a shortcode, so /p/<code>/ renders the same post and
// comments on a fresh page load.

/** When the page was loaded; post times are relative to it, as on a live feed. */
export const NOW = Date.now();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The signed-in account: the brand's support team. */
export const ME = 'acme.support';

export const USERS = {
  'acme.support': { name: 'Acme Support', verified: true, color: '#e8590c' },
  'acme.deals': { name: 'Acme Deals', verified: true, color: '#d9480f' },
  'dana.builds': { name: 'Dana Flores', color: '#5c7cfa' },
  'mo.reviews': { name: 'Mo Haddad', color: '#0ca678' },
  'priya.k': { name: 'Priya Kumar', color: '#c2255c' },
  'sam.r': { name: 'Sam Rivera', color: '#f08c00' },
  lee_at_home: { name: 'Lee Park', color: '#1c7ed6' },
  'jonas.k': { name: 'Jonas Keller', color: '#495057' },
  'nina.bakes': { name: 'Nina Okafor', color: '#ae3ec9' },
  'tom.whit': { name: 'Tom Whitfield', color: '#2f9e44' },
  'kim.nguyen': { name: 'Kim Nguyen', color: '#7048e8' },
};

export const userFor = (handle) => USERS[handle] ?? { name: handle, color: '#868e96' };

/** Palettes of the drawn photos (background gradient and the object's colour). */
const SCENES = [
  ['#fde2c8', '#f7b267', '#343a40'],
  ['#d0ebff', '#74c0fc', '#212529'],
  ['#e6fcf5', '#63e6be', '#495057'],
  ['#fff0f6', '#faa2c1', '#343a40'],
  ['#f3f0ff', '#b197fc', '#212529'],
  ['#fff9db', '#ffd43b', '#495057'],
];

// The seed feed, newest first. Comment ids are 17-digit numbers, like Instagram's.
const SEED = [
  {
    code: 'C9acme0001', kind: 'p', handle: 'acme.support', ago: 2 * HOUR, likes: 1284, scene: 0,
    media: 'router', location: 'Acme HQ, Springfield',
    text: 'Our new Acme Router X2 is here 📶 Faster Wi-Fi in every room, setup in 5 minutes. Questions? Ask us below or DM us! #acmerouter',
    comments: [
      { id: '17900000000000001', handle: 'dana.builds', ago: 100 * MINUTE, likes: 4,
        text: 'Mine drops every 20 minutes since the last update. Is there a fix coming?',
        replies: [
          { id: '17900000000000002', handle: 'acme.support', ago: 75 * MINUTE, likes: 1,
            text: '@dana.builds So sorry about that! Firmware 2.1.4 fixes the drops. Please DM us your order number and we’ll help you update.' },
        ] },
      { id: '17900000000000003', handle: 'lee_at_home', ago: 62 * MINUTE, likes: 1,
        text: 'Does it work with my old Acme mesh points?', foldedReplies: true,
        replies: [
          { id: '17900000000000005', handle: 'acme.support', ago: 50 * MINUTE, likes: 0,
            text: '@lee_at_home Yes! Every Acme Mesh from 2021 on pairs with the X2 in the app.' },
          { id: '17900000000000006', handle: 'lee_at_home', ago: 41 * MINUTE, likes: 0,
            text: '@acme.support great, ordering one tonight' },
        ] },
      { id: '17900000000000004', handle: 'priya.k', ago: 8 * MINUTE, likes: 0,
        text: 'Love mine 😍 @acme.support the setup took two minutes' },
    ],
    // Shown under the post in the feed, as Instagram shows a comment or two.
    preview: ['17900000000000004'],
  },
  {
    code: 'C9reel0002', kind: 'reel', handle: 'dana.builds', ago: 16 * HOUR, likes: null, scene: 1,
    media: 'video',
    text: 'Day 3 without internet. @acme.support your X2 router keeps dropping every 20 minutes and support hasn’t called back. Anyone else?',
    comments: [
      { id: '17900000000000011', handle: 'tom.whit', ago: 15 * HOUR, likes: 6,
        text: 'Same here since Tuesday. Factory reset did nothing.' },
      { id: '17900000000000012', handle: 'kim.nguyen', ago: 14 * HOUR, likes: 2,
        text: 'Had this too, the 2.1.4 firmware fixed it for me' },
      { id: '17900000000000013', handle: 'jonas.k', ago: 13 * HOUR, likes: 0,
        text: 'Bei mir genauso, seit dem Update ständig Abbrüche.' },
    ],
    preview: [],
  },
  {
    code: 'C9long0003', kind: 'p', handle: 'mo.reviews', ago: 2 * DAY, likes: 12, scene: 5,
    media: 'box', cut: 160,
    text: 'Unboxing the Acme Router X2 📦 First impressions: the box is nice, the app asked me to create an account before it would show the setup steps at all, which I did not love. Once in, setup took four minutes and speed doubled in the back bedroom. Full review on Friday.',
    comments: [], preview: [],
  },
  {
    code: 'C9adAd0005', kind: 'p', handle: 'acme.deals', ago: null, likes: 8102, scene: 3,
    media: 'router', sponsored: true,
    text: 'Black Friday: the Acme Router X2 at 30% off, this week only.',
    comments: [], preview: [],
  },
  {
    code: 'C9prai0004', kind: 'p', handle: 'priya.k', ago: 5 * HOUR, likes: 58, scene: 2,
    media: 'desk',
    text: 'Shoutout to Rahul from @acme.support who stayed on the phone until my mesh worked in every room 🙌 Best support experience this year.',
    comments: [
      { id: '17900000000000021', handle: 'acme.support', ago: 4 * HOUR, likes: 3,
        text: '@priya.k Thank you Priya! We’ll pass this on to Rahul 💛' },
    ],
    preview: ['17900000000000021'],
  },
  {
    code: 'C9samS0006', kind: 'p', handle: 'sam.r', ago: 7 * HOUR, likes: 3, scene: 4,
    media: 'router',
    text: 'Does the Acme X2 support WPA3? Asking before I buy one for the studio.',
    comments: [], preview: [],
  },
];

const TEMPLATES = [
  'Anyone else’s Acme Router X2 blinking orange after the update? Restarted twice.',
  'Ordered an Acme Mesh kit on the 3rd, still “processing”. @acme.support any news?',
  'Setup done in 6 minutes. Not bad, Acme 👏',
  'Why does the Acme app need my location to change the Wi-Fi password?',
  'The Acme X2 is the first router that reaches my garden office. Happy customer.',
  'Refund for my returned router still pending after 3 weeks. Please help @acme.support',
  'Is there a way to schedule Wi-Fi off at night on the Acme X2?',
  'Acme support fixed my port forwarding in one call. Thanks team!',
];
const PEOPLE = ['dana.builds', 'mo.reviews', 'priya.k', 'sam.r', 'lee_at_home', 'nina.bakes', 'tom.whit', 'kim.nguyen'];

/** The n-th generated post (n = 0, 1, …): distinct code and text, deterministic. */
export function generatedPost(n) {
  const code = `G${String(n).padStart(9, '0')}`;
  return {
    code, kind: 'p', handle: PEOPLE[n % PEOPLE.length], ago: (20 + n * 7) * MINUTE,
    likes: (n * 37) % 900, scene: n % SCENES.length, media: n % 3 === 0 ? 'box' : 'router',
    text: `${TEMPLATES[n % TEMPLATES.length]} (#${n + 1})`, comments: [], preview: [],
  };
}

export const SEED_POSTS = SEED;

/** A post by its shortcode: a seed post, or a generated one (G000000042). */
export function lookupPost(code) {
  const seed = SEED.find((post) => post.code === code);
  if (seed) return seed;
  const match = /^G(\d{9})$/.exec(code);
  return match ? generatedPost(Number(match[1])) : null;
}

export const sceneOf = (post) => SCENES[post.scene % SCENES.length];

/** Instagram's short relative times: 5m, 2h, 3d, 2w. */
export function shortAgo(ms) {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  if (ms < 7 * DAY) return `${Math.round(ms / DAY)}d`;
  return `${Math.round(ms / (7 * DAY))}w`;
}

// Content of the demo YouTube site: two videos about the fictional brand Acme and their
// comments (complaints, questions, praise), and a deterministic generator of more comments
// for the benchmark. Comment ids look like YouTube's: "Ugw…AaABAg", a reply's
// "<parent>.<reply>"; the seeded ones match test/fixtures/youtube where they overlap.

/** The signed-in channel: the brand's support team. */
export const ME = { handle: 'AcmeSupport', name: 'Acme Support', color: '#d9480f', verified: true };

const person = (handle, color, extra = {}) => ({ handle, color, ...extra });

const DANA = person('DanaFixesThings', '#1971c2', { name: 'Dana Fixes Things' });
const ACME = person('AcmeOfficial', '#e8590c', { name: 'Acme', verified: true });

export const VIDEOS = {
  acmeX2Rev01: {
    id: 'acmeX2Rev01',
    // The newer comment markup (ytd-comment-view-model).
    markup: 'view-model',
    title: 'Acme X2 mesh router: three months later (not great)',
    channel: { ...DANA, subscribers: '847 subscribers' },
    views: '48,213 views',
    viewsShort: '48K views',
    age: '2 days ago',
    likes: '1,204',
    likesShort: '1.2K',
    duration: '11:42',
    poster: ['#1c2a3a', '#3b5b7a'],
    description:
      'I bought the Acme X2 three-pack in August.\nThe mesh drops every night around 2am and the Acme Home app blames my ISP.\n\nIn this video:\n0:00 Why I bought it\n2:10 The nightly drop\n6:45 What Acme support said\n9:30 Verdict',
    commentCount: 1482,
    comments: [
      {
        id: 'UgzPinDanaX2update1AaABAg', ...DANA, creator: true, pinned: true, edited: true,
        age: '1 day ago', likes: 56,
        text: 'Update: Acme replaced my unit on day 4. Follow-up video next week.',
      },
      {
        id: 'Ugw2MarkWifiDrops02AaABAg', ...person('mark_t_1987', '#5f3dc4'), member: '6 months',
        age: '2 days ago', likes: 1234,
        text: 'Same here 😡 my X2 drops Wi-Fi every night at 2am. Acme support closed ticket #48213 without fixing anything.',
        expanded: true,
        replies: [
          {
            id: 'Ugw2MarkWifiDrops02AaABAg.9zAcmeReplyPriya0001x', ...ME, age: '20 hours ago', likes: 12,
            text: 'Hi Mark, sorry about this. Please DM us the ticket number and we will reopen it today. – Priya',
          },
          {
            id: 'Ugw2MarkWifiDrops02AaABAg.9zMarkReplyDone00002y', ...person('mark_t_1987', '#5f3dc4'),
            age: '18 hours ago', likes: 0, text: '@AcmeSupport done, sent it just now.',
          },
        ],
      },
      {
        id: 'Ugx3LenaLongStory003AaABAg', ...person('Lena_Okafor', '#0b7285'), age: '2 days ago', likes: 37,
        long: true,
        text: 'Long story, sorry.\nWeek 1: the X2 satellite kept losing the backhaul.\nWeek 2: firmware 3.1.4 fixed it for two days.\nWeek 3: support asked me to factory reset twice.\nWeek 4: they finally sent a replacement, which works. Credit where it is due, but it should not take a month.',
        replies: [
          {
            id: 'Ugx3LenaLongStory003AaABAg.9zAcmeReplyLena0003z', ...ME, age: '1 day ago', likes: 4,
            text: 'Thanks for sticking with us, Lena. The backhaul drops are with our firmware team now.',
          },
        ],
      },
      {
        id: 'Ugy4JoWangAndroid004AaABAg', ...person('jo.wang-88', '#2b8a3e'), age: '5 hours ago', likes: 0,
        text: 'Does the X2 work with the Acme Home app on Android 15? Mine says "device not found".',
      },
      {
        id: 'UgwPraisePriyaBuilds5AaABAg', ...person('priya_builds', '#c2255c'), age: '1 day ago', likes: 88,
        text: 'Honestly my X2 has been rock solid for a year. Acme swapped my power brick in 2 days, no questions asked 👍',
      },
      {
        id: 'UgxRefundTomH000006AaABAg', ...person('tom.h', '#495057'), age: '3 hours ago', likes: 3,
        text: 'Can I still get a refund after 30 days if the unit is faulty? Asking for a friend (me) 🤷',
      },
    ],
  },
  acmeSetup05: {
    id: 'acmeSetup05',
    // The older comment markup (ytd-comment-renderer), still served to part of the users.
    markup: 'renderer',
    title: 'Acme X2 setup in 5 minutes',
    channel: { ...ACME, subscribers: '1.2M subscribers' },
    sponsored: true,
    views: '12,907 views',
    viewsShort: '12K views',
    age: 'Oct 3, 2026',
    likes: '8,912',
    likesShort: '8.9K',
    duration: '5:07',
    poster: ['#5c2a0a', '#e8590c'],
    description:
      'Unbox, plug in, open the Acme Home app.\n\nChapters:\n0:00 Unboxing\n1:35 Pairing the satellites\n\nHelp: https://acme.example/help',
    commentCount: 3104,
    comments: [
      {
        id: 'UgyOldSamRivera0000AaABAg', handle: 'UCsamRivera0000000000001', channelId: true,
        name: 'Sam Rivera', color: '#f08c00', age: '3 weeks ago', likes: 2431,
        text: 'Step 3 is wrong for the EU model, the LED turns blue, not white.',
        expanded: true,
        replies: [
          {
            id: 'UgyOldSamRivera0000AaABAg.9yAcmeOldReply0000001', ...ACME, creator: true,
            age: '2 weeks ago', likes: 88, text: 'Thanks Sam, good catch. The EU manual is fixed now.',
          },
        ],
      },
      {
        id: 'UgzOldGrumpyGamer000AaABAg', ...person('grumpy_gamer', '#364fc7'), age: '1 month ago', likes: 1187,
        long: true,
        text: '"5 minutes" took me an hour because the app wanted an update, then another update, then a reboot, then it forgot the satellites and I had to start again from step one.\nStill works now, but please fix the onboarding.',
      },
      {
        id: 'UgwOldNadiaK0000003AaABAg', ...person('nadia.k', '#087f5b', { name: 'Nadia K' }),
        age: '2 weeks ago', likes: 15,
        text: 'Setup was painless on my Pixel, the whole house has signal now. Thanks Acme! 🙏',
      },
    ],
  },
};

/** Videos in the "Up next" column and on the home page, in order. */
export const VIDEO_ORDER = ['acmeX2Rev01', 'acmeSetup05'];

/** Extra, unplayable entries that make the "Up next" column look like YouTube's. */
export const SUGGESTIONS = [
  { title: 'Globex vs Acme: which mesh router in 2026?', channel: 'Router Review Lab', views: '210K views', age: '3 weeks ago', duration: '14:03', poster: ['#102a43', '#627d98'] },
  { title: 'Fixing Wi-Fi dead zones for under $50', channel: 'Dana Fixes Things', views: '91K views', age: '5 months ago', duration: '9:58', poster: ['#243b53', '#9fb3c8'] },
  { title: 'Acme Home app 5.2: everything new', channel: 'Acme', views: '33K views', age: '1 month ago', duration: '3:21', poster: ['#7c2d12', '#f97316'] },
  { title: 'I returned my router. Here is why.', channel: 'TechTalk Weekly', views: '1.1M views', age: '1 year ago', duration: '18:40', poster: ['#1e1b4b', '#6366f1'] },
];

// ---- Generated comments (the benchmark) ------------------------------------------------

const OPENINGS = [
  'My X2 lost connection again tonight',
  'Ordered the three-pack, one satellite arrived dead',
  'Is there an ETA for firmware 3.2',
  'Acme support was great on the phone today',
  'The Acme Home app logs me out every morning',
  'Does the X2 support WPA3 on the guest network',
  'Refund still not processed after 14 days',
  'Finally stable after the 3.1.5 update',
];
const CLOSINGS = [
  'Anyone else?', 'Please help.', 'Thanks Acme!', 'Not impressed.', 'Any tips?', 'Five stars from me.',
];
const COLORS = ['#1971c2', '#2b8a3e', '#c2255c', '#5f3dc4', '#e8590c', '#0b7285', '#495057', '#a61e4d'];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Random-looking characters, the same for the same number. */
function noise(n, length) {
  let out = '';
  let x = (n * 2654435761) >>> 0;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += B64[(x >>> 16) % 64];
  }
  return out;
}

/** n in base 64, six characters: what makes every id distinct. */
const digits = (n) => Array.from({ length: 6 }, (_, i) => B64[Math.floor(n / 64 ** (5 - i)) % 64]).join('');

export const commentId = (n) => `Ugw${noise(n, 11)}${digits(n)}AaABAg`;
export const replyId = (parent, n) => `${parent}.9z${noise(n + 7919, 13)}${digits(n)}`;

/** The n-th generated comment: distinct id, author and text for every n. */
export function generatedComment(n) {
  return {
    id: commentId(100000 + n),
    handle: `viewer_${(n * 7919) % 100000}_${n}`,
    color: COLORS[n % COLORS.length],
    age: `${1 + (n % 23)} hours ago`,
    likes: (n * 37) % 1500,
    text: `${OPENINGS[n % OPENINGS.length]} (order #A${100000 + n}). ${CLOSINGS[n % CLOSINGS.length]}`,
  };
}

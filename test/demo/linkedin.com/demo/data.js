// The demo LinkedIn's people and posts: customer-service conversations about the fictional
// brand Acme. Each post has an activity id (its classic page, /feed/update/urn:li:activity:<id>/)
// and an opaque POSTID (its key in the new feed's componentkey). Comment ids are LinkedIn-wide.

/** The signed-in member: an Acme support agent. */
export const ME = 'sam-rivera-acme';

export const PEOPLE = {
  'sam-rivera-acme': { name: 'Sam Rivera', headline: 'Customer care lead at Acme', color: '#5f9b41' },
  'dana-whitfield-4b2a1': { name: 'Dana Whitfield', headline: 'Network engineer at Northwind', color: '#c37d16', degree: '2nd' },
  'marcus-lee-77': { name: 'Marcus Lee', headline: 'Head of IT at Initech', color: '#0a66c2', degree: '3rd+', verified: true },
  'priya-raman': { name: 'Priya Raman', headline: 'Product manager at Umbrella Health', color: '#8f5849', degree: '2nd' },
  'jordan-kim': { name: 'Jordan Kim', headline: 'Freelance video editor', color: '#915907', degree: '1st' },
  'aisha-bello': { name: 'Aisha Bello', headline: 'Operations manager at Bello Bakery', color: '#b24020', degree: '2nd' },
  'tomas-herrera': { name: 'Tomás Herrera', headline: 'Student at Riverside University', color: '#44712e', degree: '3rd+' },
  'company/acme': { name: 'Acme', headline: '48,210 followers', color: '#0a66c2', page: true },
  'company/acme-support': { name: 'Acme Support', headline: 'We help Acme customers every day', color: '#004182', page: true },
  'company/globex-telecom': { name: 'Globex Telecom', headline: '3,002,118 followers', color: '#7a3e9d', page: true },
};

/** A picture of a router with a red light, drawn inline (the demo loads nothing). */
const ROUTER_PHOTO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 552 300"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#dfe6ee"/><stop offset="1" stop-color="#b9c4d0"/></linearGradient></defs><rect width="552" height="300" fill="url(#g)"/><rect x="60" y="230" width="432" height="30" rx="6" fill="#8d99a6"/><rect x="126" y="120" width="300" height="110" rx="18" fill="#2c3440"/><rect x="176" y="40" width="14" height="90" rx="7" fill="#2c3440"/><rect x="362" y="40" width="14" height="90" rx="7" fill="#2c3440"/><circle cx="176" cy="178" r="9" fill="#e03b3b"/><circle cx="206" cy="178" r="6" fill="#56606c"/><circle cx="230" cy="178" r="6" fill="#56606c"/><text x="300" y="186" font-family="Arial" font-size="22" fill="#c9d2dc">ACME</text></svg>`,
  );

const VIDEO_COVER =
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 552 310"><rect width="552" height="310" fill="#0a3d62"/><text x="40" y="140" font-family="Arial" font-size="40" font-weight="bold" fill="#fff">Firmware 4.2</text><text x="40" y="185" font-family="Arial" font-size="22" fill="#a9d2f5">How to check your router's version</text><circle cx="470" cy="230" r="34" fill="rgba(255,255,255,.9)"/><path d="M460 212 L488 230 L460 248 Z" fill="#0a3d62"/></svg>`,
  );

/**
 * Posts in feed order. `linked`: the new feed shows a link to the post's page on its time
 * (others give no activity id at all, as on LinkedIn). `cut`: the text shown before "…more".
 */
export const POSTS = [
  {
    postId: 'Q2xvdWRTeW5jMTAx',
    activity: '7391000000000000101',
    author: 'dana-whitfield-4b2a1',
    time: '2d',
    edited: true,
    linked: true,
    text: 'Third outage this week with my @Acme Home router 😤\nThe status light goes red every evening around 8pm and support keeps asking me to reboot it.\n\nAnyone found a fix? #acmehelp',
    image: { src: ROUTER_PHOTO, alt: 'A router with a red status light' },
    reactions: 24,
    commentCount: 3,
    reposts: 2,
    comments: [
      {
        id: '7391000000000000201',
        author: 'company/acme-support',
        time: '1d',
        reactions: 2,
        text: 'Hi Dana, we’re sorry about the evening drops. Could you send us a DM with your router’s serial number? We’ll check the firmware on our side.',
        replies: [
          { id: '7391000000000000202', author: 'dana-whitfield-4b2a1', time: '20h', reactions: 0, text: 'Done, sent you the serial number in a DM. Thanks!' },
        ],
      },
      {
        id: '7391000000000000203',
        author: 'priya-raman',
        time: '5h',
        edited: true,
        reactions: 1,
        text: 'Same here since the 4.1 update. What worked for me for a while: turn off band steering in the app, then set the 5 GHz channel by hand instead of auto. It still dropped twice on Sunday though, so I gave up and plugged the old modem back in.',
        cut: 'Same here since the 4.1 update. What worked for me for a while: turn off band steering in the app, then set the 5 GHz channel by hand instead of auto. It still dropped twice on Sunday though, so I',
        replies: [],
      },
    ],
  },
  {
    postId: 'TWFyY3VzTG9uZzEw',
    activity: '7391000000000000102',
    author: 'marcus-lee-77',
    time: '1w',
    likedBy: 'priya-raman',
    text: 'We moved our 40 branch offices to Acme Business routers last quarter. Honest review after three months:\n\n1. Setup was fast and the provisioning portal is good.\n2. Support answers within the hour on weekdays.\n3. Weekend support is a different story: we waited 19 hours for a callback when the Leeds office went down on a Saturday.\n4. The replacement unit arrived next day, which saved us.\n\nWould we buy again? Probably, but only with the premium weekend plan.',
    cut: 'We moved our 40 branch offices to Acme Business routers last quarter. Honest review after three months:\n\n1. Setup was fast and the provisioning portal is good.\n2. Support answers within the hour on weekdays.\n3. Weekend support is a different story: we waited',
    reactions: 96,
    commentCount: 41,
    reposts: 6,
    comments: [],
  },
  {
    postId: 'R2xvYmV4QWQ5OQ',
    activity: '7391000000000000103',
    author: 'company/globex-telecom',
    promoted: true,
    text: 'Switch to Globex Fiber and get your first three months free. No router reboots required.',
    reactions: 312,
    commentCount: 0,
    reposts: 0,
    comments: [],
  },
  {
    postId: 'QWNtZVVwZGF0ZTQy',
    activity: '7391000000000000104',
    author: 'company/acme',
    time: '3h',
    linked: true,
    text: 'Firmware 4.2 for Acme Home routers starts rolling out today. It fixes the evening disconnects some of you reported. Here is how to check your version 👇 #AcmeUpdate',
    video: VIDEO_COVER,
    reactions: 1204,
    commentCount: 87,
    reposts: 15,
    comments: [
      {
        id: '7391000000000000211',
        author: 'jordan-kim',
        time: '2h',
        reactions: 3,
        text: 'Does 4.2 also fix the evening drops on the Home Mini? Mine still says 4.1.3.',
        replies: [
          { id: '7391000000000000212', author: 'company/acme-support', time: '1h', reactions: 1, text: 'Hi Jordan! The Home Mini gets 4.2 next week. We’ll post here when it’s out.' },
        ],
      },
    ],
  },
  {
    postId: 'QWlzaGFCYWtlcnk1',
    activity: '7391000000000000105',
    author: 'aisha-bello',
    time: '5h',
    linked: true,
    text: 'Shout-out to the Acme support team 👏 Our bakery’s card terminals went offline at 6am on a Saturday and Kevin from Acme had us back up in 20 minutes over chat. That’s how you keep a small business as a customer.',
    reactions: 58,
    commentCount: 4,
    reposts: 1,
    comments: [],
  },
  {
    postId: 'VG9tYXNSZWZ1bmQ2',
    activity: '7391000000000000106',
    author: 'tomas-herrera',
    time: '1d',
    linked: false,
    text: 'Ordered an Acme Mesh kit three weeks ago and the order still says “processing”. Two emails, no answer. Has anyone gotten a refund from Acme before, and how long did it take?',
    reactions: 7,
    commentCount: 2,
    reposts: 0,
    comments: [],
  },
];

export const postByActivity = (id) => POSTS.find((post) => post.activity === id) ?? null;

const GENERATED_TEXTS = [
  'My Acme router dropped the connection again during a client call. Is there a status page I can check before I call support?',
  'Quick question for @Acme: does the Business plan include weekend phone support or only chat?',
  'Big thanks to Acme support for replacing my faulty mesh node within two days. Smooth experience.',
  'Still waiting on a technician visit that Acme booked for last Tuesday. Nobody showed up and nobody called.',
  'Has anyone moved from Globex to Acme? How was the switch, and did you keep your old router?',
  'The new Acme app finally shows which devices eat the bandwidth. Small thing, big difference at home.',
  'Acme billed me twice this month for the same plan. Support says 5–7 business days for the refund. Is that normal?',
  'Loving the speed after the Acme fiber upgrade, but the setup guide skipped the VLAN step for business lines.',
];

/** A post the benchmark appends: distinct id, activity id and text. */
export function generatedPost(n) {
  const people = Object.keys(PEOPLE).filter((slug) => !PEOPLE[slug].page && slug !== ME);
  return {
    postId: `R2VuZXJhdGVk${n.toString(36)}X`,
    activity: String(7394000000000000000n + BigInt(n)),
    author: people[n % people.length],
    time: `${(n % 23) + 1}h`,
    linked: n % 2 === 0,
    text: `${GENERATED_TEXTS[n % GENERATED_TEXTS.length]} (#${n})`,
    reactions: (n * 7) % 120,
    commentCount: n % 9,
    reposts: n % 4,
    comments: [],
  };
}

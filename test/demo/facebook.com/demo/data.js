// The demo Facebook site's content: people, pages, posts and comments about the fictional
// brand "Acme". Everything is invented. Ids follow Facebook's shapes (site-dom §2): pfbid…
// or numeric story ids, 15-digit comment ids, profile slugs or profile.php?id= numbers.

/** The identity comments are written as: agents answer as the brand's page. */
export const ME = 'acme';

export const USERS = {
  acme: { name: 'Acme', color: '#1b5cff', page: true, verified: true, followers: '12K followers' },
  acmehomesecurity: { name: 'Acme Home Security', color: '#0f766e', page: true },
  'jane.doe.5': { name: 'Jane Doe', color: '#d946ef' },
  'priya.raman.31': { name: 'Priya Raman', color: '#ea580c' },
  '100087654321098': { name: 'Lan Pham', color: '#16a34a' },
  'marco.bianchi.77': { name: 'Marco Bianchi', color: '#2563eb' },
  'dana.ruiz': { name: 'Dana Ruiz', color: '#db2777' },
  'tom.becker.3': { name: 'Tom Becker', color: '#7c3aed' },
  '100012398765432': { name: 'Lena Schmidt', color: '#0891b2' },
  'kofi.mensah': { name: 'Kofi Mensah', color: '#b45309' },
  'sofia.lind': { name: 'Sofia Lind', color: '#4f46e5' },
  'raj.patel.22': { name: 'Raj Patel', color: '#be123c' },
};

/** The profile URL of a person or page: its username, or profile.php?id= for a number. */
export const profilePath = (id) => (/^\d+$/.test(id) ? `/profile.php?id=${id}` : `/${id}`);

/** The Acme page's post whose comments show a thread, a reply and the comment box. */
export const ACME_POST = 'pfbid02AcmeSpring7kLq9XvTnRz4Hc8Wm1YpDsE6uBf';
export const GROUP = { id: 'acmeowners', name: 'Acme Owners Club' };
export const GROUP_POST = '4455667788990011';

let commentSeq = 0;
/**
 * The id of a comment posted now (Facebook's are 15-17 digits): from the clock, so that no
 * two page loads give the same id to different comments.
 */
export const nextCommentId = () => `${Date.now()}${String(++commentSeq % 1000).padStart(3, '0')}`;

const comment = (id, by, time, text, extra = {}) => ({
  id,
  by,
  time,
  text,
  replies: [],
  ...extra,
});

export const POSTS = [
  {
    id: ACME_POST,
    by: 'acme',
    time: '3h',
    text: [
      'Our spring firmware update for the Acme Hub is rolling out today 🎉',
      'Questions? Drop them below and our support team will answer 👇',
    ],
    photo: { alt: 'May be an image of a white router on a desk', fbid: '1098765432101' },
    reactions: '1.2K',
    reactionKinds: ['like', 'love'],
    comments: 34,
    shares: 5,
    thread: [
      comment('551234567890123', 'jane.doe.5',
        '2h',
        'Updated last night and now my hub keeps dropping Wi-Fi every hour. Order #A-20417. Anyone else?',
        {
          reactions: 3,
          replies: [
            comment('661234567890124', 'acme',
              '1h',
              "Sorry about that, Jane! We've sent you a message to look into order #A-20417 🙏",
            ),
          ],
        },
      ),
      comment('551234567890555', '100087654321098',
        '45m',
        'Love the new night mode in the app 😍 great work!',
        { moreReplies: 3 },
      ),
      comment('551234567890777', 'marco.bianchi.77',
        '20m',
        'Third replacement unit this year. The first one died after two weeks, the second one never paired with the app, and support keeps asking me to factory reset…',
        {
          more: 'Third replacement unit this year. The first one died after two weeks, the second one never paired with the app, and support keeps asking me to factory reset. I have done that five times now. Can someone please escalate ticket #88213?',
        },
      ),
    ],
    composerOpen: true,
  },
  {
    id: '1200000000000002',
    by: 'priya.raman.31',
    time: 'Yesterday at 9:14 PM',
    text: [
      'Dear Acme, I have been a loyal customer for six years, but this week was the last straw.',
      'My smart thermostat stopped heating on Monday night, in the middle of a cold snap. I called support at 8am and waited on hold for 52 minutes before the call dropped…',
    ],
    more: [
      'Dear Acme, I have been a loyal customer for six years, but this week was the last straw.',
      'My smart thermostat stopped heating on Monday night, in the middle of a cold snap. I called support at 8am and waited on hold for 52 minutes before the call dropped. I called again and was told a technician would come on Wednesday. Nobody came. It is Friday. My kids are sleeping in their coats.',
    ],
    reactions: '12',
    reactionKinds: ['sad'],
    comments: 4,
    shares: 0,
    thread: [],
  },
  {
    id: '772233445566778',
    by: 'acmehomesecurity',
    sponsored: true,
    video: { poster: 'Acme Cam 2' },
    text: ['Protect your home with Acme Cam 2: 20% off this week only.'],
    reactions: '356',
    reactionKinds: ['like'],
    comments: 12,
    shares: 9,
    views: '15K',
    thread: [],
  },
  {
    id: '1200000000000004',
    by: 'dana.ruiz',
    time: '5h',
    text: ['Does the Acme Cam 2 work with the old Hub or do I need to upgrade? Asking before I order two of them.'],
    reactions: '3',
    reactionKinds: ['like'],
    comments: 1,
    shares: 0,
    thread: [
      comment('551234567890888', 'tom.becker.3', '4h', 'Mine works with the first Hub after the latest update, no upgrade needed.'),
    ],
  },
  {
    id: '1200000000000005',
    by: 'tom.becker.3',
    time: '8h',
    text: ['Shout-out to Acme support: Kelly fixed my billing issue in five minutes and even refunded the late fee 👏'],
    reactions: '48',
    reactionKinds: ['like', 'love'],
    comments: 0,
    shares: 2,
    thread: [],
  },
];

/** The group post shown on its own page (a top-level article, as groups render). */
export const GROUP_POSTS = [
  {
    id: GROUP_POST,
    by: '100012398765432',
    group: GROUP.id,
    time: '2h',
    text: [
      'Since the update on Tuesday my Acme Hub will not connect to Wi-Fi anymore.',
      'I tried everything: restart, factory reset, another router. Support has not answered in three days…',
    ],
    more: [
      'Since the update on Tuesday my Acme Hub will not connect to Wi-Fi anymore.',
      'I tried everything: restart, factory reset, another router. Support has not answered in three days. Has anyone found a fix? I work from home and need this working by Monday.',
    ],
    reactions: '1.2K',
    reactionKinds: ['like', 'sad'],
    comments: 56,
    shares: 7,
    thread: [
      comment('1234567890200001', 'kofi.mensah',
        '1h',
        'Same problem here. Forcing the 2.4 GHz band on the router fixed it for me.',
        {
          reactions: 5,
          replies: [
            comment('1234567890200002', 'acme', '40m', 'Thanks for the tip, Kofi! Lena, we have sent you a message.'),
          ],
        },
      ),
      comment('1234567890200003', 'sofia.lind',
        '30m',
        'Is anyone else still waiting for the refund on the accessory bundle? Three weeks and nothing.',
        { reactions: 2, moreReplies: 4 },
      ),
    ],
    composerOpen: true,
  },
];

const AUTHORS = ['kofi.mensah', 'sofia.lind', 'raj.patel.22', 'dana.ruiz', 'jane.doe.5', 'tom.becker.3'];
const TEXTS = [
  (n) => `Still waiting for my Acme replacement charger, order #B-${30000 + n}. Any update?`,
  (n) => `How do I move my Acme Hub to a new Wi-Fi network without losing my scenes? (question ${n})`,
  (n) => `Big thanks to the Acme team for the quick repair of my camera, ticket #${70000 + n} 🙌`,
  (n) => `The Acme app logged me out again today and will not accept my password. Case ${n}.`,
  (n) => `Is the Acme Cam 2 weatherproof enough for a Norwegian winter? Post ${n}.`,
];

/** The n-th post appended to the feed for the benchmark: distinct id and text. */
export function generatedPost(n) {
  return {
    id: String(1300000000000000 + n),
    by: AUTHORS[n % AUTHORS.length],
    time: `${1 + (n % 23)}h`,
    text: [TEXTS[n % TEXTS.length](n)],
    reactions: String(n % 40),
    reactionKinds: ['like'],
    comments: n % 7,
    shares: n % 3,
    thread: [],
  };
}

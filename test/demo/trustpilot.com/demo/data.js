// Content of the demo Trustpilot site: the reviews of "Acme Inc." (acme.example) and a
// deterministic generator of more (the benchmark). Every review is a pure function of its
// id, so /reviews/<id> renders the same review on a fresh page load.

/** When the page was loaded; review dates are relative to it. */
export const NOW = Date.now();
const DAY = 24 * 60 * 60_000;

export const COMPANY = {
  name: 'Acme Inc.',
  domain: 'acme.example',
  score: 4.1,
  total: 1204,
  category: 'Internet Service Provider',
  // Share of reviews per star, 5 down to 1.
  split: [62, 17, 6, 4, 11],
};

const SEED = [
  {
    id: '6752a1b2c3d4e5f60718293a', user: '64f0c0ffee1234567890abcd', name: 'Jane Cooper',
    country: 'GB', count: 3, picture: '#5c7cfa', rating: 4, ago: 2 * DAY, experience: 6 * DAY,
    title: 'Router works, setup was painless',
    text: 'The X2 was up in five minutes.\nSupport answered my question about the guest network the same day. One star off because the app wants an account.',
    reply: { ago: 1 * DAY, text: 'Thanks Jane! Account-free setup is coming in the next app update.' },
  },
  {
    id: '6752a1b2c3d4e5f6071829ff', user: '650000000000000000000b0b', name: 'Marcus King',
    country: 'US', count: 1, rating: 1, ago: 3 * DAY, experience: 18 * DAY, cut: 300,
    title: 'Three weeks and still no refund',
    text: 'I returned my router on October 28 with the prepaid label. The tracking says Acme received it on November 2. Since then I have called four times, and every time I am told the refund is "being processed" and that I should wait another 5 to 7 business days. Nobody can tell me why it takes this long or who approves it. I have the return receipt, the tracking number and the case number from the second call. Please just pay me back.',
  },
  {
    id: '6752a1b2c3d4e5f607182a01', user: null, name: 'Priya', country: 'IN', count: 1,
    rating: 5, ago: 4 * DAY, experience: 5 * DAY,
    title: 'Best support I’ve had 🙌',
    text: 'Rahul from Acme stayed on the phone until my mesh worked in every room. Thank you!',
  },
  {
    id: '6752a1b2c3d4e5f607182a03', user: '6500000000000000000c0c0c', name: 'Tomás Alvarez',
    country: 'ES', count: 7, picture: '#0ca678', rating: 3, ago: 6 * DAY, experience: 9 * DAY,
    title: 'Good speed, confusing bill',
    text: 'Speeds are exactly as advertised. But my first bill had an “activation fee” nobody mentioned when I signed up. Is that normal?',
    reply: { ago: 5 * DAY, text: 'Hi Tomás, the activation fee should have been waived with your promo. We’ve refunded it; you’ll see it on your next bill.' },
  },
  {
    id: '6752a1b2c3d4e5f607182a04', user: '6500000000000000000d0d0d', name: 'Hanna Schulz',
    country: 'DE', count: 2, rating: 2, ago: 9 * DAY, experience: 12 * DAY, lang: 'de',
    title: 'Techniker kam nicht',
    text: 'Der Installationstermin wurde zweimal verschoben, ohne dass mich jemand informiert hat. Jetzt funktioniert alles, aber der Weg dahin war mühsam.',
  },
];

const TITLES = ['Fast install', 'Still waiting', 'Decent value', 'Helpful chat agent', 'Outage again', 'Easy switch'];
const TEXTS = [
  'The technician was on time and the connection has been stable for a week.',
  'My order shows “processing” for ten days now and nobody answers the chat.',
  'Price is fair for the speed. The app could be simpler.',
  'The chat agent sorted out my port forwarding in minutes. Thanks!',
  'Second outage this month in my street. Credits would be nice.',
  'Switching from Globex took one call. The router arrived the next day.',
];
const NAMES = ['Alex Morgan', 'Sam Lee', 'Ruth Okafor', 'Ben Carter', 'Mia Rossi', 'Ola Nordmann', 'Kenji Sato', 'Lea Martin'];
const COLOURS = ['#f08c00', '#1c7ed6', '#ae3ec9', '#2f9e44', '#e8590c', '#495057'];

/** The n-th generated review (n = 0, 1, …): distinct id and text, deterministic. */
export function generatedReview(n) {
  const hex = n.toString(16).padStart(12, '0');
  return {
    id: `7000000000a0${hex}`, user: `7100000000b0${hex}`, name: NAMES[n % NAMES.length],
    country: ['GB', 'US', 'IE', 'CA'][n % 4], count: 1 + (n % 5),
    picture: n % 3 === 0 ? COLOURS[n % COLOURS.length] : null, rating: 1 + ((n * 3) % 5),
    ago: (10 + n) * DAY, experience: (12 + n) * DAY, title: TITLES[n % TITLES.length],
    text: `${TEXTS[n % TEXTS.length]} (review ${n + 1})`,
  };
}

export const SEED_REVIEWS = SEED;

export function lookupReview(id) {
  const seed = SEED.find((review) => review.id === id);
  if (seed) return seed;
  const match = /^7000000000a0([0-9a-f]{12})$/.exec(id);
  return match ? generatedReview(parseInt(match[1], 16)) : null;
}

/**
 * The demo Trustpilot site (test/demo/trustpilot.com/) for the table-driven site tests and
 * the benchmark. Reviews have no comments, and there is no reply box: a company answers
 * from Trustpilot Business, not from the public page.
 */
import type { SiteDemo } from './types';

export const demo: SiteDemo = {
  site: 'trustpilot',
  pages: [
    {
      // A company's review page (its path has a dot: see the issue 7 report on the server).
      url: 'https://www.trustpilot.com/review/acme.example',
      post: 'Rahul from Acme stayed on the phone',
      postId: '6752a1b2c3d4e5f607182a01',
    },
    {
      // A review's own page, then "More reviews about Acme Inc.".
      url: 'https://www.trustpilot.com/reviews/6752a1b2c3d4e5f6071829ff',
      post: 'Nobody can tell me why it takes this long or who approves it',
      postId: '6752a1b2c3d4e5f6071829ff',
    },
  ],
  bench: {
    url: 'https://www.trustpilot.com/review/acme.example',
    postSelector: 'article[data-service-review-card-paper]',
  },
  reply: null,
};

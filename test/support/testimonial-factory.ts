import { TestimonialSchema, type Testimonial } from '@/lib/db/schema';

let counter = 0;

/** A valid stored testimonial (checked by the schema); override any field. */
export function testimonial(
  overrides: Partial<Omit<Testimonial, 'author' | 'consent'>> & {
    author?: Partial<Testimonial['author']>;
    consent?: Partial<Testimonial['consent']>;
  } = {},
): Testimonial {
  counter += 1;
  const postId = overrides.postId ?? `18600000000000${counter}`;
  const handle = overrides.author?.handle ?? 'happy_hana';
  const at = Date.UTC(2026, 10, 12, 15, 0);
  const { author, consent, ...rest } = overrides;
  return TestimonialSchema.parse({
    id: `t-${counter}`,
    createdAt: at,
    updatedAt: at,
    version: 1,
    deleted: false,
    postKey: `x:${postId}`,
    platform: 'x',
    postId,
    permalink: `https://x.com/${handle}/status/${postId}`,
    quote: 'Support fixed my order in ten minutes. Best team ever!',
    originalText: '@AcmeSupport Support fixed my order in ten minutes. Best team ever!',
    postedAt: at,
    language: 'en',
    metrics: { replies: 1, reposts: 3, likes: 42, bookmarks: 0, views: 900 },
    rating: null,
    product: null,
    tags: [],
    favourite: false,
    customerKey: `x:${handle}`,
    caseId: null,
    savedAt: at + 60_000,
    savedBy: 'Sam',
    state: 'approved',
    history: [],
    ...rest,
    author: {
      handle,
      name: 'Hana Ito',
      profileUrl: `https://x.com/${handle}`,
      avatarUrl: null,
      followers: 120,
      verified: false,
      ...author,
    },
    consent: {
      state: 'granted',
      requestedAt: at + 120_000,
      via: 'reply on X',
      answeredAt: at + 3_600_000,
      evidence: { kind: 'link', url: `https://x.com/${handle}/status/1860000000000009999` },
      ...consent,
    },
  });
}

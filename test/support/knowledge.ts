import type { Article, Expert } from '@/lib/db/schema';

let counter = 0;
const meta = (at: number) => {
  counter += 1;
  return {
    id: `rec-${String(counter).padStart(6, '0')}`,
    createdAt: at,
    updatedAt: at,
    version: 1,
    deleted: false,
  };
};

/** A valid expert record; override any field. */
export const expert = (overrides: Partial<Expert> = {}): Expert => ({
  ...meta(1000 + counter),
  name: 'Dana Reyes',
  role: 'Identity team',
  topics: ['login'],
  contacts: [{ label: 'Email', url: 'mailto:dana@acme.example' }],
  notes: '',
  ...overrides,
});

/** A valid published article record; override any field. */
export const article = (overrides: Partial<Article> = {}): Article => ({
  ...meta(1000 + counter),
  title: 'Fix a login error',
  url: 'https://help.acme.example/login-error',
  body: 'If the app says your session expired, sign out and sign in again.',
  tags: ['login'],
  status: 'published',
  source: 'manual',
  caseId: null,
  ...overrides,
});

/** The parts of a case suggestions look at. */
export const caseOf = (
  text: string,
  overrides: { tags?: string[]; experts?: string[]; articles?: string[] } = {},
) => ({
  title: text.slice(0, 80),
  text,
  tags: overrides.tags ?? [],
  experts: overrides.experts ?? [],
  articles: overrides.articles ?? [],
});

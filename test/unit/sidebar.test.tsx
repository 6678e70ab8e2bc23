import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CaseLinks } from '@/components/sidebar/CaseLinks';
import { CustomerTestimonials } from '@/components/sidebar/CustomerTestimonials';
import { SidebarContent } from '@/components/sidebar/SidebarApp';
import { SimilarCases } from '@/components/sidebar/SimilarCases';
import type { SidebarView } from '@/lib/cases/sidebar-view';
import { slaText } from '@/components/SlaBadge';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

const view = (overrides: Partial<SidebarView> = {}): SidebarView => ({
  focus: null,
  currentCase: null,
  authorOpen: [],
  authorPast: [],
  recentOpen: [],
  hotTopics: [],
  openTotal: 0,
  similarOpen: [],
  ...overrides,
});

const summary = {
  id: 'c1',
  ref: 'C-ABC123',
  status: 'new' as const,
  title: HOSTILE,
  createdAt: 1000,
  updatedAt: 2000,
  permalink: 'https://x.com/dana/status/1',
  channel: 'x' as const,
  sla: {
    target: 'resolution' as const,
    state: 'at-risk' as const,
    leftMs: 40 * 60_000,
    dueAt: 5000,
  },
  priority: 'P2' as const,
  priorityReasons: ['negative', "mentions 'refund'"],
};

describe('sidebar content', () => {
  it('invites the agent to point at a post when nobody is in focus', () => {
    render(<SidebarContent view={view()} />);
    expect(screen.getByText(/Point at a post/)).toBeInTheDocument();
    expect(screen.getByText(/No open cases/)).toBeInTheDocument();
  });

  it("shows the author's current case, rendering captured text as text", () => {
    render(
      <SidebarContent
        view={view({
          focus: {
            platform: 'x',
            pageUrl: 'https://x.com/home',
            postId: '1',
            author: {
              handle: 'dana',
              name: 'Dana R',
              profileUrl: 'https://x.com/dana',
              avatarUrl: null,
            },
          },
          currentCase: {
            ...summary,
            text: HOSTILE,
            notes: [],
            checklist: [
              { id: 'define', label: HOSTILE, required: true, doneAt: null, doneBy: null },
            ],
            customer: {
              platform: 'x',
              handle: 'dana',
              name: 'Dana R',
              profileUrl: null,
              avatarUrl: null,
            },
            assignee: 'me',
          },
          authorOpen: [summary],
        })}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Dana R' })).toBeInTheDocument();
    expect(screen.getByTestId('current-case-ref')).toHaveTextContent('C-ABC123');
    expect(screen.getByTestId('current-case-text').textContent).toBe(HOSTILE);
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getByTestId('author-counts')).toHaveTextContent('1 open, 0 past');
    expect(screen.getByRole('link', { name: 'Open post' })).toHaveAttribute(
      'href',
      summary.permalink,
    );
    expect(screen.getByTestId('sla')).toHaveTextContent('Resolution at risk · 40 min left');
    expect(screen.getAllByTestId('priority')[0]).toHaveTextContent(
      "P2 negative, mentions 'refund'",
    );
  });

  it('says so when the post in focus is not a case yet', () => {
    render(
      <SidebarContent
        view={view({
          focus: {
            platform: 'x',
            pageUrl: 'https://x.com/home',
            postId: '9',
            author: { handle: 'new_person', name: '', profileUrl: null, avatarUrl: null },
          },
        })}
      />,
    );
    expect(screen.getByRole('heading', { name: '@new_person' })).toBeInTheDocument();
    expect(screen.getByText(/not a case yet/)).toBeInTheDocument();
  });
});

describe('SLA wording', () => {
  it.each([
    [
      { target: 'first' as const, state: 'on-track' as const, leftMs: 200 * 60_000, dueAt: 1 },
      'First response due in 3 h 20 min',
    ],
    [
      { target: 'next' as const, state: 'at-risk' as const, leftMs: 45 * 60_000, dueAt: 1 },
      'Reply at risk · 45 min left',
    ],
    [
      {
        target: 'resolution' as const,
        state: 'breached' as const,
        leftMs: -27 * 3_600_000,
        dueAt: 1,
      },
      'Resolution SLA breached · 1 d 3 h over',
    ],
    [
      {
        target: 'resolution' as const,
        state: 'paused' as const,
        leftMs: 2 * 3_600_000,
        dueAt: null,
      },
      'SLA paused · 2 h left',
    ],
  ])('%o reads "%s"', (sla, text) => {
    expect(slaText(sla)).toBe(text);
  });
});

// Found by the hostile-input test (test/e2e/hostile.test.ts, issue 9): a title, a shared word
// or a quote holding a right-to-left override reordered the sidebar's own words after it
// ("(shares …)" read backwards, a quote's closing mark moved inside it).
describe('captured text beside Casebook’s own words', () => {
  const RLO = 'Refund \u202eredro ym\u202c please, see invoice\u202egnp.exe';
  /** Text nodes with a direction control that sit outside any isolating element. */
  const leaking = (root: HTMLElement) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const isolated = node.parentElement?.closest('bdi, [dir], .post-text');
      if (/[\u202a-\u202e\u2066-\u2069]/.test(node.nodeValue ?? '') && !isolated) {
        out.push(node.nodeValue ?? '');
      }
    }
    return out;
  };

  it('isolates titles, shared words and quotes', () => {
    const { container } = render(
      <>
        <SimilarCases
          caseId="c0"
          similar={[
            {
              summary: { ...summary, title: RLO },
              handle: 'dana',
              reason: { shared: ['invoice\u202egnp', 'refund'], score: 0.5 },
            },
          ]}
        />
        <CaseLinks cases={[{ ...summary, title: RLO }]} label="Open cases" />
        <CustomerTestimonials
          testimonials={[
            {
              id: 't1',
              quote: RLO,
              platform: 'x',
              permalink: null,
              postedAt: null,
              savedAt: 1000,
              state: 'pending',
              favourite: false,
              consent: 'not-asked',
            },
          ]}
        />
      </>,
    );
    expect(screen.getAllByText(RLO)).toHaveLength(3);
    expect(screen.getByText('invoice\u202egnp').localName).toBe('bdi');
    expect(leaking(container)).toEqual([]);
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CustomerFacts } from '@/components/sidebar/CustomerPanel';
import type { CustomerTestimonial, CustomerView } from '@/lib/customers/customer-view';

const HOSTILE = '<img src=x onerror="window.__pwned=1">Loved it';

const view = (testimonials: CustomerTestimonial[]): CustomerView => ({
  customer: {
    id: 'c1',
    name: 'Dana Ruiz',
    emails: [],
    phone: '',
    company: '',
    owner: '',
    identities: [{ platform: 'x', handle: 'dana_r', profileUrl: null, followers: null }],
    crmLinks: [],
    lifetimeValue: null,
    vip: false,
    products: [],
    segment: '',
    notes: [],
  },
  influence: null,
  sentiment: null,
  openCases: [],
  pastCases: [],
  suggestions: [],
  promises: [],
  testimonials,
});

describe('the customer panel’s testimonials', () => {
  it('says when there are none', () => {
    render(<CustomerFacts view={view([])} />);
    expect(screen.getByText('No testimonials yet.')).toBeTruthy();
  });

  it('lists each quote as text with its state and consent', () => {
    render(
      <CustomerFacts
        view={view([
          {
            id: 't1',
            quote: HOSTILE,
            platform: 'x',
            permalink: null,
            postedAt: null,
            savedAt: 1,
            state: 'approved',
            favourite: false,
            consent: 'not-asked',
          },
        ])}
      />,
    );
    const list = screen.getByRole('list', { name: 'Testimonials' });
    expect(within(list).getByText(/approved, consent not asked/)).toBeTruthy();
    expect(list.textContent).toContain(HOSTILE);
    expect(list.querySelector('img')).toBeNull();
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TestimonialsView } from '@/components/testimonials/TestimonialsView';
import { classifyError } from '@/lib/background';
import type { CasebookDatabase } from '@/lib/db/database';
import type { RouterOptions, Sender } from '@/lib/messages/router';
import { saveTestimonial } from '@/lib/testimonials/store';
import { testRoute } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  isSupportedPage: (url) => url.hostname === 'x.com',
  classify: classifyError,
};
const dashboard: Sender = { id: EXT_ID, url: `${ORIGIN}dashboard.html` };

let db: CasebookDatabase;

/** The dashboard's requests reach the real router and handlers over the test database. */
beforeEach(async () => {
  db = freshDatabase();
  const route = testRoute(db, options);
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, dashboard).then(sendResponse);
    return true;
  });
  history.replaceState(null, '', '#view=testimonials');
  const save = (postId: string, handle: string, text: string) =>
    saveTestimonial(
      db,
      parsedPost({ postId, text, author: { ...parsedPost().author, handle, name: handle } }),
      null,
      actor(),
    );
  await save('101', 'hana', 'Support fixed my order in ten minutes <3');
  await save('102', 'omar', '=SUM(A1) Best <b>onboarding</b> I have seen.');
});

afterEach(() => vi.restoreAllMocks());

const card = async (name: string) => (await screen.findByRole('article', { name })) as HTMLElement;

describe('the Testimonials view', () => {
  it('shows the quotes as text, and approves, grants consent and stars one', async () => {
    const user = userEvent.setup();
    render(<TestimonialsView db={db} />);
    const hana = await card('hana');
    expect((await card('omar')).querySelector('.t-quote')).toHaveTextContent(
      '=SUM(A1) Best <b>onboarding</b> I have seen.',
    );

    await user.click(within(hana).getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(within(hana).getByRole('button', { name: 'Approve' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    await user.click(within(hana).getByRole('button', { name: 'Granted…' }));
    await user.type(
      within(hana).getByLabelText('Link to the reply'),
      'https://x.com/hana/status/999',
    );
    await user.click(within(hana).getByRole('button', { name: 'Mark granted' }));
    await within(hana).findByText('Consent granted');
    expect(within(hana).getByRole('link', { name: 'Evidence' })).toHaveAttribute(
      'href',
      'https://x.com/hana/status/999',
    );

    const star = within(hana).getByRole('button', { name: 'Favourite: hana' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'true'));
    const stored = await db.testimonials.where('postKey').equals('x:101').first();
    expect(stored).toMatchObject({ state: 'approved', favourite: true });
    expect(stored!.consent).toMatchObject({ state: 'granted' });
  });

  it('shows a refused change as an error and keeps what was typed', async () => {
    const user = userEvent.setup();
    render(<TestimonialsView db={db} />);
    const hana = await card('hana');
    await user.click(within(hana).getByText('Edit quote, tags, product, rating'));
    const quote = within(hana).getByLabelText('Quote as published');
    await user.clear(quote);
    await user.type(quote, '   ');
    await user.click(within(hana).getByRole('button', { name: 'Save changes' }));
    expect(await within(hana).findByRole('alert')).toHaveTextContent(/quote/i);
    expect(quote).toHaveValue('   ');
  });

  it('keeps the filter in the URL and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<TestimonialsView db={db} />);
    await card('hana');
    await user.type(screen.getByLabelText('Search testimonials'), 'onboarding');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'hana' })).toBeNull());
    expect(location.hash).toBe('#view=testimonials&q=onboarding');
    await user.selectOptions(screen.getByLabelText('State'), 'approved');
    expect(await screen.findByText('No testimonials match this filter.')).toBeInTheDocument();
    expect(location.hash).toContain('state=approved');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await card('hana');
  });

  it('erases a customer’s testimonials after a step that says what will happen', async () => {
    const user = userEvent.setup();
    render(<TestimonialsView db={db} />);
    const omar = await card('omar');
    await user.click(within(omar).getByRole('button', { name: /Erase this customer/ }));
    expect(within(omar).getByText(/cannot be brought back/)).toBeInTheDocument();
    await user.click(within(omar).getByRole('button', { name: 'Erase @omar’s testimonials' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'omar' })).toBeNull());
    expect(await db.testimonialErasures.count()).toBe(1);
  });

  it('exports nothing unpublishable by default; with the box ticked, previews the wall sandboxed and downloads', async () => {
    const user = userEvent.setup();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:casebook/1';
    };
    render(<TestimonialsView db={db} />);
    await user.click(await screen.findByRole('button', { name: 'Export…' }));
    expect(await screen.findByText(/Nothing to export in this filter/)).toBeInTheDocument();

    await user.click(screen.getByLabelText('Include testimonials without approval or consent'));
    expect(screen.getByRole('note')).toHaveTextContent(/Not for publishing/);
    const frame = await screen.findByTitle('Preview of the wall of love');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('Best &lt;b&gt;onboarding&lt;/b&gt;');
    expect(frame.getAttribute('srcdoc')).not.toContain('<b>onboarding');

    await user.click(screen.getByRole('radio', { name: 'CSV' }));
    expect(screen.getByLabelText('Preview of the file').textContent).toContain("'=SUM");
    await user.click(screen.getByRole('button', { name: 'Download 2 testimonials' }));
    expect(clicked[0]!.download).toMatch(/^casebook-testimonials-all-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await blobs[0]!.text()).toContain('not approved');
    expect(screen.getByText(/Saved casebook-testimonials-all-/)).toBeInTheDocument();
  });
});

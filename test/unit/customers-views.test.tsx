import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { capturePost } from '@/lib/cases/capture';
import { checkCustomerForm, EMPTY_FORM, formOf } from '@/lib/customers/customer-form';
import { listCustomers } from '@/lib/customers/customer-list';
import { createCustomer } from '@/lib/customers/customer-store';
import type { CasebookDatabase } from '@/lib/db/database';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

beforeEach(() => {
  location.hash = '';
});

async function seed(db: CasebookDatabase) {
  await capturePost(db, parsedPost(), actor());
  const social = (await db.customers.where('identityKeys').equals('x:dana_r').first())!;
  const crm = await createCustomer(
    db,
    {
      name: 'Dana Ruiz',
      company: 'Globex Corporation',
      emails: ['dana_r@example.com'],
      vip: true,
      lifetimeValue: { amount: 4200, currency: 'USD' },
    },
    actor(actor().now + 60_000),
  );
  return { social, crm };
}

describe('checkCustomerForm (pure)', () => {
  it('sends only changed fields, and reads amounts as people write them', async () => {
    const db = freshDatabase();
    const { crm } = await seed(db);
    const form = { ...formOf(crm), amount: '1,250.50', currency: 'eur', vip: false };
    expect(checkCustomerForm(form, crm)).toEqual({
      ok: true,
      patch: { lifetimeValue: { amount: 1250.5, currency: 'EUR' }, vip: false },
    });
    expect(checkCustomerForm(formOf(crm), crm)).toEqual({ ok: true, patch: {} });
  });

  it('names the field of each problem', () => {
    expect(checkCustomerForm({ ...EMPTY_FORM, amount: '12' }, null)).toEqual({
      ok: false,
      errors: {
        name: 'A customer needs a name',
        currency: 'Give the currency of the value, such as EUR or USD',
      },
    });
    const bad = checkCustomerForm(
      { ...EMPTY_FORM, name: 'A', amount: 'lots', currency: 'EU' },
      null,
    );
    expect(bad).toMatchObject({ ok: false, errors: { amount: expect.stringMatching(/amount/) } });
    const code = checkCustomerForm({ ...EMPTY_FORM, name: 'A', amount: '5', currency: 'EU' }, null);
    expect(code).toMatchObject({
      ok: false,
      errors: { currency: expect.stringMatching(/ISO 4217/) },
    });
  });
});

describe('listCustomers', () => {
  it('finds by name prefix, handle, email and company, newest first, live only', async () => {
    const db = freshDatabase();
    const { social, crm } = await seed(db);
    const names = async (search: string) =>
      (await listCustomers(db, search)).customers.map((c) => c.id);
    expect(await names('')).toEqual([crm.id, social.id]);
    expect(await names('dana')).toEqual([crm.id, social.id]);
    expect(await names('@dana_')).toEqual([social.id]);
    expect(await names('DANA_R@EX')).toEqual([crm.id]);
    expect(await names('globex')).toEqual([crm.id]);
    expect(await names('ruiz')).toEqual([crm.id]);
    expect(await names('nobody')).toEqual([]);
    const page = await listCustomers(db, '', 1);
    expect(page).toMatchObject({ more: true, customers: [{ id: crm.id }] });
  });
});

describe('Customers view', () => {
  it('says how customers come when there are none', async () => {
    const db = freshDatabase();
    location.hash = '#view=customers';
    render(<DashboardApp db={db} />);
    expect(await screen.findByTestId('customers-empty')).toHaveTextContent('No customers yet');
  });

  it('lists, searches and opens a customer page with cases, badges and sentiment', async () => {
    const db = freshDatabase();
    serveBackground(db);
    await capturePost(
      db,
      parsedPost({
        author: { ...parsedPost().author, name: HOSTILE },
        text: 'I love this, thank you so much',
      }),
      actor(),
    );
    await seed(db);
    location.hash = '#view=customers';
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const list = await screen.findByRole('list', { name: 'Customer list' });
    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(2));
    expect(within(list).getByRole('button', { name: /Dana Ruiz/ })).toHaveTextContent('VIP');
    expect(within(list).getByRole('button', { name: /Dana Ruiz/ })).toHaveTextContent('$4,200.00');

    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), '@dana_r');
    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(1));
    await user.click(within(list).getByRole('button'));
    expect(location.hash).toMatch(/view=customers&customer=/);
    const page = await screen.findByRole('article');
    // Captured text is shown as text: the hostile display name is not markup.
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent(HOSTILE);
    expect(document.querySelector('img')).toBeNull();
    const open = within(page).getByRole('region', { name: 'Open cases' });
    expect(within(open).getByRole('link', { name: /Case/ }).getAttribute('href')).toMatch(
      /^#view=cases&case=/,
    );
    expect(within(page).getByRole('link', { name: '@dana_r on X' })).toHaveAttribute(
      'href',
      'https://x.com/dana_r',
    );
    expect(within(page).getByRole('img', { name: /Sentiment/ })).toBeInTheDocument();
  });

  it('edits details with errors beside the field, keeping the input, and adds an email', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const { social } = await seed(db);
    location.hash = `#view=customers&customer=${social.id}`;
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await user.click(await screen.findByRole('button', { name: 'Edit details' }));
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '1200');
    await user.click(screen.getByRole('checkbox', { name: 'VIP customer' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const currency = screen.getByRole('textbox', { name: 'Currency' });
    expect(currency).toHaveAttribute('aria-invalid', 'true');
    expect(await screen.findByRole('alert')).toHaveTextContent('Give the currency');
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveValue('1200');
    expect((await db.customers.get(social.id))!.lifetimeValue).toBeNull();

    await user.type(currency, 'eur');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved Dana R.')).toBeInTheDocument();
    expect(await db.customers.get(social.id)).toMatchObject({
      vip: true,
      lifetimeValue: { amount: 1200, currency: 'EUR' },
    });

    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Add email' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not an email address');
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('not-an-email');
    await user.clear(screen.getByRole('textbox', { name: 'Email address' }));
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'dana.r@example.org');
    await user.click(screen.getByRole('button', { name: 'Add email' }));
    await waitFor(async () =>
      expect((await db.customers.get(social.id))!.emails).toEqual(['dana.r@example.org']),
    );
    expect(await screen.findByRole('link', { name: 'dana.r@example.org' })).toBeInTheDocument();
  });

  it('merges only once every conflict is chosen, then undoes the merge', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const { social, crm } = await seed(db);
    location.hash = `#view=customers&customer=${crm.id}`;
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const suggestions = await screen.findByRole('list', { name: 'Merge suggestions' });
    expect(suggestions).toHaveTextContent('Dana R');
    expect(suggestions).toHaveTextContent('60%');
    await user.click(within(suggestions).getByRole('button', { name: /Merge Dana R into/ }));
    const dialog = await screen.findByRole('dialog');
    const merge = within(dialog).getByRole('button', { name: 'Merge' });
    expect(merge).toBeDisabled();
    const radios = within(dialog).getAllByRole('radio');
    expect(radios.every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    const name = within(dialog).getByRole('group', { name: 'Name' });
    await user.click(within(name).getByRole('radio', { name: /Dana Ruiz/ }));
    expect(merge).toBeDisabled();
    const vip = within(dialog).getByRole('group', { name: 'VIP' });
    await user.click(within(vip).getByRole('radio', { name: /^VIP/ }));
    expect(merge).toBeEnabled();
    await user.click(merge);
    await waitFor(async () =>
      expect(await db.customers.get(social.id)).toMatchObject({ mergedInto: crm.id }),
    );
    expect(await screen.findByText(/Merged Dana R into Dana Ruiz/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();

    const history = await screen.findByRole('list', { name: 'Merges' });
    expect(history).toHaveTextContent('“Dana R” merged into this customer by me');
    await user.click(within(history).getByRole('button', { name: 'Undo merge' }));
    await waitFor(async () =>
      expect(await db.customers.get(social.id)).toMatchObject({ mergedInto: null }),
    );
    expect(await within(history).findByText(/undone by me/)).toBeInTheDocument();
    expect(await db.customers.get(crm.id)).toMatchObject({ identities: [] });
  });

  it('imports a CSV: mapping, preview with row errors and nothing written, then update', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const { social } = await seed(db);
    location.hash = '#view=customers';
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await user.click(await screen.findByRole('button', { name: 'Import CSV…' }));
    const csv = [
      'Full Name,Email,Twitter,Lifetime Value,Currency,VIP',
      'Dana Rivera,dana.rivera@example.com,@dana_r,900,EUR,yes',
      'Bad Row,not-an-email,,,,',
    ].join('\n');
    const input = screen.getByLabelText('CSV file to import');
    await user.upload(input, new File([csv], 'crm.csv', { type: 'text/csv' }));
    const twitter = await screen.findByRole('combobox', { name: 'Import column “Twitter” as' });
    expect(twitter).toHaveValue('handle.x');
    expect(screen.getByRole('combobox', { name: 'Import column “Email” as' })).toHaveValue('email');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const summary = await screen.findByTestId('customer-import-summary');
    expect(summary).toHaveTextContent('0 to add');
    expect(summary).toHaveTextContent('1 to update');
    expect(summary).toHaveTextContent('1 skipped');
    const skipped = screen.getByRole('table', { name: 'Rows skipped, and why' });
    expect(skipped).toHaveTextContent('3');
    expect(skipped).toHaveTextContent('“not-an-email” is not an email address');
    expect((await db.customers.get(social.id))!.vip).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Import 1 customer' }));
    expect(await screen.findByTestId('import-result')).toHaveTextContent(
      '0 added, 1 updated, 1 skipped',
    );
    expect(await db.customers.get(social.id)).toMatchObject({
      name: 'Dana Rivera',
      vip: true,
      emails: ['dana.rivera@example.com'],
      lifetimeValue: { amount: 900, currency: 'EUR' },
    });

    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    await user.upload(
      screen.getByLabelText('CSV file to import'),
      new File([csv.replace(',900,', ',950,')], 'crm.csv', { type: 'text/csv' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    expect(await screen.findByTestId('customer-import-summary')).toHaveTextContent('1 to update');
    expect(screen.getByRole('table', { name: /Customers to update/ })).toHaveTextContent(
      'lifetimeValue: 900 EUR → 950 EUR',
    );
  });
});

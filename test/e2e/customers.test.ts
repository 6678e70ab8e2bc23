import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureButtonIn, closeSidebar, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const ORDER_POST = 'my order #4411 never arrived'; // by @jordan_lee (Jordan Lee)
const REFUND_POST = 'Charged twice for my March bill'; // by @the_real_kim (Kim Nguyen)

/** Light and dark screenshots of what the dashboard shows now (theme: follow the system). */
async function shoot(dashboard: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await dashboard.emulateMedia({ colorScheme: scheme });
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-customers-${name}-${scheme}.png` });
  }
  await dashboard.emulateMedia({ colorScheme: 'light' });
}

describe('customers in the dashboard (production build, real Chromium)', () => {
  const ext = useExtension();

  it('edits a customer, imports a CSV with a bad row, merges with a choice and undoes it', async () => {
    // Two posts by two demo authors, captured on x.com: two customers.
    const page = await ext.open('https://x.com/home');
    await captureButtonIn(page, ORDER_POST).click();
    await closeSidebar(page, await sidebarOf(page));
    await captureButtonIn(page, REFUND_POST).click();
    await sidebarOf(page);
    await page.close();

    const dashboard = await ext.dashboard();
    await dashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Customers' })
      .click();
    const list = dashboard.getByRole('list', { name: 'Customer list' });
    await expect.poll(() => list.getByRole('button').count()).toBe(2);
    expect(await list.textContent()).toContain('@jordan_lee');
    expect(await list.textContent()).toContain('@the_real_kim');

    // Edit Jordan: an email, VIP and a lifetime value.
    await list.getByRole('button', { name: /Jordan Lee/ }).click();
    const customer = dashboard.getByRole('article');
    await customer.getByRole('heading', { name: 'Jordan Lee' }).waitFor();
    await expect
      .poll(() => customer.getByRole('region', { name: 'Open cases' }).textContent())
      .toContain('never arrived');
    await customer.getByRole('textbox', { name: 'Email address' }).fill('jordan.lee@example.com');
    await customer.getByRole('button', { name: 'Add email' }).click();
    await customer.getByRole('link', { name: 'jordan.lee@example.com' }).waitFor();
    await dashboard.getByRole('button', { name: 'Edit details' }).click();
    await dashboard.getByRole('textbox', { name: 'Amount' }).fill('1200');
    await dashboard.getByRole('button', { name: 'Save' }).click();
    // No currency: the error is beside the field, and the amount is still there.
    await expect
      .poll(() => dashboard.getByRole('alert').first().textContent())
      .toContain('Give the currency');
    expect(await dashboard.getByRole('textbox', { name: 'Amount' }).inputValue()).toBe('1200');
    await dashboard.getByRole('textbox', { name: 'Currency' }).fill('USD');
    await dashboard.getByRole('checkbox', { name: 'VIP customer' }).check();
    await dashboard.getByRole('button', { name: 'Save' }).click();
    await customer.getByText('Saved Jordan Lee.').waitFor();
    const jordanRow = list.getByRole('button', { name: /Jordan Lee/ });
    await expect.poll(() => jordanRow.textContent()).toContain('VIP');
    expect(await jordanRow.textContent()).toContain('$1,200.00');
    await shoot(dashboard, 'list');
    await shoot(dashboard, 'page');

    // Import: one row for Kim (by her X handle), one bad row. Nothing is written before Import.
    await dashboard.getByRole('button', { name: 'Import CSV…' }).click();
    const csv = [
      'Full Name,Email,Twitter,Company,Lifetime Value,Currency',
      'Kim Nguyen,kim.nguyen@example.com,@the_real_kim,Initech,"2,500.00",EUR',
      'Broken Row,kim at example,,Initech,,',
    ].join('\r\n');
    await dashboard.getByLabel('CSV file to import').setInputFiles({
      name: 'crm-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const twitter = dashboard.getByRole('combobox', { name: 'Import column “Twitter” as' });
    expect(await twitter.inputValue()).toBe('handle.x');
    await dashboard.getByRole('button', { name: 'Preview' }).click();
    const summary = dashboard.getByTestId('customer-import-summary');
    await expect.poll(() => summary.textContent()).toBe('0 to add1 to update1 skipped');
    const skipped = dashboard.getByRole('table', { name: 'Rows skipped, and why' });
    expect(await skipped.textContent()).toContain('3');
    expect(await skipped.textContent()).toContain('“kim at example” is not an email address');
    await shoot(dashboard, 'import-preview');
    const kimRow = list.getByRole('button', { name: /Kim Nguyen/ });
    expect(await kimRow.textContent()).not.toContain('Initech');
    await dashboard.getByRole('button', { name: 'Import 1 customer' }).click();
    await expect
      .poll(() => dashboard.getByTestId('import-result').textContent())
      .toContain('0 added, 1 updated, 1 skipped');
    await expect.poll(() => kimRow.textContent()).toContain('Initech');
    expect(await kimRow.textContent()).toContain('€2,500.00');

    // A second Jordan Lee, entered by hand with another value: the same name is a suggestion.
    await dashboard.getByRole('button', { name: 'New customer' }).click();
    await dashboard.getByRole('textbox', { name: 'Name' }).fill('Jordan Lee');
    await dashboard.getByRole('textbox', { name: 'Company' }).fill('Lee Logistics');
    await dashboard.getByRole('textbox', { name: 'Amount' }).fill('300');
    await dashboard.getByRole('textbox', { name: 'Currency' }).fill('USD');
    await dashboard.getByRole('button', { name: 'Add customer' }).click();
    await dashboard.getByText('Added Jordan Lee.').waitFor();
    await expect.poll(() => list.getByRole('button').count()).toBe(3);

    // Merge the new one into the captured Jordan, choosing each conflicting field.
    await list.getByRole('button', { name: /Jordan Lee.*VIP/ }).click();
    const suggestions = customer.getByRole('list', { name: 'Merge suggestions' });
    await expect.poll(() => suggestions.textContent()).toContain('40%');
    expect(await suggestions.textContent()).toContain('Same name “Jordan Lee”');
    await suggestions.getByRole('button', { name: /^Merge Jordan Lee/ }).click();
    const dialog = dashboard.getByRole('dialog');
    const merge = dialog.getByRole('button', { name: 'Merge' });
    expect(await merge.isDisabled()).toBe(true);
    await dialog
      .getByRole('group', { name: 'Lifetime value' })
      .getByRole('radio', { name: /\$1,200\.00/ })
      .check();
    expect(await merge.isDisabled()).toBe(true);
    await dialog.getByRole('group', { name: 'VIP' }).getByRole('radio', { name: /^VIP/ }).check();
    expect(await merge.isDisabled()).toBe(false);
    await shoot(dashboard, 'merge-dialog');
    await merge.click();
    await customer.getByText(/^Merged Jordan Lee into Jordan Lee/).waitFor();
    await expect.poll(() => list.getByRole('button').count()).toBe(2);
    const details = customer.locator('.customer-details');
    // The page follows the merged record as the database tells it (a moment after).
    await expect.poll(() => details.textContent()).toContain('Lee Logistics');
    expect(await details.textContent()).toContain('$1,200.00');

    // Undo: both come back as they were.
    const history = customer.getByRole('list', { name: 'Merges' });
    await history.getByRole('button', { name: 'Undo merge' }).click();
    await expect.poll(() => history.textContent()).toContain('undone by me');
    await expect.poll(() => list.getByRole('button').count()).toBe(3);
    await expect.poll(() => details.textContent()).not.toContain('Lee Logistics');
    await shoot(dashboard, 'after-undo');
  });
});

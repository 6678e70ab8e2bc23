import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import { SCREENSHOTS, useExtension } from './fixture';

// Issue 11's settings in the production build: the watch list with its "Try it" box, and
// a routing rule with its dry run, saved through the background and read back.
describe('listening and routing settings', () => {
  const ext = useExtension();

  it('tries a watch list and a rule on sample posts, saves both, and keeps them', async () => {
    const { context, extensionId } = ext.browser;
    const options = await openExtensionPage(context, extensionId, 'options.html');

    const listening = options.getByRole('region', { name: 'Listening' });
    await listening.getByRole('textbox', { name: 'Brand names' }).fill('Acme');
    await listening.getByRole('textbox', { name: 'Exclusions' }).fill('acme museum');
    const post = listening.getByRole('textbox', { name: 'Post text to try' });
    const result = listening.getByRole('group', { name: 'Try-it result' });
    await post.fill('Visited the Acme museum today.');
    await expect.poll(() => result.textContent()).toMatch(/acme museum/i);
    await post.fill('Where can I get my ACMÉ anvil repaired?');
    await expect.poll(() => result.textContent()).toMatch(/asks a question/);
    expect(await result.textContent()).toMatch(/needs answer \(priority \d+\)/);
    await listening.getByRole('button', { name: 'Save listening settings' }).click();
    await listening.getByText('Saved.').waitFor();

    const routing = options.getByRole('region', { name: 'Routing' });
    await routing.getByRole('button', { name: 'Add rule' }).click();
    const name = routing.getByRole('textbox', { name: "Rule 1 'Rule 1': name" });
    await name.fill('Billing');
    await routing.getByRole('textbox', { name: "Rule 1 'Billing': keywords" }).fill('invoice');
    await routing.getByRole('combobox', { name: "Rule 1 'Billing': action" }).selectOption('agent');
    await routing.getByRole('textbox', { name: 'Post text' }).fill('My invoice is wrong');
    await routing.getByText("Rule 1 'Billing' fires: assign to me").waitFor();
    await routing.getByRole('textbox', { name: 'Post text' }).fill('Where is my parcel?');
    await routing.getByText(/No rule fires/).waitFor();
    await routing.getByRole('button', { name: 'Save routing' }).click();
    await routing.getByText('Saved.').waitFor();

    await listening.screenshot({ path: `${SCREENSHOTS}/options-listening-light.png` });
    await routing.screenshot({ path: `${SCREENSHOTS}/options-routing-light.png` });
    await options.emulateMedia({ colorScheme: 'dark' });
    await listening.screenshot({ path: `${SCREENSHOTS}/options-listening-dark.png` });
    await routing.screenshot({ path: `${SCREENSHOTS}/options-routing-dark.png` });

    // Stored by the background: a new page reads both back.
    await options.reload();
    const again = options.getByRole('region', { name: 'Listening' });
    await expect
      .poll(() => again.getByRole('textbox', { name: 'Brand names' }).inputValue())
      .toBe('Acme');
    expect(
      await options
        .getByRole('region', { name: 'Routing' })
        .getByRole('textbox', { name: "Rule 1 'Billing': keywords" })
        .inputValue(),
    ).toBe('invoice');
    await options.close();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { readSettings } from '@/lib/settings';
import { serveBackground } from '../support/fake-background';
import { freshDatabase } from '../support/factories';

async function openListening() {
  const db = freshDatabase();
  serveBackground(db);
  const user = userEvent.setup();
  render(<OptionsApp db={db} />);
  const region = await screen.findByRole('region', { name: 'Listening' });
  return { db, user, section: within(region) };
}

describe('settings page: listening', () => {
  it('is listed after Follow-ups', async () => {
    await openListening();
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links.indexOf('Listening')).toBe(links.indexOf('Follow-ups') + 1);
  });

  it('tries a post live with the unsaved lists, then saves them', async () => {
    const { db, user, section } = await openListening();
    await user.type(section.getByRole('textbox', { name: 'Brand names' }), 'Acme{Enter}Acme Corp');
    await user.type(section.getByRole('textbox', { name: 'Handles' }), '@acme');
    await user.type(section.getByRole('textbox', { name: 'Products' }), 'Roadrunner 3000');
    await user.type(section.getByRole('textbox', { name: 'Exclusions' }), 'acme museum');

    const post = section.getByRole('textbox', { name: 'Post text to try' });
    const result = section.getByRole('group', { name: 'Try-it result' });
    await user.type(post, 'My Roadrunner 3000 from Acme arrived today.');
    expect(result).toHaveTextContent('Watch list: matched: “Roadrunner 3000”, “Acme”');

    await user.clear(post);
    await user.type(post, 'Visited the Acme museum today.');
    expect(result).toHaveTextContent('not matched, excluded by “acme museum”');

    await user.clear(post);
    await user.type(post, 'Where can I get my Acme anvil repaired?');
    expect(result).toHaveTextContent('Classifier: Question, needs answer');
    expect(within(result).getByText(/asks a question/)).toBeInTheDocument();

    // A word of the team's own makes a post a complaint, before saving.
    await user.clear(post);
    await user.type(post, 'Acme sent me a dud again');
    expect(result).not.toHaveTextContent('Complaint');
    await user.type(section.getByRole('textbox', { name: 'Extra complaint words' }), 'dud');
    expect(result).toHaveTextContent('Classifier: Complaint');

    await user.click(
      section.getByRole('checkbox', {
        name: 'A mention of our handle with no question still needs an answer',
      }),
    );
    expect(section.getByText('Unsaved changes.')).toBeInTheDocument();
    await user.click(section.getByRole('button', { name: 'Save listening settings' }));
    expect(await section.findByText('Saved.')).toHaveAttribute('role', 'status');

    const saved = (await readSettings(db)).listening;
    expect(saved.watchList).toEqual({
      brands: ['Acme', 'Acme Corp'],
      handles: ['@acme'],
      products: ['Roadrunner 3000'],
      keywords: [],
      exclusions: ['acme museum'],
    });
    expect(saved.classifier).toMatchObject({
      extraComplaintWords: ['dud'],
      brandHandles: ['@acme'],
      brandMentionNeedsAnswer: true,
      questionThreshold: 2,
    });
  });

  it('shows a bad term beside its field and saves nothing', async () => {
    const { db, user, section } = await openListening();
    await user.type(section.getByRole('textbox', { name: 'Handles' }), 'acme{Enter}not a handle');
    await user.click(section.getByRole('button', { name: 'Save listening settings' }));
    expect(
      await section.findByRole('link', { name: 'Listening: handles, term 2' }),
    ).toBeInTheDocument();
    const handles = section.getByRole('textbox', { name: 'Handles' });
    expect(handles).toHaveAttribute('aria-invalid', 'true');
    expect(handles).toHaveAccessibleDescription(/Term 2 \(“not a handle”\).*letters, digits/);
    expect(section.getByText('Not saved: fix the fields marked above.')).toBeInTheDocument();
    expect((await readSettings(db)).listening.watchList.handles).toEqual([]);
  });

  it('restores the defaults', async () => {
    const { user, section } = await openListening();
    const keywords = section.getByRole('textbox', { name: 'Keywords' });
    await user.type(keywords, 'anvil');
    await user.click(section.getByRole('button', { name: 'Restore defaults' }));
    expect(keywords).toHaveValue('');
    expect(section.getByRole('spinbutton', { name: 'Question threshold' })).toHaveValue(2);
  });
});

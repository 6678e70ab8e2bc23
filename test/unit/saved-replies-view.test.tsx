import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SavedRepliesView } from '@/components/dashboard/SavedRepliesView';
import { capturePost } from '@/lib/cases/capture';
import { ensureDefaultReplies, listSavedReplies } from '@/lib/replies/store';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

async function desk({ withCase }: { withCase: boolean }) {
  const db = freshDatabase();
  await ensureDefaultReplies(db, 1);
  const captured = withCase ? await capturePost(db, parsedPost(), actor()) : null;
  serveBackground(db);
  return { db, ref: captured?.ref ?? null };
}

const rows = () =>
  within(screen.getByRole('list', { name: 'Saved replies' })).getAllByRole('button');

describe('the saved replies view', () => {
  it('lists the replies by name and searches them', async () => {
    const { db } = await desk({ withCase: false });
    const user = userEvent.setup();
    render(<SavedRepliesView db={db} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.type(screen.getByRole('searchbox', { name: 'Search saved replies' }), 'resolution');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Resolved – check');
  });

  it('says what to fix in plain words, previews with the latest case, and saves', async () => {
    const { db, ref } = await desk({ withCase: true });
    const user = userEvent.setup();
    render(<SavedRepliesView db={db} />);
    await user.click(await screen.findByRole('button', { name: 'New saved reply' }));
    const form = screen.getByRole('form', { name: 'New saved reply' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAccessibleDescription('Give the saved reply a name.');
    await waitFor(() => expect(name).toHaveFocus());
    expect(within(form).getByRole('textbox', { name: 'Text' })).toHaveAccessibleDescription(
      'Write the text of the reply.',
    );

    await user.type(name, 'Thanks');
    const body = within(form).getByRole('textbox', { name: 'Text' });
    await user.type(body, 'Thanks ');
    await user.click(within(form).getByRole('button', { name: /^Insert \{name\}/ }));
    await user.type(body, '! Ref ');
    await user.click(within(form).getByRole('button', { name: /^Insert \{case\}/ }));
    expect(body).toHaveValue('Thanks {name}! Ref {case}');
    expect(within(form).getByRole('heading', { name: /^Preview for/ })).toHaveTextContent(
      `Preview for ${ref} (@dana_r)`,
    );
    expect(within(form).getByTestId('reply-preview')).toHaveTextContent(
      `Thanks Dana R! Ref ${ref}`,
    );

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved “Thanks”.')).toBeInTheDocument();
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect((await listSavedReplies(db)).find((r) => r.name === 'Thanks')?.body).toBe(
      'Thanks {name}! Ref {case}',
    );
  });
});

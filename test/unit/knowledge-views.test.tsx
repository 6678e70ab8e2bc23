import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { CaseKnowledgePanel } from '@/components/knowledge/CaseKnowledge';
import { WriteUpForm } from '@/components/knowledge/WriteUpForm';
import { SidebarContent } from '@/components/sidebar/SidebarApp';
import { capturePost } from '@/lib/cases/capture';
import { addCaseNote, setCaseStatus } from '@/lib/cases/edit';
import { buildSidebarView } from '@/lib/cases/sidebar-view';
import { saveArticle } from '@/lib/knowledge/articles';
import { saveExpert } from '@/lib/knowledge/experts';
import type { CaseKnowledge } from '@/lib/knowledge/case-knowledge';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const LOGIN_POST = 'Login error again: the app says "session expired" every time I sign in';

beforeEach(() => {
  location.hash = '';
});

const danaInput = {
  name: 'Dana Reyes',
  role: 'Identity team',
  topics: ['login'],
  contacts: [{ label: 'Email', url: 'mailto:dana@acme.example' }],
  notes: '',
};

describe('Experts view', () => {
  it('adds an expert with topics and contacts; bad links are refused, the input kept', async () => {
    const db = freshDatabase();
    serveBackground(db);
    location.hash = '#view=experts';
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    expect(await screen.findByTestId('experts-empty')).toHaveTextContent('No experts yet');
    await user.click(screen.getByRole('button', { name: 'New expert' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Dana Reyes');
    await user.type(screen.getByRole('textbox', { name: 'Role' }), 'Identity team');
    await user.type(screen.getByRole('textbox', { name: 'Topics' }), 'Login, 2FA');
    await user.type(screen.getByRole('textbox', { name: 'Contact 1 link' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add expert' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Contact 1: an http(s), mailto: or tel: link',
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Dana Reyes');
    expect(await db.experts.count()).toBe(0);

    await user.clear(screen.getByRole('textbox', { name: 'Contact 1 link' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact 1 link' }), 'dana@acme.example');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact 2 label' }), 'Desk phone');
    await user.type(screen.getByRole('textbox', { name: 'Contact 2 link' }), '+1 555 0100 22');
    await user.click(screen.getByRole('button', { name: 'Add expert' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Added Dana Reyes.');
    const [stored] = await db.experts.toArray();
    expect(stored).toMatchObject({
      topics: ['login', '2fa'],
      contacts: [
        { label: 'Email', url: 'mailto:dana@acme.example' },
        { label: 'Desk phone', url: 'tel:+1555010022' },
      ],
    });
    const list = screen.getByRole('list', { name: 'Experts' });
    expect(list).toHaveTextContent('Dana Reyes');
    const reach = screen.getByRole('list', { name: 'How to reach Dana Reyes' });
    expect(within(reach).getByRole('link', { name: 'Email' })).toHaveAttribute(
      'href',
      'mailto:dana@acme.example',
    );
  });

  it('searches, filters by topic, edits and deletes', async () => {
    const db = freshDatabase();
    serveBackground(db);
    await saveExpert(db, danaInput, actor(1000));
    await saveExpert(
      db,
      { ...danaInput, name: 'Sam Ortiz', role: 'Billing lead', topics: ['billing'] },
      actor(2000),
    );
    location.hash = '#view=experts';
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const names = () =>
      within(screen.getByRole('list', { name: 'Experts' }))
        .getAllByRole('button')
        .map((b) => b.querySelector('.title')?.textContent);
    await waitFor(() => expect(names()).toEqual(['Sam Ortiz', 'Dana Reyes']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by topic' }), 'billing');
    await waitFor(() => expect(names()).toEqual(['Sam Ortiz']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by topic' }), '');
    await user.type(screen.getByRole('searchbox', { name: 'Search experts' }), 'ident');
    await waitFor(() => expect(names()).toEqual(['Dana Reyes']));

    await user.click(screen.getByRole('button', { name: /Dana Reyes/ }));
    const role = screen.getByRole('textbox', { name: 'Role' });
    await user.clear(role);
    await user.type(role, 'Lead, identity');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved Dana Reyes.');
    await waitFor(async () =>
      expect((await db.experts.toArray()).find((e) => e.name === 'Dana Reyes')?.role).toBe(
        'Lead, identity',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Delete Dana Reyes?' })).getByRole('button', {
        name: 'Yes, delete',
      }),
    );
    // The status still says "Saved…" until the deletion lands: wait for the new words.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Deleted Dana Reyes.'),
    );
    await user.clear(screen.getByRole('searchbox', { name: 'Search experts' }));
    await waitFor(() => expect(names()).toEqual(['Sam Ortiz']));
  });
});

describe('Knowledge view', () => {
  it('shows drafts first with Publish, and adds an article by hand', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const base = { url: '', body: '', tags: [] };
    await saveArticle(db, { ...base, title: 'Older published', status: 'published' }, actor(1000));
    await saveArticle(db, { ...base, title: 'A write-up', status: 'draft' }, actor(500));
    location.hash = '#view=knowledge';
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const drafts = await screen.findByRole('list', { name: 'Drafts' });
    expect(drafts).toHaveTextContent('Draft A write-up');
    await user.click(within(drafts).getByRole('button', { name: 'Publish “A write-up”' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Drafts' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('list', { name: 'Published articles' })).toHaveTextContent(
      'A write-up',
    );

    await user.click(screen.getByRole('button', { name: 'New article' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Fix a login error');
    await user.type(screen.getByRole('textbox', { name: 'URL' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('URL: must be an http(s) URL');
    await user.clear(screen.getByRole('textbox', { name: 'URL' }));
    await user.type(screen.getByRole('textbox', { name: 'URL' }), 'https://help.acme.example/l');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Added “Fix a login error”.');
    expect((await db.articles.toArray()).map((a) => a.title)).toContain('Fix a login error');
  });

  it('imports a CSV after a preview, and refuses a damaged file', async () => {
    const db = freshDatabase();
    serveBackground(db);
    await saveArticle(
      db,
      { title: 'Old', url: 'https://a.example/login', body: '', tags: [], status: 'published' },
      actor(1000),
    );
    location.hash = '#view=knowledge';
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await user.click(await screen.findByRole('button', { name: 'Import…' }));
    const input = screen.getByLabelText('File to import');
    const csv =
      'Title,URL,Summary\nFix login,https://a.example/login,"Sign out, then in"\n' +
      'Roaming,https://a.example/roaming,\nBad,javascript:alert(1),\n';
    await user.upload(input, new File([csv], 'articles.csv', { type: 'text/csv' }));
    expect(await screen.findByTestId('import-summary')).toHaveTextContent(
      '1 to add1 to update1 skipped',
    );
    expect(screen.getByRole('table', { name: 'Rows skipped, and why' })).toHaveTextContent(
      'line 4“javascript:alert(1)” is not an http(s) link',
    );
    expect(await db.articles.count()).toBe(1); // nothing written yet
    await user.click(screen.getByRole('button', { name: 'Import 2 articles' }));
    expect(
      // As the preview said: the bad line is skipped.
      await screen.findByText(/Imported articles\.csv: 1 added, 1 updated, 1 skipped/),
    ).toBeInTheDocument();
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual([
      'Fix login',
      'Roaming',
    ]);

    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    await user.upload(
      screen.getByLabelText('File to import'),
      new File(['<urlset><url><loc>https://a.example/x</loc>'], 'sitemap.xml'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /sitemap\.xml was not imported\. This is not well-formed XML/,
    );
  });
});

const knowledge = (overrides: Partial<CaseKnowledge> = {}): CaseKnowledge => ({
  experts: [],
  articles: [],
  suggestedExperts: [],
  suggestedArticles: [],
  ...overrides,
});

describe('experts and knowledge on a case', () => {
  it('renders names as text and only safe contact links', () => {
    render(
      <CaseKnowledgePanel
        caseId="c1"
        knowledge={knowledge({
          experts: [
            {
              id: 'e1',
              name: HOSTILE,
              role: '',
              topics: [],
              contacts: [
                { label: 'Bad', url: 'javascript:window.__pwned=1' },
                { label: 'Web', url: 'https://acme.example/dana' },
              ],
              removed: false,
            },
          ],
          suggestedArticles: [
            {
              id: 'a1',
              title: HOSTILE,
              url: 'https://help.acme.example/x',
              summary: HOSTILE,
              status: 'published',
              removed: false,
              reasons: ['matches “login”'],
            },
          ],
        })}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText(HOSTILE)).toHaveLength(3);
    expect(screen.queryByRole('link', { name: 'Bad' })).toBeNull();
    expect(screen.getByText('Bad')).toHaveAttribute(
      'title',
      'Not an http(s), mailto: or tel: link',
    );
    expect(screen.getByRole('link', { name: 'Web' })).toHaveAttribute('rel', 'noreferrer noopener');
    expect(screen.getByText('matches “login”')).toBeInTheDocument();
    expect(screen.getByText('No knowledge linked yet.')).toBeInTheDocument();
  });

  it('the sidebar shows suggestions for the current case', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ text: LOGIN_POST }), actor(1000));
    await saveExpert(db, danaInput, actor(1100));
    const view = await buildSidebarView(db, {
      platform: 'x',
      pageUrl: 'https://x.com/home',
      postId: parsedPost().postId,
      author: { handle: 'dana_r', name: 'Dana R', profileUrl: null, avatarUrl: null },
    });
    render(<SidebarContent view={view} />);
    const suggested = screen.getByRole('list', { name: 'Suggested experts' });
    expect(suggested).toHaveTextContent('Dana Reyes');
    expect(suggested).toHaveTextContent('topic “login”');
    expect(
      within(suggested).getByRole('button', { name: 'Add Dana Reyes to the case' }),
    ).toBeEnabled();
  });

  it('in the dashboard: add an expert, link an article, see history and ticks, write up', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const { caseId } = await capturePost(db, parsedPost({ text: LOGIN_POST }), actor(1000));
    await saveExpert(db, danaInput, actor(1100));
    await saveArticle(
      db,
      {
        title: 'Fix a login error',
        url: 'https://help.acme.example/login-error',
        body: 'Sign out and in.',
        tags: [],
        status: 'published',
      },
      actor(1200),
    );
    location.hash = `#case=${caseId}`;
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const detail = await screen.findByRole('article');
    await user.click(
      await within(detail).findByRole('button', { name: 'Add Dana Reyes to the case' }),
    );
    const onCase = await within(detail).findByRole('list', { name: 'Experts on this case' });
    expect(within(onCase).getByRole('link', { name: 'Email' })).toHaveAttribute(
      'href',
      'mailto:dana@acme.example',
    );
    await user.click(
      within(detail).getByRole('button', { name: 'Link “Fix a login error” to the case' }),
    );
    const linked = await within(detail).findByRole('list', { name: 'Knowledge on this case' });
    expect(within(linked).getByRole('link', { name: 'Fix a login error' })).toHaveAttribute(
      'href',
      'https://help.acme.example/login-error',
    );
    expect(
      within(detail).getByRole('checkbox', { name: 'Find the experts and add them' }),
    ).toBeChecked();
    expect(within(detail).getByRole('checkbox', { name: 'Link existing knowledge' })).toBeChecked();
    expect(within(detail).getByText(/added the expert Dana Reyes/)).toBeInTheDocument();
    expect(within(detail).getByText(/linked the article “Fix a login error”/)).toBeInTheDocument();

    await user.click(
      within(onCase).getByRole('button', { name: 'Remove Dana Reyes from the case' }),
    );
    expect(await within(detail).findByText(/removed the expert Dana Reyes/)).toBeInTheDocument();

    // No write-up on an open case; after resolving, one becomes a draft article.
    expect(within(detail).queryByRole('button', { name: 'Write up as article' })).toBeNull();
    await setCaseStatus(db, caseId, 'resolved', actor(3000), 'test');
    await user.click(await within(detail).findByRole('button', { name: 'Write up as article' }));
    expect(within(detail).getByRole('textbox', { name: 'Problem' })).toHaveValue(LOGIN_POST);
    await user.click(within(detail).getByRole('button', { name: 'Save draft article' }));
    expect(await within(detail).findByRole('alert')).toHaveTextContent(
      'Resolution: Write down how the case was resolved',
    );
    await user.type(
      within(detail).getByRole('textbox', { name: 'Resolution' }),
      'Cleared the session.',
    );
    await user.click(within(detail).getByRole('button', { name: 'Save draft article' }));
    // By its words: the case page has other live regions (the Route button's).
    expect(await within(detail).findByText(/Saved as a draft article/)).toHaveAttribute(
      'role',
      'status',
    );
    const drafts = await db.articles.where('status').equals('draft').toArray();
    expect(drafts).toEqual([expect.objectContaining({ source: 'case', caseId })]);
    await waitFor(async () =>
      expect(
        (await db.cases.get(caseId))?.checklist.find((s) => s.id === 'write-up')?.doneAt,
      ).not.toBeNull(),
    );
  });

  it('a write-up of a case with long notes starts trimmed to fit, and says so', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const { caseId } = await capturePost(db, parsedPost({ text: LOGIN_POST }), actor(1000));
    for (let i = 0; i < 3; i++) await addCaseNote(db, caseId, 'n'.repeat(9_000), actor(1100 + i));
    await setCaseStatus(db, caseId, 'resolved', actor(2000), 'test');
    const user = userEvent.setup();
    render(<WriteUpForm record={(await db.cases.get(caseId))!} />);
    await user.click(screen.getByRole('button', { name: 'Write up as article' }));
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect((notes as HTMLTextAreaElement).value).toMatch(/\(trimmed\)$/);
    expect(notes).toHaveAccessibleDescription(/cut to the first 19,000 characters/);
    await user.type(screen.getByRole('textbox', { name: 'Resolution' }), 'Cleared the session.');
    await user.click(screen.getByRole('button', { name: 'Save draft article' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved as a draft article');
    const [draft] = await db.articles.where('status').equals('draft').toArray();
    expect(draft?.body).toMatch(/\(trimmed\)$/);
  });
});

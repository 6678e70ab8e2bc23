import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SidebarContent } from '@/components/sidebar/SidebarApp';
import { buildSidebarView, SIDEBAR_ACTIVITY } from '@/lib/cases/sidebar-view';
import { capturePost } from '@/lib/cases/capture';
import { recordReply } from '@/lib/cases/edit';
import { freshDatabase, parsedPost } from '../support/factories';

const T0 = Date.UTC(2026, 10, 22, 10, 0);

describe('the sidebar: team activity', () => {
  it('the background builds the latest ten into the view, newest first', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 12; i++)
      await capturePost(db, parsedPost({ postId: String(i) }), { by: 'me', now: T0 + i * 1000 });
    const { caseId, ref } = await capturePost(db, parsedPost({ postId: '99' }), {
      by: 'Sam',
      now: T0 + 50_000,
    });
    await recordReply(db, caseId, 'replied on X', { by: 'Sam', now: T0 + 60_000 });
    const view = await buildSidebarView(db, null, T0 + 70_000);
    expect(view.activity).toHaveLength(SIDEBAR_ACTIVITY);
    expect(view.activity?.slice(0, 2).map((i) => i.text)).toEqual([
      `Replied on ${ref} (first response)`,
      expect.stringMatching(new RegExp(`^Captured ${ref}`)),
    ]);

    render(<SidebarContent view={view} />);
    const list = screen.getByRole('list', { name: 'Team activity' });
    const link = within(list).getByRole('link', { name: `Replied on ${ref} (first response)` });
    expect(link.getAttribute('href')).toMatch(new RegExp(`/dashboard\\.html#case=${caseId}$`));
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'All activity' }).getAttribute('href')).toMatch(
      /#view=activity$/,
    );
  });

  it('says so when there is no activity yet', async () => {
    const view = await buildSidebarView(freshDatabase(), null, T0);
    render(<SidebarContent view={view} />);
    expect(screen.getByText(/No activity yet/)).toBeInTheDocument();
  });
});

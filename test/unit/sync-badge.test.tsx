import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncBadge } from '@/components/SyncBadge';
import { SYNC_OFF } from '@/lib/sync/settings';
import type { SyncView } from '@/lib/messages/protocol';

/** The background answering sync.status with whatever `current` holds at the time. */
function backgroundWith(initial: SyncView) {
  const state = { current: initial };
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if ((message as { type: string }).type === 'sync.status')
      sendResponse({ ok: true, data: state.current });
    return true;
  });
  return state;
}

const account = {
  serverUrl: 'https://sync.acme.example',
  member: { name: 'Ana', role: 'agent' as const },
  team: { name: 'Desk' },
};

afterEach(() => fakeBrowser.reset());

describe('SyncBadge', () => {
  it('shows nothing while sync is off', async () => {
    backgroundWith({ ...SYNC_OFF, account: null });
    const { container } = render(<SyncBadge />);
    await act(() => new Promise((done) => setTimeout(done, 20)));
    expect(container).toBeEmptyDOMElement();
  });

  it('follows the status the worker writes, with the reason for screen readers', async () => {
    const background = backgroundWith({
      ...SYNC_OFF,
      state: 'synced',
      lastSyncedAt: 1,
      account,
    });
    render(<SyncBadge />);
    expect(await screen.findByText('Synced')).toBeInTheDocument();

    background.current = {
      ...background.current,
      state: 'offline',
      reason: 'The sync server at https://sync.acme.example cannot be reached',
      pending: 2,
    };
    await act(() => fakeBrowser.storage.local.set({ 'casebook.syncStatus': background.current }));
    const badge = await screen.findByText('Offline');
    expect(badge).toHaveAccessibleName(/Team sync: Offline\. The sync server .* cannot be reached/);
    expect(badge.getAttribute('href')).toMatch(/options\.html#sync$/);

    background.current = { ...background.current, state: 'synced', reason: null, refused: 3 };
    await act(() => fakeBrowser.storage.local.set({ 'casebook.syncStatus': { x: 1 } }));
    expect(await screen.findByText('3 refused')).toBeInTheDocument();
  });
});

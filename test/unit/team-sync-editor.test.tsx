import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamSyncEditor } from '@/components/options/TeamSyncEditor';
import type { SyncView } from '@/lib/messages/protocol';
import { SYNC_OFF } from '@/lib/sync/settings';

/** The background as the options page talks to it: the view, and every request received. */
function background(view: SyncView) {
  const received: { type: string; payload: unknown }[] = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, payload } = message as { type: string; payload: unknown };
    received.push({ type, payload });
    sendResponse({ ok: true, data: view });
    return true;
  });
  return received;
}

const connected: SyncView = {
  ...SYNC_OFF,
  state: 'synced',
  lastSyncedAt: Date.UTC(2026, 10, 23, 9),
  account: {
    serverUrl: 'https://sync.acme.example',
    member: { name: 'Mia', role: 'marketer' },
    team: { name: 'Desk' },
  },
};

afterEach(() => fakeBrowser.reset());

describe('TeamSyncEditor', () => {
  it('says what the server refused and sends it again or keeps it here on request', async () => {
    const received = background({
      ...connected,
      refused: 2,
      refusedReason: 'the marketer role cannot change cases',
    });
    render(<TeamSyncEditor />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The server refused 2 changes: the marketer role cannot change cases.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send them again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep them here only' }));
    await waitFor(() =>
      expect(received.filter((r) => r.type === 'sync.refused').map((r) => r.payload)).toEqual([
        { action: 'retry' },
        { action: 'discard' },
      ]),
    );
  });

  it('shows no refusal block when nothing was refused, and who syncs where', async () => {
    background(connected);
    render(<TeamSyncEditor />);
    expect(await screen.findByText(/Syncing as/)).toHaveTextContent(
      'Syncing as Mia (marketer) in Desk through https://sync.acme.example.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a plain http address before asking the browser for anything', async () => {
    const received = background({ ...SYNC_OFF, account: null });
    render(<TeamSyncEditor />);
    await userEvent.type(
      await screen.findByLabelText('Server address'),
      'http://sync.acme.example',
    );
    await userEvent.type(screen.getByLabelText('Your token'), `cbk_${'a'.repeat(30)}`);
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(
      await screen.findByText(/The address must be an https:\/\/ address/),
    ).toBeInTheDocument();
    expect(received.some((r) => r.type === 'sync.connect')).toBe(false);
  });
});

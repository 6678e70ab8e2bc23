import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messages/client';
import type { SyncView } from '@/lib/messages/protocol';
import { originPatternOf, ServerUrlSchema, SyncTokenSchema } from '@/lib/sync/settings';
import { SwitchMessage, type SwitchOutcome } from './SwitchMessage';

const STATE_TEXT: Record<SyncView['state'], string> = {
  off: 'Off: Casebook keeps everything in this browser and makes no request of its own.',
  syncing: 'Syncing…',
  synced: 'Synced.',
  pending: 'Changes waiting to go out.',
  offline: 'Offline: changes wait here and go out when the server answers.',
  error: 'Not syncing.',
};

const when = (at: number | null) => (at ? new Date(at).toLocaleString() : 'never');

/** Changes the server refused for good: why, and what the agent can do about them. */
function RefusedChanges({
  view,
  busy,
  onSettle,
}: {
  view: SyncView;
  busy: boolean;
  onSettle: (action: 'retry' | 'discard') => void;
}) {
  if (view.refused === 0) return null;
  const changes = view.refused === 1 ? '1 change' : `${view.refused} changes`;
  return (
    <div role="alert" className="stack">
      <p>
        <strong>The server refused {changes}</strong>
        {view.refusedReason ? `: ${view.refusedReason.replace(/\.$/, '')}.` : '.'} The rest of your
        work syncs; these edits stay in this browser only.
      </p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => onSettle('retry')}>
          Send them again
        </button>
        <button type="button" disabled={busy} onClick={() => onSettle('discard')}>
          Keep them here only
        </button>
      </div>
    </div>
  );
}

/** The status line: state, reason, last sync, what waits, conflicts to look at. */
function SyncStatusLine({ view }: { view: SyncView }) {
  return (
    <div aria-live="polite" className="stack">
      <p>
        <strong className={`sync-state sync-${view.state}`}>{STATE_TEXT[view.state]}</strong>
        {view.reason ? <span className="error"> {view.reason}</span> : null}
      </p>
      {view.account ? (
        <p className="muted small">
          Last synced: {when(view.lastSyncedAt)} · Waiting to send: {view.pending} · Conflicts to
          review: {view.conflicts}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Team sync (issue 8): off until the agent enters the team's server and a token. Connecting
 * asks the browser for access to that one server (an optional host permission), checks
 * the token with the server, and starts syncing every minute.
 */
export function TeamSyncEditor() {
  const titleId = useId();
  const urlId = useId();
  const tokenId = useId();
  const [view, setView] = useState<SyncView | null>(null);
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SwitchOutcome | null>(null);

  const refresh = useCallback(() => request('sync.status', {}).then(setView), []);
  useEffect(() => {
    void refresh();
    // The status changes with every round the worker runs.
    const onChanged = () => void refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  const run = async (work: () => Promise<SyncView>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      setView(await work());
      setMessage({ kind: 'ok', text: done });
    } catch (cause) {
      setMessage({ kind: 'error', text: cause instanceof Error ? cause.message : 'Not changed.' });
    } finally {
      setBusy(false);
    }
  };

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    const url = ServerUrlSchema.safeParse(serverUrl);
    const key = SyncTokenSchema.safeParse(token);
    if (!url.success || !key.success) {
      const problem = !url.success
        ? `The address ${url.error.issues[0]?.message}`
        : `The token ${key.error?.issues[0]?.message}`;
      setMessage({ kind: 'error', text: `${problem}.` });
      return;
    }
    // Asked straight from the click: the browser only asks within a user gesture.
    const allowed = await browser.permissions
      .request({ origins: [originPatternOf(url.data)] })
      .catch(() => false);
    if (!allowed) {
      setMessage({
        kind: 'error',
        text: 'The browser did not allow Casebook to reach that server.',
      });
      return;
    }
    await run(async () => {
      const connected = await request('sync.connect', { serverUrl: url.data, token: key.data });
      setToken('');
      return connected;
    }, 'Connected.');
  };

  const disconnect = () =>
    run(async () => {
      const origin = view?.account ? originPatternOf(view.account.serverUrl) : null;
      const off = await request('sync.disconnect', {});
      if (origin) await browser.permissions.remove({ origins: [origin] }).catch(() => false);
      return off;
    }, 'Sync turned off. Everything stays in this browser.');

  return (
    <section id="sync" aria-labelledby={titleId} className="settings-section stack">
      <h2 id={titleId}>Team sync</h2>
      <p className="muted intro">
        Share cases, follow-ups and testimonials with your team through your own Casebook server.
        Leads then see every agent&apos;s follow-ups, and two agents never work a case blind.
      </p>
      {view === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <SyncStatusLine view={view} />
          <RefusedChanges
            view={view}
            busy={busy}
            onSettle={(action) =>
              void run(
                () => request('sync.refused', { action }),
                action === 'retry' ? 'Sent again.' : 'Set aside for good.',
              )
            }
          />
          {view.account ? (
            <div className="stack">
              <p>
                Syncing as <strong>{view.account.member.name}</strong> ({view.account.member.role})
                in <strong>{view.account.team.name}</strong> through {view.account.serverUrl}.
              </p>
              <div className="row">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void run(() => request('sync.now', {}), 'Synced now.')}
                >
                  Sync now
                </button>
                <button type="button" disabled={busy} onClick={() => void disconnect()}>
                  Turn sync off
                </button>
              </div>
            </div>
          ) : (
            <form className="stack" onSubmit={(event) => void connect(event)}>
              <label htmlFor={urlId}>Server address</label>
              <input
                id={urlId}
                type="url"
                required
                placeholder="https://casebook.example.com"
                value={serverUrl}
                onChange={(event) => setServerUrl(event.target.value)}
              />
              <label htmlFor={tokenId}>Your token</label>
              <input
                id={tokenId}
                type="password"
                required
                autoComplete="off"
                placeholder="cbk_…"
                value={token}
                onChange={(event) => setToken(event.target.value)}
              />
              <p className="muted small">
                Your team&apos;s admin gives you the token once. The browser will ask to let
                Casebook reach this server, and only this server.
              </p>
              <div className="row">
                <button type="submit" disabled={busy}>
                  {busy ? 'Connecting…' : 'Connect'}
                </button>
              </div>
            </form>
          )}
        </>
      )}
      <SwitchMessage message={message} />
    </section>
  );
}

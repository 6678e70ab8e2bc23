import { useEffect, useId, useState } from 'react';
import { PLATFORM_LABELS } from '@/lib/db/constants';
import { request } from '@/lib/messages/client';
import { SITE_IDS, SITE_MATCHES, type SiteId } from '@/lib/sites/hosts';
import { SwitchMessage, type SwitchOutcome } from './SwitchMessage';

const hostsOf = (site: SiteId) =>
  SITE_MATCHES[site].map((pattern) => pattern.replace(/^https:\/\/|\/\*$/g, '')).join(', ');

/**
 * The social sites Casebook works on in this browser. A site turned off gets nothing from
 * Casebook: no script, no buttons, no sidebar, also in its tabs open now; turning it back
 * on puts Casebook into those tabs again without a reload.
 */
export function SitesEditor() {
  const titleId = useId();
  const [disabled, setDisabled] = useState<SiteId[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SwitchOutcome | null>(null);

  useEffect(() => {
    request('sites.get', {}).then(
      (switches) => setDisabled(switches.disabled),
      (cause: unknown) =>
        setMessage({ kind: 'error', text: cause instanceof Error ? cause.message : String(cause) }),
    );
  }, []);

  const toggle = async (site: SiteId, on: boolean) => {
    if (!disabled) return;
    const next = on ? disabled.filter((id) => id !== site) : [...disabled, site];
    // The box shows the agent's choice at once; it goes back if saving fails.
    setDisabled(next);
    setBusy(true);
    setMessage(null);
    try {
      const saved = await request('sites.set', { disabled: next });
      setDisabled(saved.disabled);
      const name = PLATFORM_LABELS[site];
      setMessage({ kind: 'ok', text: on ? `${name} turned on.` : `${name} turned off.` });
    } catch (cause) {
      setDisabled(disabled);
      setMessage({ kind: 'error', text: cause instanceof Error ? cause.message : 'Not changed.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="sites" aria-labelledby={titleId} className="settings-section stack">
      <h2 id={titleId}>Sites</h2>
      <p className="muted intro">
        The social sites Casebook works on in this browser. On a site you turn off, Casebook adds
        nothing to the page: no buttons, no sidebar. On any other web page, select text and
        right-click &ldquo;Capture selection as case&rdquo;.
      </p>
      {disabled === null ? (
        !message && <p className="muted">Loading…</p>
      ) : (
        <ul className="plain stack" aria-label="Sites">
          {SITE_IDS.map((site) => (
            <li key={site}>
              <label>
                <input
                  type="checkbox"
                  checked={!disabled.includes(site)}
                  disabled={busy}
                  onChange={(event) => void toggle(site, event.target.checked)}
                />{' '}
                {PLATFORM_LABELS[site]} <span className="muted small">({hostsOf(site)})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <SwitchMessage message={message} />
    </section>
  );
}

import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { CRM_ADAPTERS } from '@/lib/crm';
import { crmOrigins, grantedCrms } from '@/lib/crm/granted';
import type { CrmSystem } from '@/lib/db/constants';
import { SwitchMessage, type SwitchOutcome } from './SwitchMessage';
import { CrmAddressField } from './CrmAddressField';
import { request } from '@/lib/messages/client';

type Granted = Partial<Record<CrmSystem, boolean>>;

/** Which CRMs' hosts the browser has granted. */
const readGranted = async (): Promise<Granted> => Object.fromEntries(await grantedCrms());

/**
 * Which CRMs Casebook reads record pages of. Each CRM's hosts are an optional permission:
 * turning one on asks the browser (which asks the agent); turning it off gives it back.
 * The background registers the CRM script for exactly the granted ones.
 */
export function CrmPagesEditor() {
  const titleId = useId();
  const [granted, setGranted] = useState<Granted | null>(null);
  const [message, setMessage] = useState<SwitchOutcome | null>(null);
  const [addresses, setAddresses] = useState<Partial<Record<CrmSystem, string>> | null>(null);

  useEffect(() => {
    request('crm.addresses', {}).then(setAddresses, () => setAddresses({}));
  }, []);

  const refresh = useCallback(() => readGranted().then(setGranted), []);

  useEffect(() => {
    void refresh();
    // Also when the agent changes site access in the browser's own settings.
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);

  const toggle = async (system: CrmSystem, name: string, on: boolean) => {
    setMessage(null);
    try {
      // Called straight from the click: the browser only asks within a user gesture.
      const done = on
        ? await browser.permissions.request({ origins: crmOrigins(system) })
        : await browser.permissions.remove({ origins: crmOrigins(system) });
      setMessage(
        done
          ? { kind: 'ok', text: on ? `${name} turned on.` : `${name} turned off.` }
          : {
              kind: 'error',
              text: on ? `The browser did not allow ${name}.` : `${name} stays on.`,
            },
      );
    } catch (cause) {
      setMessage({ kind: 'error', text: cause instanceof Error ? cause.message : 'Not changed.' });
    }
    await refresh();
  };

  return (
    <section id="crms" aria-labelledby={titleId} className="settings-section stack">
      <h2 id={titleId}>CRM pages</h2>
      <p className="muted intro">
        Turn on the CRMs your team works in. On their record pages the sidebar shows the
        customer&apos;s social identities, cases and promises. Casebook reads a CRM only after you
        allow it here; it never needs API keys, and it writes nothing into the CRM.
      </p>
      {granted === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ul className="plain stack" aria-label="CRMs">
          {CRM_ADAPTERS.map((crm) => (
            <li key={crm.id}>
              <label>
                <input
                  type="checkbox"
                  checked={granted[crm.id] === true}
                  onChange={(event) => void toggle(crm.id, crm.name, event.target.checked)}
                />{' '}
                {crm.name}{' '}
                <span className="muted small">
                  (
                  {crm.hostPatterns
                    .map((pattern) => pattern.replace(/^https:\/\/|\/\*$/g, ''))
                    .join(', ')}
                  )
                </span>
              </label>
              {granted[crm.id] && addresses && (
                <CrmAddressField
                  system={crm.id}
                  name={crm.name}
                  known={addresses[crm.id]}
                  onSaved={(address) => setAddresses((all) => ({ ...all, [crm.id]: address }))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <SwitchMessage message={message} />
    </section>
  );
}

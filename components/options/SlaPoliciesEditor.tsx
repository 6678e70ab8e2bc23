import { useRef } from 'react';
import { DEFAULT_SLA_POLICIES, type SlaPolicy } from '@/lib/cases/sla-policy';
import { newId } from '@/lib/ids';
import type { Settings } from '@/lib/settings';
import { duplicateAt } from '@/lib/settings-form/lists';
import { SectionForm } from './SectionForm';
import { policySummary, SlaPolicyFields } from './SlaPolicyFields';
import { useSettingsSection } from './useSettingsSection';

/** A policy for every channel and conversation: no other default covers "any / any". */
const newPolicy = (): SlaPolicy => ({
  ...DEFAULT_SLA_POLICIES[0]!,
  id: newId(),
  name: 'New policy',
  channel: 'any',
  kind: 'any',
});

/** The SLA policies: the targets the team promises, per channel and kind of conversation. */
export function SlaPoliciesEditor({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, 'slaPolicies');
  const addButton = useRef<HTMLButtonElement>(null);
  const policies = section.draft;
  const replace = (index: number, policy: SlaPolicy) =>
    section.update(policies.map((p, i) => (i === index ? policy : p)));
  const duplicate = (index: number) =>
    section.update(
      duplicateAt(policies, index, (p) => ({ ...p, id: newId(), name: `${p.name} (copy)` })),
    );
  return (
    <SectionForm
      id="sla"
      title="SLA policies"
      intro={
        <>
          The most specific policy applies to a case: its channel beats “any channel”, its kind of
          conversation beats “any conversation”. Targets are counted in the policy’s working time; a
          case waiting on the customer stops the resolution clock.
        </>
      }
      section={section}
      saveLabel="Save SLA policies"
      savingNote="Updating the due times of open cases."
      onRestoreDefaults={() => section.update(DEFAULT_SLA_POLICIES.map((p) => ({ ...p })))}
    >
      {policies.map((policy, index) => {
        const name = policy.name.trim() || `Policy ${index + 1}`;
        return (
          <fieldset key={policy.id} className="card">
            <legend>{name}</legend>
            <p className="muted small">{policySummary(policy)}</p>
            <SlaPolicyFields
              path={`slaPolicies.${index}`}
              policy={policy}
              onChange={(next) => replace(index, next)}
            />
            <div className="card-actions">
              <button
                type="button"
                aria-label={`Duplicate ${name}`}
                onClick={() => duplicate(index)}
              >
                Duplicate
              </button>
              <button
                type="button"
                aria-label={`Delete ${name}`}
                disabled={policies.length === 1}
                title={policies.length === 1 ? 'Keep at least one policy' : undefined}
                onClick={() => {
                  section.update(policies.filter((_, i) => i !== index));
                  addButton.current?.focus(); // the pressed button is gone
                }}
              >
                Delete
              </button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <button
          type="button"
          ref={addButton}
          onClick={() => section.update([...policies, newPolicy()])}
        >
          Add policy
        </button>
      </div>
    </SectionForm>
  );
}

import { DEFAULT_SLA_POLICIES, type SlaPolicy } from '@/lib/cases/sla-policy';
import { newId } from '@/lib/ids';
import type { Settings } from '@/lib/settings';
import { CardList } from './CardList';
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
  const policies = section.draft;
  const replace = (index: number, policy: SlaPolicy) =>
    section.update(policies.map((p, i) => (i === index ? policy : p)));
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
      <CardList
        items={policies}
        onChange={section.update}
        nameOf={(policy, index) => policy.name.trim() || `Policy ${index + 1}`}
        render={(policy, index) => (
          <>
            <p className="muted small">{policySummary(policy)}</p>
            <SlaPolicyFields
              path={`slaPolicies.${index}`}
              policy={policy}
              onChange={(next) => replace(index, next)}
            />
          </>
        )}
        copy={(p) => ({ ...p, id: newId(), name: `${p.name} (copy)` })}
        newItem={newPolicy}
        addLabel="Add policy"
        keepOne="Keep at least one policy"
      />
    </SectionForm>
  );
}

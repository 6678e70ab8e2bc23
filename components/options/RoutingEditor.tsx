import { useLiveQuery } from 'dexie-react-hooks';
import type { CasebookDatabase } from '@/lib/db/database';
import { DEFAULT_ROUTING_RULES } from '@/lib/routing/defaults';
import type { RoutingRules } from '@/lib/routing/rule-schema';
import type { Settings } from '@/lib/settings';
import { ActionFields } from './routing/ActionFields';
import { DryRun } from './routing/DryRun';
import { GroupsEditor } from './routing/GroupsEditor';
import { RuleCards } from './routing/RuleCards';
import { SectionForm } from './SectionForm';
import { AcknowledgementSelect } from './routing/AcknowledgementSelect';
import { listSavedReplies } from '@/lib/replies/store';
import { useSettingsSection } from './useSettingsSection';

/**
 * Routing (issue 11, point 3): ordered rules that hand a new case to an agent, a group or
 * the expert on its topic, the groups they name, the default, and a dry run of the rules
 * as edited. Agents are the team's (settings.agents); saving checks every name against them.
 */
export function RoutingEditor({ settings, db }: { settings: Settings; db: CasebookDatabase }) {
  const section = useSettingsSection(settings, 'routing');
  const routing = section.draft;
  const set = <F extends keyof RoutingRules>(field: F, value: RoutingRules[F]) =>
    section.update({ ...routing, [field]: value });
  const experts = useLiveQuery(() => db.experts.toArray(), [db]) ?? [];
  const replies = useLiveQuery(() => listSavedReplies(db), [db]) ?? [];
  return (
    <SectionForm
      id="routing"
      title="Routing"
      intro={
        <>
          Rules are tried from the top: the first enabled rule whose conditions all hold and that
          finds an available agent gives the case to them. When none does, the default applies.
        </>
      }
      section={section}
      saveLabel="Save routing"
      onRestoreDefaults={() => section.update(structuredClone(DEFAULT_ROUTING_RULES))}
    >
      <GroupsEditor
        groups={routing.groups}
        agents={settings.agents}
        onChange={(groups) => set('groups', groups)}
      />
      <fieldset className="card">
        <legend>Rules, in order</legend>
        <RuleCards
          rules={routing.rules}
          agents={settings.agents}
          groups={routing.groups}
          replies={replies}
          onChange={(rules) => set('rules', rules)}
        />
      </fieldset>
      <fieldset className="card">
        <legend>When no rule fires</legend>
        <ActionFields
          path="routing.default.action"
          label="Default action"
          action={routing.default.action}
          agents={settings.agents}
          groups={routing.groups}
          onChange={(action) => set('default', { ...routing.default, action })}
        />
        <AcknowledgementSelect
          path="routing.default"
          label="Default"
          value={routing.default.acknowledgementReplyId}
          replies={replies}
          onChange={(acknowledgementReplyId) =>
            set('default', { ...routing.default, acknowledgementReplyId })
          }
        />
      </fieldset>
      <DryRun routing={routing} agents={settings.agents} experts={experts} />
    </SectionForm>
  );
}

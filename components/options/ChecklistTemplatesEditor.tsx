import { DEFAULT_CHECKLIST_TEMPLATES, type ChecklistTemplate } from '@/lib/cases/checklist';
import { newId } from '@/lib/ids';
import type { Settings } from '@/lib/settings';
import { copyTemplate } from '@/lib/settings-form/templates';
import { ChannelOptions, Field, useFieldProps } from './fields';
import { CardList } from './CardList';
import { SectionForm } from './SectionForm';
import { TemplateSteps } from './TemplateSteps';
import { useSettingsSection } from './useSettingsSection';

const newTemplate = (): ChecklistTemplate => ({
  id: newId(),
  name: 'New template',
  channel: 'any',
  tag: '',
  steps: [{ id: newId(), label: '', required: false }],
});

/**
 * Activity checklist templates: one per channel for new cases, and templates whose steps
 * join a case when it gets a tag.
 */
export function ChecklistTemplatesEditor({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, 'checklistTemplates');
  const templates = section.draft;
  const replace = (index: number, template: ChecklistTemplate) =>
    section.update(templates.map((t, i) => (i === index ? template : t)));
  return (
    <SectionForm
      id="checklists"
      title="Checklist templates"
      intro={
        <>
          A new case starts with the template for its channel (or the one for any channel). A
          template for a tag adds its steps when a case gets that tag; removing the tag takes back
          only its steps nobody has ticked. A step can be ticked automatically, when an expert is
          added to the case, an article linked or a write-up saved: one step per template for each.
        </>
      }
      section={section}
      saveLabel="Save checklist templates"
      onRestoreDefaults={() =>
        section.update(structuredClone(DEFAULT_CHECKLIST_TEMPLATES) as ChecklistTemplate[])
      }
    >
      <CardList
        items={templates}
        onChange={section.update}
        nameOf={(template, index) => template.name.trim() || `Template ${index + 1}`}
        render={(template, index) => (
          <TemplateFields
            path={`checklistTemplates.${index}`}
            template={template}
            onChange={(next) => replace(index, next)}
          />
        )}
        copy={copyTemplate}
        newItem={newTemplate}
        addLabel="Add template"
        empty={<p className="empty">No templates: new cases start with an empty checklist.</p>}
      />
    </SectionForm>
  );
}

function TemplateFields({
  path,
  template,
  onChange,
}: {
  path: string;
  template: ChecklistTemplate;
  onChange: (template: ChecklistTemplate) => void;
}) {
  const byTag = template.tag !== null;
  const tagProps = useFieldProps(`${path}.tag`);
  return (
    <div className="stack">
      <div className="row">
        <Field path={`${path}.name`} label="Name">
          <input
            {...useFieldProps(`${path}.name`)}
            value={template.name}
            onChange={(event) => onChange({ ...template, name: event.target.value })}
          />
        </Field>
        <Field path={`${path}.applies`} label="Applies">
          <select
            {...useFieldProps(`${path}.applies`)}
            value={byTag ? 'tag' : 'created'}
            onChange={(event) =>
              onChange({ ...template, tag: event.target.value === 'tag' ? '' : null })
            }
          >
            <option value="created">When a case is created</option>
            <option value="tag">When a case gets a tag</option>
          </select>
        </Field>
        <Field path={`${path}.channel`} label="Channel">
          <select
            {...useFieldProps(`${path}.channel`)}
            value={template.channel}
            onChange={(event) =>
              onChange({ ...template, channel: event.target.value as ChecklistTemplate['channel'] })
            }
          >
            <ChannelOptions />
          </select>
        </Field>
        {byTag && (
          <Field path={`${path}.tag`} label="Tag">
            <input
              {...tagProps}
              value={template.tag ?? ''}
              onChange={(event) => onChange({ ...template, tag: event.target.value })}
            />
          </Field>
        )}
      </div>
      <TemplateSteps
        path={`${path}.steps`}
        steps={template.steps}
        onChange={(steps) => onChange({ ...template, steps })}
      />
    </div>
  );
}

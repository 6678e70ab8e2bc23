import { useLiveQuery } from 'dexie-react-hooks';
import type { CasebookDatabase } from '@/lib/db/database';
import { FeedbackSettingsSchema, type FeedbackSettings } from '@/lib/feedback/settings';
import { FEEDBACK_REQUEST_TEXT } from '@/lib/feedback/request';
import { listSavedReplies } from '@/lib/replies/store';
import type { Settings } from '@/lib/settings';
import { Field, NumberInput, useFieldProps } from './fields';
import { SectionForm } from './SectionForm';
import { useSettingsSection } from './useSettingsSection';

/**
 * Feedback after resolution (issue 12): the scale customers answer on, the words that ask
 * (a saved reply, or Casebook's own request), and when the agent is reminded to look for
 * the answer.
 */
export function FeedbackSettingsEditor({
  settings,
  db,
}: {
  settings: Settings;
  db: CasebookDatabase;
}) {
  const section = useSettingsSection(settings, 'feedback');
  const replies = useLiveQuery(() => listSavedReplies(db), [db]) ?? [];
  const rules = section.draft;
  const set = <F extends keyof FeedbackSettings>(field: F, value: FeedbackSettings[F]) =>
    section.update({ ...rules, [field]: value });
  const scaleProps = useFieldProps('feedback.scale');
  const replyProps = useFieldProps('feedback.replyId');
  const gone = rules.replyId !== null && !replies.some((reply) => reply.id === rules.replyId);
  return (
    <SectionForm
      id="feedback"
      title="Feedback"
      intro={
        <>
          When a case is resolved, the sidebar offers to ask the customer how it went: the request
          goes into the post&rsquo;s reply box for the agent to send, and a follow-up reminds the
          agent to look for the answer. Ratings feed the analytics.
        </>
      }
      section={section}
      saveLabel="Save feedback settings"
      onRestoreDefaults={() => section.update(FeedbackSettingsSchema.parse({}))}
    >
      <fieldset className="card">
        <legend>Asking</legend>
        <Field path="feedback.scale" label="Customers rate on">
          <select
            {...scaleProps}
            value={rules.scale}
            onChange={(event) => set('scale', event.target.value as FeedbackSettings['scale'])}
          >
            <option value="five">1 to 5</option>
            <option value="three">Good, neutral or bad</option>
          </select>
        </Field>
        <Field
          path="feedback.replyId"
          label="Feedback request"
          hint={`Casebook's own: \u201c${FEEDBACK_REQUEST_TEXT[rules.scale]}\u201d`}
        >
          <select
            {...replyProps}
            value={rules.replyId ?? ''}
            onChange={(event) => set('replyId', event.target.value || null)}
          >
            <option value="">Casebook&rsquo;s own request</option>
            {gone && <option value={rules.replyId!}>(a deleted saved reply)</option>}
            {replies.map((reply) => (
              <option key={reply.id} value={reply.id}>
                {reply.name}
              </option>
            ))}
          </select>
        </Field>
        <Field path="feedback.checkAfterHours" label="Look for the answer after (hours)">
          <NumberInput
            path="feedback.checkAfterHours"
            value={rules.checkAfterHours}
            min={1}
            max={336}
            onChange={(hours) => set('checkAfterHours', hours)}
          />
        </Field>
      </fieldset>
    </SectionForm>
  );
}

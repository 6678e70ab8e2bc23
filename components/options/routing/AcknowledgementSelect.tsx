import type { SavedReply } from '@/lib/db/schema';
import { Field, useFieldProps } from '../fields';

export type ReplyChoice = Pick<SavedReply, 'id' | 'name'>;

/**
 * The saved reply a rule (or the default) prefills in the post's reply box after capture,
 * filled for the case and never sent (issue 11). None by default.
 */
export function AcknowledgementSelect(props: {
  /** "routing.rules.0": the select's field is its acknowledgementReplyId. */
  path: string;
  /** "Rule 1 'VIP'", "Default": names the control. */
  label: string;
  value: string | null;
  replies: readonly ReplyChoice[];
  onChange: (replyId: string | null) => void;
}) {
  const path = `${props.path}.acknowledgementReplyId`;
  const fieldProps = useFieldProps(path);
  // A reply deleted since stays listed as such, so the choice still reads and can change.
  const gone = props.value !== null && !props.replies.some((reply) => reply.id === props.value);
  return (
    <Field
      path={path}
      label={`${props.label}: acknowledgement reply`}
      hint="Put into the post's reply box after capture, filled for the case; the agent sends it."
    >
      <select
        {...fieldProps}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || null)}
      >
        <option value="">None</option>
        {gone && <option value={props.value!}>(a deleted saved reply)</option>}
        {props.replies.map((reply) => (
          <option key={reply.id} value={reply.id}>
            {reply.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

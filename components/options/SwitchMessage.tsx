/** What a switch in settings did ("Reddit turned off.") or why it did not, read out once. */
export type SwitchOutcome = { kind: 'ok' | 'error'; text: string };

export function SwitchMessage({ message }: { message: SwitchOutcome | null }) {
  if (!message) return null;
  return (
    <p
      role={message.kind === 'error' ? 'alert' : 'status'}
      className={message.kind === 'error' ? 'error' : 'muted'}
    >
      {message.text}
    </p>
  );
}

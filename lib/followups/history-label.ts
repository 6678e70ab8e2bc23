/**
 * What a 'followup' entry of a case's history says, in words (issue 5). The store
 * (store.ts) writes them as:
 * - made:    from 'promised', to `<phrase> (due <ISO time>)`
 * - changed: from the change ('confirmed', 'due', 'done', 'dismissed', 'snoozed',
 *            'reassigned', 'missed'), to `<phrase>` or `<phrase> → <detail>`, where the
 *            detail is a due or snooze time (ISO), the new owner, the evidence, or a reason.
 * Both fields are cut at 200 characters, so a time may be cut off: then the words stand
 * as written. Pure; `time` formats a moment ("Tue 15:00").
 */
export function followUpHistoryLabel(
  entry: { from: string | null; to: string | null },
  time: (at: number) => string,
): string {
  const to = entry.to ?? '';
  if (entry.from === 'promised') {
    const made = /^(.*) \(due (\d{4}-\d\d-\d\dT[\d:.]+Z)\)$/s.exec(to);
    const due = made ? Date.parse(made[2]!) : NaN;
    return made && Number.isFinite(due)
      ? `promised a follow-up due ${time(due)}: “${made[1]}”`
      : `promised a follow-up: “${to}”`;
  }
  const cut = to.lastIndexOf(' → ');
  const phrase = cut < 0 ? to : to.slice(0, cut);
  const detail = cut < 0 ? null : to.slice(cut + 3);
  const quoted = `“${phrase}”`;
  const at = (text: string | null) => {
    const ms = text && /^\d{4}-\d\d-\d\dT/.test(text) ? Date.parse(text) : NaN;
    return Number.isFinite(ms) ? time(ms) : text;
  };
  switch (entry.from) {
    case 'confirmed':
      return `kept the follow-up ${quoted}${detail ? ` due ${at(detail)}` : ''}`;
    case 'due':
      return `moved the follow-up ${quoted}${detail ? ` to ${at(detail)}` : ''}`;
    case 'done':
      return `follow-up done: ${quoted}${detail ? ` (${detail})` : ''}`;
    case 'dismissed':
      return `dismissed the follow-up ${quoted}${detail ? `, because: ${detail}` : ''}`;
    case 'snoozed':
      return `snoozed the follow-up ${quoted}${detail ? ` until ${at(detail)}` : ''}`;
    case 'reassigned':
      return `handed the follow-up ${quoted}${detail ? ` to ${detail}` : ''}`;
    case 'missed':
      return `follow-up missed: ${quoted}`;
    default:
      return `follow-up ${entry.from ?? 'changed'}: ${quoted}`;
  }
}

/**
 * A text cut to at most `max` UTF-16 units, never between the two halves of a character
 * beyond the BMP (an emoji): half of one is a lone surrogate, stored as such, shown as
 * U+FFFD and not valid UTF-8 in an export (found by the hostile-input test, issue 9).
 * Pure, no imports: the content scripts use it too.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

import { clip } from '../clip';

/** A one-line title for a case from the post's text. */
export function caseTitle(text: string, handle: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return `Post by @${handle}`;
  if (line.length <= max) return line;
  // Cut at a word boundary when one is near, so titles do not end mid-word.
  const cut = clip(line, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

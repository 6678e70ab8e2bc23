/**
 * JSON.parse with messages an agent can act on. A backup cut off by a full disk or an
 * interrupted download is told apart from one damaged in the middle, because the first
 * can often be fixed by exporting again and the second points at where the file broke.
 */
import { BackupError } from './errors';

/** Where the parser stopped: V8 says "at position N", Firefox "at line L column C". */
function positionOf(message: string, text: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return null;
  let offset = 0;
  for (let line = 1; line < Number(lineColumn[1]); line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return null;
    offset = next + 1;
  }
  return offset + Number(lineColumn[2]) - 1;
}

const lineAt = (text: string, position: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** The parser's own words without its position (we say where, with the line). */
const reasonOf = (message: string) =>
  message
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .replace(/\s*at line \d+ column \d+.*$/s, '')
    .trim();

/** A few characters around the break, quoted as text (the UI renders it as text). */
const near = (text: string, position: number) =>
  JSON.stringify(text.slice(Math.max(0, position - 20), position + 20));

export function parseJsonText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw new BackupError('empty', 'The file is empty.');
  try {
    return JSON.parse(body);
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause;
    const position = positionOf(cause.message, body);
    const end = body.trimEnd().length;
    if (/end of (JSON input|data)/i.test(cause.message) || (position !== null && position >= end)) {
      throw new BackupError(
        'truncated',
        'The file ends early: it was cut off (truncated). Export the backup again, or find a ' +
          'complete copy.',
      );
    }
    const where =
      position === null
        ? ''
        : ` at position ${position} (line ${lineAt(body, position)}, near ${near(body, position)})`;
    throw new BackupError('damaged', `The file is damaged: ${reasonOf(cause.message)}${where}.`);
  }
}

/**
 * Saved-reply placeholders, filled for one case. Pure: the same text and case give the
 * same reply. A placeholder the case has no value for stays visible ("{link}") and is
 * reported, so the agent sees what to complete before pressing the site's own button.
 */
export const PLACEHOLDERS = {
  name: "the customer's display name",
  handle: "the customer's @handle",
  case: 'the case reference (C-3F9A2B)',
  link: "the link to the customer's post",
  agent: "the agent's name",
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

export interface ReplyContext {
  name: string | null;
  /** Without "@"; the reply gets "@handle". */
  handle: string | null;
  caseRef: string | null;
  link: string | null;
  agent: string | null;
}

export interface FilledReply {
  text: string;
  /** Placeholders used in the text that had no value. */
  missing: Placeholder[];
  /** Words in braces that are not placeholders (a typo like "{nmae}"). */
  unknown: string[];
}

const TOKEN = /\{([a-z]+)\}/gi;

const valueOf = (placeholder: Placeholder, context: ReplyContext): string | null => {
  switch (placeholder) {
    case 'name':
      return context.name?.trim() || null;
    case 'handle':
      return context.handle ? `@${context.handle.replace(/^@/, '')}` : null;
    case 'case':
      return context.caseRef;
    case 'link':
      return context.link;
    case 'agent':
      return context.agent;
  }
};

export function fillReply(body: string, context: ReplyContext): FilledReply {
  const missing = new Set<Placeholder>();
  const unknown = new Set<string>();
  const text = body.replace(TOKEN, (whole, word: string) => {
    const key = word.toLowerCase();
    if (!(key in PLACEHOLDERS)) {
      unknown.add(whole);
      return whole;
    }
    const value = valueOf(key as Placeholder, context);
    if (value === null) missing.add(key as Placeholder);
    return value ?? whole;
  });
  return { text, missing: [...missing], unknown: [...unknown] };
}

const braced = (placeholder: string) => `{${placeholder}}`;

/**
 * What stands between a filled reply and sending it, in plain words: placeholders this
 * case has no value for, and words in braces that are no placeholder (typos).
 */
export function replyProblems(filled: Pick<FilledReply, 'missing' | 'unknown'>): string[] {
  const problems = filled.missing.map((placeholder) =>
    placeholder === 'agent'
      ? // The agent's name is theirs to give, not the case's (see agentSignature).
        `Casebook does not know your name for ${braced(placeholder)}: replace it by hand.`
      : `Nothing to fill ${braced(placeholder)} (${PLACEHOLDERS[placeholder]}) with for this case: replace it by hand.`,
  );
  for (const word of filled.unknown) {
    problems.push(
      `${word} is not a placeholder. Use ${Object.keys(PLACEHOLDERS).map(braced).join(', ')}.`,
    );
  }
  return problems;
}

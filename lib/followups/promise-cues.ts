import * as chrono from 'chrono-node';

/**
 * The words of a promise, per language (issue 5: "English first, with room for other
 * languages"). A language is data: the detector in promises.ts runs every language's
 * commitment pattern over each sentence and reads the time cue with the parser of the
 * language that matched. To add one, add a CueLanguage to CUE_LANGUAGES.
 */
export type PromiseLanguage = 'en' | 'de';

/** A unit of a stated span ("within 2 business days"). */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'business-day';

/** Time words without a date; their windows are in due-time.ts (VAGUE_WINDOWS, endOfDay…). */
export type NamedCue = 'immediate' | 'shortly' | 'asap' | 'soon' | 'eod' | 'week-end' | 'next-week';

export interface CueLanguage {
  id: PromiseLanguage;
  /** Where the writer commits to an act (global). */
  commitment: RegExp;
  /** Tested on the clause just before a commitment: someone else's words reported. */
  reported: RegExp;
  /** Tested just after a commitment: a refusal, a habit or words that promise nothing. */
  notAnAct: RegExp;
  /**
   * Tested on the rest of the sentence when notAnAct matched: a later act that makes it a
   * promise after all ("let me see what I can do and circle back").
   */
  rescue: RegExp | null;
  /** Tested on the commitment's clause: a standing policy, not a commitment to this customer. */
  policy: RegExp | null;
  /** Tested on the sentence before a commitment: an offer that waits on a hypothetical event. */
  hypothetical: RegExp | null;
  /**
   * An act joined to an earlier commitment of the same sentence ("I'll refund it today and
   * send a replacement by Friday"): counted only after one.
   */
  continuation: RegExp | null;
  /**
   * Tested just after a commitment without time words: an act that only prepares the next
   * one ("let me check and I'll reply in an hour" is one promise; "we'll ship a fix, and
   * I'll update you by Friday" two).
   */
  preliminary: RegExp | null;
  /** "on the 16th": group 1 is the day of this or next month. */
  dayOfMonth: RegExp | null;
  /** Tested on the whole clause of a commitment: a refusal placed late (German "nicht"). */
  refusal: RegExp | null;
  /** Tested on the sentence before a commitment: the customer has to act first. */
  customerCondition: RegExp;
  /** A sentence that asks, even without a question mark ("Will you DM us"). */
  questionStart: RegExp;
  /** A stated span: groups 1 (amount), 2 (upper amount of a range, optional), 3 (unit). */
  duration: RegExp;
  amount(word: string): number | null;
  unit(word: string): DurationUnit | null;
  named: readonly { pattern: RegExp; cue: NamedCue }[];
  /** When a date has no time: the hour these words mean (morning: by noon). */
  partOfDay: readonly { pattern: RegExp; hour: number }[];
  parser: chrono.Chrono;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  couple: 2,
  few: 3,
  several: 3,
  half: 0.5,
  ein: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  paar: 2,
  wenigen: 3,
};

function amountOf(word: string): number | null {
  const text = word.toLowerCase().replace(/\s+of$/, '');
  const n = Number(text.replace(',', '.'));
  if (Number.isFinite(n) && n > 0) return n;
  const last = text.split(/\s+/).pop() ?? '';
  return NUMBER_WORDS[last] ?? null;
}

// ----- English ---------------------------------------------------------------------------

const W = "[\\p{L}'-]+";
const TEAM_NOUN =
  'team|teams|agents?|engineers?|specialists?|staff|people|colleagues?|devs?|developers?|experts?|managers?|technicians?|support|department|crew|folks|partners?|reps?|representatives?|advis[eo]rs?|leads?|heads?|owners?|coordinators?|supervisors?|dept|desk';
const EN_SUBJECT = [
  '\\b(?:I|we|they)',
  `\\bour(?:\\s+${W}){0,2}?\\s+(?:${TEAM_NOUN})`,
  `\\bsomeone(?:\\s+(?:from|in|on)\\s+(?:(?:our|the)\\s+)?${W}(?:\\s+${W})?)?`,
  // "my colleague in billing will", "my manager will".
  `\\bmy\\s+(?:${W}\\s+)?(?:colleagues?|teammates?|manager|supervisor|team|${TEAM_NOUN})(?:\\s+(?:in|from|at|on)\\s+${W})?`,
  // "…the store manager, who will call you": a colleague in a relative clause.
  `\\b(?:${TEAM_NOUN}|manager|colleague|supervisor|specialist|technician|courier)\\s*,?\\s+who`,
  `\\ba\\s+(?:member\\s+of\\s+(?:our|the)(?:\\s+${W}){1,2}?|(?:${W}\\s+)?(?:specialist|colleague|technician|manager|supervisor|rep|representative|team\\s+member|agent|engineer|advis[eo]r))`,
  `\\bthe\\s+(?:${W}\\s+)?team`,
  `\\bone\\s+of\\s+our\\s+${W}`,
].join('|');
const EN_MODAL =
  "(?:'ll|\\s+will|\\s+shall|'re\\s+going\\s+to|'m\\s+going\\s+to|\\s+(?:am|are|is)\\s+going\\s+to|\\s+aim\\s+to|(?:'re|\\s+are)\\s+aiming\\s+to|\\s+plans?\\s+to|\\s+intends?\\s+to|(?:'re|\\s+are)\\s+planning\\s+to|\\s+(?:hope|expect)\\s+to|(?:'re|\\s+are)\\s+(?:hoping|expecting)\\s+to|\\s+should\\s+(?=have\\s+(?:an?|the|your|more|some|it|this|that|news|everything|something)\\b|be\\s+able\\s+to\\s+(?:share|send|give|confirm)|hear\\s+back))\\b";
/** Acts a terse reply promises without a subject: "Will DM you in 10", "On it, will update". */
const EN_ACT =
  '(?:get\\s+back|follow\\s+up|update|revert|reach\\s+out|look\\s+(?:into|at)|check|dm|pm|message|send|e-?mail|mail|call|ring|phone|contact|reply|respond|answer|fix|sort|resolve|investigate|escalate|confirm|circle\\s+back|come\\s+back|report\\s+back|be\\s+in\\s+touch|let\\s+you\\s+know|keep\\s+you\\s+posted|ping|refund|replace|reship|ship|credit|process|review|forward|pass|chase|arrange|book|text|get\\s+(?:this|that|it|the|our|a|someone|you)|have|deploy|post|share|write|find\\s+out|take\\s+care|make\\s+sure|handle)\\b';
/**
 * Our own acts in the passive ("a refund will be issued", "your plan will be upgraded").
 * Not "delivered" or "arrive": once our part is done, that is the courier's or the bank's.
 */
const OUR_PARTICIPLE =
  '(?:issued|sent|processed|shipped|dispatched|credited|e-?mailed|mailed|posted|released|deployed|arranged|scheduled|booked|refunded|applied|added|raised|re-?issued|re-?sent|completed|upgraded|reviewed|investigated|escalated|fixed|resolved|restored|replaced|repaired|reversed|cancell?ed|updated|activated|unlocked|reinstated|assigned|contacted|called|returned|waived|honou?red|corrected|adjusted|sorted|looked\\s+into|followed\\s+up)';
// Subjectless only where a clause starts: the sentence start (after @handles and emoji)
// or a connector, so "…and will follow up" counts and "when will you" does not.
const CLAUSE_START =
  '(?<=^[\\s\\p{P}\\p{S}\\p{M}\\u200d]*(?:@\\w+[\\s\\p{P}\\p{S}\\p{M}\\u200d]*)*|[,;:—–+&-]\\s*|\\b(?:and|then|so|but)\\s+)';
const EN_COMMITMENT = new RegExp(
  [
    `(?:${EN_SUBJECT})${EN_MODAL}`,
    `\\b(?:let\\s+(?:me|us)|lemme)\\b(?!\\s+know\\b)(?=\\s+\\p{L})`,
    // The lookahead first: the lookbehind scans back to the sentence start, so it runs only
    // where a "will" is (a sentence of 5,000 emoji would otherwise take quadratic time).
    `(?=(?:will|shall|going\\s+to|should|(?:hope|expect|aim)\\s+to)\\s)${CLAUSE_START}(?:will|shall|going\\s+to|should(?=\\s+(?:have\\s+(?:an?|the|your|more|some|it|this|news|everything|something)\\b|be\\s+able\\s+to\\b))|(?:hope|expect|aim)\\s+to)\\s+(?=${EN_ACT}|be\\s+able\\s+to\\b|(?:also\\s+)?be\\s+${OUR_PARTICIPLE})`,
    // Passive or impersonal future of our own act: "a refund will be issued within 48 hrs",
    // "it'll ship within 24 hours" (not "will be delivered": the courier's, not ours).
    `\\b(?:an?|the|your)\\s+(?:${W}\\s+){0,3}?${W}\\s+(?:will|shall|is\\s+going\\s+to)\\s+(?:also\\s+)?be\\s+(?:${OUR_PARTICIPLE}|out|with\\s+you|in\\s+touch)\\b`,
    `\\b(?:it|this|that|your\\s+(?:${W}\\s+)?${W})(?:'ll|\\s+will)\\s+(?:ship|go\\s+(?:out|live)|be\\s+(?:${OUR_PARTICIPLE}))\\b`,
    // "Please allow 24 hours for our team to respond": we will reply within that time (not
    // "…for the refund to show": the bank's time, not ours).
    `\\b(?:allow|give)\\s+(?:us\\s+)?(?:up\\s+to\\s+|until\\s+)?(?:\\S+\\s+){1,3}?(?:to\\s+(?:check|investigate|look|review|respond|reply|get\\s+back|come\\s+back|sort|fix|find\\s+out)|for\\s+(?:(?:our|the)\\s+(?:${W}\\s+)?(?:${TEAM_NOUN})\\s+to\\s+(?:respond|reply|get|look|review|investigate|contact|call|answer)|(?:an?|our)\\s+(?:${W}\\s+)?(?:reply|response|answer|callback)|us\\s+to\\s+(?:respond|reply|get|look|review|investigate|contact|call|answer)))\\b`,
    // "we should have an answer by Thursday": the agent's own estimate is still a promise
    // ("we should have caught this" is regret, not one).
    '\\bwe\\s+should\\s+(?:have\\s+(?:an?|the|your|more|some|it|this|that|news|everything|something)\\b|be\\s+able\\s+to\\s+(?:share|send|give|confirm)|hear\\s+back)\\b',
    // Nominal promises: "Updates to follow", "Update coming this afternoon".
    '\\b(?:(?:an?|more|further)\\s+)?(?:update|updates|answer|reply|response|info|details|news|tracking(?:\\s+(?:link|number|info))?|confirmation|invoice|receipt|refund|replacement|fix|patch|callback)\\s+(?:to\\s+follow|coming|will\\s+follow|on\\s+(?:the|its)\\s+way|going\\s+out)\\b',
    // "On it, back w/ an update by 3".
    '\\b(?:be\\s+)?back\\s+(?:to\\s+you\\s+)?with\\s+(?:an?\\s+|more\\s+|some\\s+)?(?:update|answer|news|info|details)\\b',
    '\\bexpect(?:ing)?\\s+(?:a|an|our|the|to\\s+hear|some|further|an?\\s+update)\\b',
    "\\byou(?:'ll|\\s+will|\\s+should|'re\\s+going\\s+to|\\s+are\\s+going\\s+to)\\s+(?:hear|get|receive|be\\s+(?:contacted|called|hearing|getting|receiving)|have(?!\\s+to\\b))\\b",
  ].join('|'),
  'giu',
);

const EN_UNITS: Record<string, DurationUnit> = {
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
};
const EN_AMOUNT =
  '\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+couple(?:\\s+of)?|couple(?:\\s+of)?|a\\s+few|few|several|half\\s+an?';

const english: CueLanguage = {
  id: 'en',
  commitment: EN_COMMITMENT,
  reported:
    /\b(?:said|says|say|told|tells|promised|promises|wrote|writes|claimed|claims|mentioned|stated|supposedly|apparently)\b(?:\s+(?:me|us|you|him|her|them|that))*\s*[,:]?\s*$/i,
  notAnAct:
    /^\s*(?:not|never|no\s+longer|always|continue|forever|need|have\s+to|be\s+(?:honest|frank|happy|glad|delighted|closed|unable|open|available|here|out|away|off|on\s+(?:leave|holiday|vacation)|at|attending|exhibiting|speaking)|admit|say|wait|see|hope|know\b|explain|miss\b|just\s+(?:cancel|close|leave|go|switch)|(?:cancel|close|end)\s+my|switch\s+to|take\s+my\s+(?:business|money)|go\s+elsewhere)\b|^\s*(?:\d+\s*%|(?:a\s+)?free\b)/i,
  rescue:
    /\band\s+(?:then\s+)?(?:get\s+back|circle\s+back|come\s+back|report\s+back|revert|follow\s+up|let\s+you\s+know|update\s+you|reply|respond|keep\s+you\s+posted)\b/i,
  policy:
    /\b(?:all|every|most)\s+(?:messages?|enquiries|inquiries|requests?|customers?|tickets?|e-?mails?|DMs|queries|questions|complaints|cases|reviews|posts|comments|calls|chats)\b|\b(?:usually|typically|normally|generally|always)\b/i,
  hypothetical:
    /\b(?:if|should|in\s+case)\b[^.!?]*\b(?:again|persists?|recurs?|comes?\s+back|ever|anything\s+else|any\s+(?:other|more|further)\s+\w+)\b/i,
  continuation: new RegExp(
    `\\b(?:and|then)\\s+(?:also\\s+|then\\s+)?(?=(?!have\\b)${EN_ACT})`,
    'giu',
  ),
  preliminary:
    /^\s*(?:just\s+|quickly\s+|first\s+)?(?:check|look|see|ask|chase|speak|talk|dig|confirm|verify|investigate|review|pull\s+up|look\s+up|find\s+out|have\s+a\s+look|take\s+a\s+look|raise|escalate|pass|flag|loop|reach\s+out\s+to\s+(?:the|our)|contact\s+(?:the|our)|get\s+(?:the|our|someone))\b/i,
  dayOfMonth:
    /\b(?:on|by|before|until|till|for)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+(?!this\b|the\s+month\b))/iu,
  refusal: null,
  customerCondition: /\b(?:if|once|when|as\s+soon\s+as|after)\s+(?:you|you've)\b/i,
  questionStart:
    /^[\s\p{P}\p{S}]*(?:@\w+[\s\p{P}\p{S}]*)*(?:will|shall|can|could|would|should|do|does|did|didn't|are|is|have|has|when|why|what|how|where|may|might)\s+(?:you|we|I|someone|anyone|they|he|she|it|your|our)\b/iu,
  duration: new RegExp(
    `\\b(?:within|in|inside(?:\\s+of)?|under|over|allow(?:\\s+up\\s+to)?)\\s+(?:the\\s+)?(?:next\\s+)?(?:about\\s+|around\\s+|approximately\\s+|roughly\\s+|~\\s*)?(${EN_AMOUNT})(?:\\s*(?:-|–|to|or)\\s*(${EN_AMOUNT}))?\\s*((?:(?:business|working|work)\\s+)?(?:minutes?|hours?|days?|weeks?))\\b`,
    'giu',
  ),
  amount: amountOf,
  unit(word) {
    const w = word.toLowerCase();
    if (/^(?:business|working|work)\s+days?$/.test(w)) return 'business-day';
    return EN_UNITS[w.replace(/^(?:business|working|work)\s+/, '').replace(/s$/, '')] ?? null;
  },
  named: [
    {
      pattern:
        /\b(?:right\s+(?:away|now)|immediately|straight\s+away|at\s+once|in\s+a\s+(?:bit|sec|second|moment|minute|jiffy|little\s+while)|real\s+quick)\b/giu,
      cue: 'immediate',
    },
    { pattern: /\b(?:shortly|in\s+a\s+short\s+while|momentarily)\b/giu, cue: 'shortly' },
    {
      pattern:
        /\b(?:asap|a\.s\.a\.p\b\.?|as\s+soon\s+as\s+(?:possible|we\s+can|I\s+can|humanly\s+possible)|at\s+the\s+earliest\s+opportunity)/giu,
      cue: 'asap',
    },
    { pattern: /(?<!\bas\s)\b(?:soon|before\s+long)\b(?!\s+as\b)/giu, cue: 'soon' },
    {
      pattern:
        /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|today|my\s+|our\s+|your\s+)?(?:(?:business|working|work)\s+)?day|eod|cob|eob|close\s+of\s+(?:business|play))\b/giu,
      cue: 'eod',
    },
    {
      pattern:
        /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:(?:business|working|work)\s+)?week|eow|(?:later\s+)?this\s+week)\b/giu,
      cue: 'week-end',
    },
    { pattern: /\bnext\s+week\b/giu, cue: 'next-week' },
  ],
  partOfDay: [
    { pattern: /\b(?:morning|first\s+thing)\b/i, hour: 12 },
    { pattern: /\blunch(?:time)?\b/i, hour: 13 },
    { pattern: /\bafternoon\b/i, hour: 17 },
    { pattern: /\b(?:evening|tonight)\b/i, hour: 21 },
  ],
  parser: chrono.casual,
};

// ----- German ----------------------------------------------------------------------------

const DE_EDGE_L = '(?<![\\p{L}])';
const DE_EDGE_R = '(?![\\p{L}])';
const DE_AMOUNT =
  '\\d+|einer|einem|einen|eine|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenigen|paar';

const german: CueLanguage = {
  id: 'de',
  commitment: new RegExp(
    [
      // German says the future in the present: "wir melden uns morgen", "ich prüfe das".
      `${DE_EDGE_L}(?:wir|ich)\\s+(?:werden|werde|melden\\s+uns|melde\\s+mich|kümmern\\s+uns|kümmere\\s+mich|prüfen|prüfe|klären|kläre|schauen|schaue|rufen|rufe|schicken|schicke|senden|sende)${DE_EDGE_R}`,
      `${DE_EDGE_L}unser(?:e|em)?\\s+(?:[\\p{L}-]+\\s+)?(?:Team|Kundenservice|Support|Mitarbeiter(?:in)?|Kollegen|Kollegin|Techniker)\\s+(?:wird|werden|meldet\\s+sich|melden\\s+sich)${DE_EDGE_R}`,
      `${DE_EDGE_L}Sie\\s+hören\\s+(?:von\\s+uns|bald)${DE_EDGE_R}`,
    ].join('|'),
    'giu',
  ),
  reported:
    /(?:gesagt|versprochen|geschrieben|behauptet|meinte|meinten|sagte|sagten)[\s,]*(?:dass\s*)?$/iu,
  notAnAct: /^\s*(?:nie|niemals|immer)(?![\p{L}])/iu,
  rescue: null,
  policy: null,
  hypothetical: null,
  continuation: null,
  preliminary: null,
  dayOfMonth: null,
  refusal: /(?<![\p{L}])(?:nicht|nie|niemals|kein|keine|keinen)(?![\p{L}])/iu,
  customerCondition: /(?<![\p{L}])(?:wenn|sobald|falls|nachdem)\s+(?:Sie|du|ihr)(?![\p{L}])/iu,
  questionStart:
    /^[\s\p{P}\p{S}]*(?:werden|wird|können|könnten|haben|hat|sind|ist|wann|warum|wieso|sollen|soll|möchten|wollen)\s+(?:Sie|du|ihr|wir|ich)(?![\p{L}])/iu,
  duration: new RegExp(
    `${DE_EDGE_L}(?:innerhalb|binnen|in)\\s+(?:von\\s+|der\\s+nächsten\\s+|den\\s+nächsten\\s+)?(?:ca\\.?\\s+|etwa\\s+)?(${DE_AMOUNT})(?:\\s*(?:-|–|bis)\\s*(${DE_AMOUNT}))?\\s*(Minuten|Min\\.?|Stunden|Std\\.?|(?:Werk|Arbeits)?tagen?|Wochen?)${DE_EDGE_R}`,
    'giu',
  ),
  amount: amountOf,
  unit(word) {
    const w = word.toLowerCase();
    if (w.startsWith('min')) return 'minute';
    if (w.startsWith('st')) return 'hour';
    if (/^(?:werk|arbeits)/.test(w)) return 'business-day';
    if (w.startsWith('tag')) return 'day';
    if (w.startsWith('woche')) return 'week';
    return null;
  },
  named: [
    { pattern: /(?<![\p{L}])(?:sofort|gleich|umgehend)(?![\p{L}])/giu, cue: 'immediate' },
    { pattern: /(?<![\p{L}])(?:in\s+Kürze|kurzfristig)(?![\p{L}])/giu, cue: 'shortly' },
    {
      pattern:
        /(?<![\p{L}])(?:so\s+schnell\s+wie\s+möglich|schnellstmöglich|schnellstens|baldmöglichst|asap)(?![\p{L}])/giu,
      cue: 'asap',
    },
    { pattern: /(?<![\p{L}])bald(?![\p{L}])/giu, cue: 'soon' },
    {
      pattern:
        /(?<![\p{L}])(?:Ende\s+des\s+(?:Arbeits|Geschäfts)?[Tt]ages|Feierabend|Dienstschluss|im\s+Laufe\s+des\s+Tages)(?![\p{L}])/giu,
      cue: 'eod',
    },
    {
      pattern: /(?<![\p{L}])(?:Ende\s+der\s+Woche|diese[rn]?\s+Woche|Wochenende)(?![\p{L}])/giu,
      cue: 'week-end',
    },
    { pattern: /(?<![\p{L}])nächste[rn]?\s+Woche(?![\p{L}])/giu, cue: 'next-week' },
  ],
  partOfDay: [
    { pattern: /(?<![\p{L}])(?:morgens|früh|vormittags?)(?![\p{L}])/iu, hour: 12 },
    { pattern: /(?<![\p{L}])mittags?(?![\p{L}])/iu, hour: 13 },
    { pattern: /(?<![\p{L}])nachmittags?(?![\p{L}])/iu, hour: 17 },
    { pattern: /(?<![\p{L}])(?:abends?|heute\s+Nacht)(?![\p{L}])/iu, hour: 21 },
  ],
  parser: chrono.de.casual,
};

export const CUE_LANGUAGES: readonly CueLanguage[] = [english, german];

/**
 * The words classify.ts looks for, as data: one table per cue, each compiled to one RegExp
 * over folded text (fold.ts: lower case, no accents, "'" apostrophes). English first, with
 * the commonest German, Spanish and French forms (about a tenth of the posts a desk sees);
 * a post in another language gets little more than its "?" read.
 * Entries are RegExp sources, matched as whole words; the matched text is what the reasons
 * quote to the agent ("negative words: broken, refund").
 */
const wholeWords = (entries: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Said anywhere: a request for information or an action. */
export const REQUESTS = wholeWords([
  'please (?:advise|help|fix|call|dm|message|let me know|tell|send|sort|check|explain|confirm|contact|respond|reply|look into|unblock|get back)',
  '(?:dm|message|call|email|contact|text) (?:me|us)',
  '(?:can|could|would|will) (?:you|someone|somebody|anyone|anybody)(?: please)?',
  'need (?:some |your )?help',
  'help me',
  'let me know',
  'looking for',
  'trying to (?:figure out|find|work out|understand)',
  "i'd like to know",
  'i would like to know',
  'would love to know',
  '(?:does |do )?(?:anyone|anybody|someone|somebody) know',
  '(?:someone|somebody|anyone) (?:please )?(?:tell|explain|help)',
  'any (?:chance|idea|update|news|eta)',
  'is there (?:a|any) way',
  'how (?:do|can|does|did|long|much|many|to|would|should|come) ',
  'what time',
  "what(?:'s| is) the (?:difference|best way|process)",
  'wondering (?:if|whether|why|how|when)',
  '(?:quick|genuine|serious) question',
  'need to (?:know|change|update|move|cancel|add|reset)',
  // German, Spanish, French.
  'weiss jemand',
  'hat jemand',
  'bitte',
  // "Hilfe" alone is as often thanks for it ("danke für die Hilfe"): see QUESTION_ORDER.
  '(?:brauche|bitte um) hilfe',
  'alguien sabe',
  'necesito ayuda',
  'por favor',
  "quelqu'un sait",
  "besoin d'aide",
  'svp',
  "s'il vous plait",
]);

const WH = 'how|why|when|where|what|which|who|whose';
const AUX = 'can|could|would|will|is|are|am|was|were|does|do|did|has|have|should|shall|may|might';
// After an auxiliary, words that make a statement or a command ("Will never go back",
// "Have a nice day"), not a question's subject.
const NOT_A_SUBJECT =
  'not|never|always|just|really|so|also|still|been|being|to|no|nothing|gone|a|an';

/**
 * At the start of a sentence (after handles and greetings): question word order, which asks
 * even without "?" ("how do I reset…", "can I keep my number", "wie ändere ich…"). A question
 * word needs an auxiliary or the like after it, so a headline ("How Quillo grew to 5M
 * users") or "who picks these orders" does not count; an auxiliary needs a subject after it.
 */
export const QUESTION_ORDER = new RegExp(
  [
    `^(?:${WH})(?:'s|'re| (?:${AUX}|long|much|many|often|come|to|about|if|exactly|time|kind)(?![\\p{L}\\p{N}]))`,
    `^(?:${AUX}) (?!(?:${NOT_A_SUBJECT})(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}@#]`,
    `^(?:${AUX.replace(/\|/g, "n't|")}n't|won't|can't) (?:i|you|we|they|he|she|it|there|anyone|anybody|someone)(?![\\p{L}\\p{N}])`,
    // A cry for help opening a sentence ("Help! How do I…"), not thanks for it.
    `^(?:help|hilfe|ayuda|aide|au secours)(?![\\p{L}\\p{N}])`,
    // German (verb second: the question word is enough), Spanish, French.
    `^(?:wie|warum|wann|wo|welche[rsn]?|kann|konnt?e?n?|gibt es|weiss jemand|hat jemand)(?![\\p{L}\\p{N}])`,
    `^(?:por que|cuando|donde|puedo|puede|hay)(?![\\p{L}\\p{N}])`,
    `^(?:pourquoi|quand|est-ce|peut-on|puis-je|comment (?:je|on|faire|est|puis|peut|vous|tu|il|elle))(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'u',
);

/** Exclamations that open like questions: "What a star", "How cool is that". */
export const EXCLAMATION_OPENER =
  /^(?:what an? |how (?:cool|nice|great|good|lovely|amazing|fast|quick|kind))/;

/** Chat among people, not a question to the brand: "Who else is watching…", "Is it just me". */
export const CHATTER = wholeWords([
  'who else',
  'anyone else',
  'anybody else',
  'does anyone else',
  'is it just me',
  'any tips',
  'am i the only one',
]);

/** Leading noise before a sentence's first word: handles, tags, greetings, emoji. */
export const SENTENCE_LEAD =
  /^(?:[^\p{L}\p{N}@#]+|[@#][\p{L}\p{N}_.]+[\s,:]*|(?:hi|hey|hello|hallo|hola|bonjour|salut|dear|yo|ok|okay|so|um|hmm|well|honestly|seriously|genuine question|quick question|question)(?![\p{L}\p{N}])(?: there| team| all| guys)?[\s,:!.—–-]*)+/u;

/** A problem with the product or the service. */
export const PROBLEMS = wholeWords([
  "(?:not|isn't|isnt|doesn't|doesnt|don't|dont|won't|wont|can't|cant|stopped|never) (?:working|work|load|loading|open|opening|start|connect|accept|let me)",
  'keeps? (?:crashing|failing|logging me out|logging out|emptying|dropping|freezing|freezing|cancelling)',
  'crash(?:ed|es|ing)?',
  'broken?',
  'bricked',
  'logs? (?:me )?out',
  'something went wrong',
  'on hold',
  'been trying',
  'keeps? getting (?:transferred|cut off|disconnected)',
  'unreadable',
  '(?:allergic )?reaction',
  'rash',
  'outage',
  '(?:is|are|went|was|been|goes|go|servers?) down',
  'down again',
  '(?:app|site|website|servers?|network|service|internet|wifi|wi-fi|system|platform|lines?) (?:is |are |still |)down',
  '(?:having|had|any) (?:issues|problems|trouble)',
  '(?:issues?|problems?|trouble) with',
  '(?:\\d+ )?errors?',
  'fail(?:ed|ing|s)?',
  'dies',
  'dead',
  'missing',
  'never (?:came|arrived|showed up|got|received|had a reply)',
  'not (?:received|arrived|delivered)',
  "still (?:no|not|waiting|nothing|haven't|hasn't)",
  'no (?:signal|internet|service|reply|response|answer|update|updates|explanation|information|info|hot water|network|water|access|refund|announcement)',
  'nobody (?:answers|replies|responds|online|cares|told)',
  'not a single (?:update|reply|response|word)',
  'without (?:warning|explanation|notice|hot water|internet)',
  'cancell?ed',
  'delay(?:ed|s)?',
  '(?:\\d+ )?hours? delay',
  'late',
  'charged (?:me |us )?(?:twice|double|for)',
  'double[- ]charged',
  'overcharged',
  'charge pending',
  'refund(?: my| me)?',
  'money back',
  'unblock',
  'locked out',
  'hacked',
  'fraud',
  'declined',
  'rejected',
  'lost (?:my|our)',
  'denied',
  'cut off',
  'out of order',
  'misleading',
  'scam',
  'rip[- ]?off',
  'cold',
  'unplayable',
  'dented',
  'torn',
  'cracked',
  'crack',
  'mouldy',
  'moldy',
  'burnt',
  'wrong (?:tariff|order|item|size|address)',
  'complain(?:t|ing)?',
  'wasting',
  'waste',
  'impossible',
  'so much for',
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months) (?:now|without|waiting|later|ago|since)',
  '(?:days|weeks|months) (?:since|waiting|without)',
  '(?:\\d+|two|three|four|five|six|seven|eight|nine) (?:weeks|months) waiting',
  "can't (?:find|use|log|get|access|speak)",
  // German, Spanish, French.
  'kaputt',
  'funktioniert nicht',
  'geht nicht',
  'kein (?:internet|netz|empfang)',
  'nie angekommen',
  'antwortet nicht',
  'verspatung',
  'geld zuruck',
  'no funciona',
  'cobr(?:o|aron|ando|ado)',
  'nadie responde',
  'sin (?:internet|servicio|senal)',
  'reembolso',
  'ne (?:marche|fonctionne) (?:plus|pas)',
  'pas de reseau',
  'cassee?',
  'remboursement',
  'retard',
  'toujours pas',
]);

/** Feelings that make a post a complaint whatever it is about. */
export const DISPLEASURE = wholeWords([
  'unacceptable',
  'disgraceful',
  'terrible',
  'horrible',
  'awful',
  'worst',
  'useless',
  'disaster',
  'ridiculous',
  'frustrat(?:ed|ing)',
  'fuming',
  'furious',
  'angry',
  'disappoint(?:ed|ing)',
  'not (?:happy|impressed|good enough|acceptable|ok|okay)',
  'not a fan',
  "can't believe",
  'embarrassing',
  'pathetic',
  'appalling',
  'shocking',
  'sick of',
  'fed up',
  'annoyed',
  'seriously',
  'just saying',
  'frechheit',
  'pesimo',
  'gracias por nada',
  'inadmissible',
  'honteux',
]);

/** Once more: "again", "third time this month". */
export const REPEATS = wholeWords([
  'again',
  'every (?:single )?(?:time|day|evening|morning|weekend)',
  '(?:second|third|fourth|2nd|3rd|4th) (?:time|weekend|day|week)',
  'twice',
  'schon wieder',
  'otra vez',
  'encore',
]);

/** Praise or thanks. */
export const PRAISE = wholeWords([
  'lov(?:e|es|ed|ing)',
  'thanks?',
  'thank you',
  'thx',
  'amazing',
  'awesome',
  'great',
  'brilliant',
  'excellent',
  'fantastic',
  'superb',
  'outstanding',
  'incredible',
  'lovely',
  'wonderful',
  'perfect(?:ly)?',
  'gorgeous',
  'beautiful',
  'helpful',
  'delighted',
  'happy',
  'pleased',
  'glad',
  'reliable',
  'best',
  'legend',
  'kudos',
  'shout ?out',
  "(?:can't|cannot) recommend (?:[\\p{L}@#'&]+ ){0,3}enough",
  'recommend',
  'impressed',
  'top notch',
  'well done',
  'great job',
  '10/10',
  '5 stars?',
  'worth (?:it|every penny|the wait)',
  'game changer',
  'masterpiece',
  'bliss',
  'growing on me',
  "that's (?:what i call )?service",
  'customer for life',
  "couldn't be happier",
  'no complaints',
  'never had a (?:problem|issue)',
  'zero (?:issues|hassle|problems)',
  'no (?:issues|hassle|problems)',
  'not a single (?:delay|problem|issue)',
  'solid',
  'respect',
  'not bad',
  'so good',
  'spotless',
  'friendly',
  'professional',
  'so (?:quick|fast)',
  // German, Spanish, French.
  'danke',
  'super',
  'toll',
  'beste[rns]?',
  'klasse',
  'gracias',
  'me encanta',
  'mejor',
  'genial',
  'excelente',
  'merci',
  'top',
  "j'adore",
  'bravo',
  'parfait',
]);

/** Emoji that complain on their own (😡, 🤬, 👎). */
export const ANGER_EMOJI = /[\u{1F621}\u{1F92C}\u{1F620}\u{1F624}\u{1F44E}\u{1F612}\u{1F4A9}]/gu;

/** Emoji that praise on their own (💛, 😍); 👏 is left out, it claps sarcastically as often. */
export const PRAISE_EMOJI =
  /[\u2764\u{1F49B}\u{1F499}\u{1F49A}\u{1F49C}\u{1F60D}\u{1F970}\u{1F64C}\u{1F979}\u2B50\u{1F525}\u{1F4AF}]/gu;

/** Irony markers: with praise words next to a problem, the praise is sarcasm (👏 and 🙃 too). */
export const SARCASM = new RegExp(
  `[\\u{1F643}\\u{1F644}\\u{1F44F}]|${
    wholeWords([
      'great,? another',
      'thanks for nothing',
      'so much for',
      'lov(?:e|ing) (?:waiting|spending)',
      'and counting',
      'very helpful',
      'new (?:personal )?(?:best|record)',
      'only (?:a |an )?(?:\\d+|one|two|three|four|five) (?:hours?|minutes?|days?)',
      'vraiment genial',
      'wow',
      'great job',
      'gracias por nada',
    ]).source
  }`,
  'gu',
);

/** A problem put right: the thanks after it are praise, the problem words are history. */
export const RESOLVED = wholeWords([
  'fixed',
  'sorted',
  'resolved',
  'refunded (?:me|my|us)',
  'all working now',
  'working again',
  'got back to (?:me|us)',
]);

/** Negators that turn the next praise word round ("not happy", "never great"). */
export const NEGATED_BEFORE =
  /(?:^|\s)(?:not|no|never|don't|dont|didn't|isn't|wasn't|nicht|kein|nunca|pas)\s+(?:\S+\s+)?$/;

/** Ads, spam and giveaways: never a customer to answer. */
export const PROMOTION = wholeWords([
  '(?:real )?followers for',
  'giveaway',
  'giving away',
  'gewinnspiel',
  'concours',
  'sorteo',
  'follow \\+ rt',
  'rt \\+ follow',
  'rt to (?:enter|win)',
  'click here',
  'link (?:in|en) bio',
  'use code',
  '(?:promo|discount) code',
  '#ad',
  '#werbung',
  '#sponsored',
  'not sponsored',
  'earn (?:\\$|free)',
  '\\$\\d+/day',
  'crypto',
  't\\.me/\\S+',
  'bit\\.ly/\\S+',
  'check out my',
]);

/** News and corporate announcements about the brand. */
export const NEWS = wholeWords([
  'announces',
  'anuncia',
  'annonce',
  'reports (?:q\\d|profit|results|loss)',
  'shares (?:rise|fall|drop|jump)',
  'stock (?:hits|falls|rises)',
  'earnings',
  'acquired by',
  'acquires',
  'to cut \\d+ jobs',
  'restructuring',
  'according to',
  'confirms',
  'sponsors',
  'is hiring',
  'ceo',
  'now available',
]);

/** What makes an answer urgent, for the priority (issue 11: money, outages, access first). */
export const SEVERITY: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'money',
    pattern: wholeWords([
      'refund(?:ed)?',
      'charged?',
      'double[- ]charged',
      'overcharged',
      'billing',
      'bill',
      'payment',
      'money',
      'fee',
      'overdraft',
      'declined',
      'payout',
      'cobr(?:o|aron|ando|ado)',
      'reembolso',
      'remboursement',
      'geld',
    ]),
  },
  {
    name: 'outage',
    pattern: wholeWords([
      'outage',
      '(?:is|are|went|servers?|app|site|website|network|service|internet|wifi|system) down',
      'down again',
      'no (?:signal|internet|service|network)',
      '(?:\\d+ )?errors',
      'cut off',
      'kein internet',
      'sin internet',
      'pas de reseau',
    ]),
  },
  {
    name: 'account access',
    pattern: wholeWords([
      'locked out',
      'log ?in',
      'logging in',
      'sign(?:ing)? in',
      'log into',
      'password',
      'hacked',
      'unblock',
      'unlock',
      'two-factor',
      '2fa',
      'access',
    ]),
  },
  {
    name: 'safety',
    pattern: wholeWords([
      'hurt',
      'injur(?:ed|y)',
      'unsafe',
      'danger(?:ous)?',
      'allerg(?:y|ic)',
      'rash',
      'smoke',
      'burning',
    ]),
  },
];

export const URGENCY = wholeWords([
  'urgent(?:ly)?',
  'asap',
  'immediately',
  'emergency',
  'stuck',
  'right now',
  'blocked',
]);

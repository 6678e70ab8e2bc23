import type { Case } from '../db/schema';

/** What the index keeps of a case: enough to filter and order without reading it. */
export type IndexedCase = Pick<
  Case,
  'id' | 'status' | 'updatedAt' | 'slaDueAt' | 'priority' | 'assignee' | 'channel' | 'tags'
>;

/** A case as the index holds it: its terms as numbers, so 100,000 cases share the words. */
interface Row extends IndexedCase {
  termNumbers: Uint32Array;
}

/** A query word matches at most this many words at once (a bit each in a 32-bit mask). */
const MAX_WORDS = 31;

/**
 * Full-text postings of the cases, held in memory (the dashboard keeps one current, see
 * live-search-index.ts): each distinct term is stored once and numbered; each term lists
 * the slots of the cases that have it. A query word matches every term it starts, found
 * by binary search in the sorted terms, so a search touches only the postings of its
 * words, never every case. About 12 bytes a (case, term) pair and 150 bytes a case.
 */
export class CaseSearchIndex {
  private readonly termNumbers = new Map<string, number>();
  private readonly termText: string[] = [];
  private readonly postings: number[][] = [];
  /** Term numbers in their text's code-unit order: the terms a word starts are one run. */
  private readonly sortedTerms: number[] = [];
  /** New terms were appended out of order (a bulk load): sort before the next search. */
  private unsorted = false;
  private readonly slots = new Map<string, number>();
  private readonly rows: (Row | undefined)[] = [];

  get size(): number {
    return this.slots.size;
  }

  /** Many terms arrive at once (the first load): sort once at the end, not on each. */
  beginBulk(): void {
    this.unsorted = true;
  }

  /** After a bulk load: sorts the terms now rather than in the first search. */
  endBulk(): void {
    if (!this.unsorted) return;
    const text = this.termText;
    this.sortedTerms.sort((a, b) => byCodeUnits(text[a]!, text[b]!));
    this.unsorted = false;
  }

  /** Adds or replaces a case; a deleted one leaves the index. */
  put(record: IndexedCase & Pick<Case, 'terms' | 'deleted'>): void {
    if (record.deleted) {
      this.remove(record.id);
      return;
    }
    const known = this.slots.get(record.id);
    const slot = known ?? this.rows.length;
    const old = known === undefined ? undefined : this.rows[known];
    const terms = Uint32Array.from(record.terms, (term) => this.numberOf(term));
    if (!old || !sameNumbers(old.termNumbers, terms)) {
      if (old) for (const term of old.termNumbers) this.unlist(term, slot);
      for (const term of terms) this.postings[term]!.push(slot);
    }
    this.slots.set(record.id, slot);
    this.rows[slot] = {
      id: record.id,
      status: record.status,
      updatedAt: record.updatedAt,
      slaDueAt: record.slaDueAt,
      priority: record.priority,
      assignee: record.assignee,
      channel: record.channel,
      tags: record.tags,
      termNumbers: terms,
    };
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    for (const term of this.rows[slot]!.termNumbers) this.unlist(term, slot);
    this.rows[slot] = undefined;
    this.slots.delete(id);
  }

  /**
   * The cases that have, for every query word, a term starting with it, and that `keep`
   * accepts. No words: every case `keep` accepts.
   */
  matching(words: readonly string[], keep: (row: IndexedCase) => boolean): IndexedCase[] {
    const found: IndexedCase[] = [];
    const wanted = words.filter((word) => word.length >= 2).slice(0, MAX_WORDS);
    if (!wanted.length) {
      for (const row of this.rows) if (row && keep(row)) found.push(row);
      return found;
    }
    // One bit a word: a case has them all when its mask is full. The cases of the
    // rarest word are the only candidates, so no other case is looked at.
    const lists = wanted
      .map((word) => this.termsStarting(word).map((term) => this.postings[term]!))
      .sort((a, b) => postingCount(a) - postingCount(b));
    const masks = new Uint32Array(this.rows.length);
    const candidates: number[] = [];
    for (const list of lists[0]!) {
      for (const slot of list) {
        if (masks[slot] === 0) candidates.push(slot);
        masks[slot] = 1;
      }
    }
    for (let bit = 1; bit < lists.length; bit++) {
      for (const list of lists[bit]!) for (const slot of list) masks[slot]! |= 1 << bit;
    }
    const full = (2 ** wanted.length - 1) >>> 0;
    for (const slot of candidates) {
      const row = this.rows[slot]!;
      if (masks[slot] === full && keep(row)) found.push(row);
    }
    return found;
  }

  private numberOf(term: string): number {
    let number = this.termNumbers.get(term);
    if (number === undefined) {
      number = this.postings.length;
      this.termNumbers.set(term, number);
      this.termText.push(term);
      this.postings.push([]);
      if (this.unsorted) this.sortedTerms.push(number);
      else this.sortedTerms.splice(this.lowerBound(term), 0, number);
    }
    return number;
  }

  private termsStarting(word: string): number[] {
    this.endBulk();
    const terms: number[] = [];
    for (let i = this.lowerBound(word); i < this.sortedTerms.length; i++) {
      const term = this.sortedTerms[i]!;
      if (!this.termText[term]!.startsWith(word)) break;
      terms.push(term);
    }
    return terms;
  }

  /** The first position in the sorted terms whose text is not below `key`. */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.termText[this.sortedTerms[mid]!]! < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private unlist(term: number, slot: number) {
    const list = this.postings[term]!;
    const at = list.lastIndexOf(slot);
    if (at < 0) return;
    // Order within a posting list does not matter: move the last one into the gap.
    list[at] = list[list.length - 1]!;
    list.pop();
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const postingCount = (lists: number[][]) => lists.reduce((sum, list) => sum + list.length, 0);

function sameNumbers(a: Uint32Array, b: Uint32Array): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

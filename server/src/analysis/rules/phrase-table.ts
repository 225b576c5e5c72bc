import { dropOverlaps } from '../model/spans';
import { WordMatcher } from '../model/word-matcher';

/** A phrase that is wrong where its context says so, and how to write it. */
export interface PhraseEntry {
  /** What the text has: found in one pass with every other entry's. */
  readonly phrase: string;
  /** What must follow the phrase for it to be wrong (tested right after it); any context when absent. */
  readonly before?: RegExp;
  /** Where in `phrase` the wrong part starts (认真的 → only 的 is wrong): 0 when absent. */
  readonly from?: number;
  /** What replaces the wrong part. */
  readonly right: string;
}

export interface PhraseMatch<E extends PhraseEntry> {
  readonly entry: E;
  /** The wrong part. */
  readonly start: number;
  readonly end: number;
}

/** A table of phrases matched in one pass (the longest where two overlap), each checked against what follows it. */
export class PhraseTable<E extends PhraseEntry> {
  private readonly matcher: WordMatcher;

  constructor(private readonly entries: readonly E[]) {
    this.matcher = new WordMatcher(entries.map((entry) => entry.phrase));
  }

  matches(text: string): PhraseMatch<E>[] {
    const found: PhraseMatch<E>[] = [];
    for (const match of dropOverlaps(this.matcher.matches(text))) {
      const entry = this.entries[match.word] as E;
      if (entry.before) {
        entry.before.lastIndex = match.end;
        if (!entry.before.test(text)) {
          continue;
        }
      }
      found.push({ entry, start: match.start + (entry.from ?? 0), end: match.end });
    }
    return found;
  }
}

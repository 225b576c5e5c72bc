import { dropOverlaps } from '../model/spans';
import { WordMatcher, type WordMatch } from '../model/word-matcher';

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

/**
 * The phrases of every shared table in one matcher, so that typo, confusable and redundancy cost one
 * scan of the text between them, not three. The scan of the last text is kept until another text comes:
 * the rules of one analysis ask for the same text one after another.
 */
class SharedScan {
  private readonly tables: (readonly string[])[] = [];
  private matcher: WordMatcher | undefined;
  /** Per word of the union: the table it belongs to and its index there. */
  private tableOf: number[] = [];
  private indexIn: number[] = [];
  private lastText: string | undefined;
  private lastMatches: WordMatch[][] = [];

  join(phrases: readonly string[]): number {
    this.tables.push(phrases);
    this.matcher = undefined;
    this.lastText = undefined;
    return this.tables.length - 1;
  }

  /** The matches of table `table`'s phrases in `text`, each word numbered as in that table. */
  matches(text: string, table: number): WordMatch[] {
    if (this.matcher === undefined || text !== this.lastText) {
      this.scan(text);
    }
    return this.lastMatches[table] ?? [];
  }

  private scan(text: string): void {
    if (this.matcher === undefined) {
      this.tableOf = this.tables.flatMap((phrases, table) => phrases.map(() => table));
      this.indexIn = this.tables.flatMap((phrases) => phrases.map((_, index) => index));
      this.matcher = new WordMatcher(this.tables.flat());
    }
    this.lastMatches = this.tables.map(() => []);
    for (const { start, end, word } of this.matcher.matches(text)) {
      this.lastMatches[this.tableOf[word] as number]?.push({ start, end, word: this.indexIn[word] as number });
    }
    this.lastText = text;
  }
}

const shared = new SharedScan();

/**
 * A table of phrases matched in one pass (the longest where two overlap), each checked against what
 * follows it. Tables built once, when their rule loads, share one scan; a table built per settings (the
 * office's own typos) scans alone, so that it never grows the shared matcher.
 */
export class PhraseTable<E extends PhraseEntry> {
  private readonly scan: (text: string) => WordMatch[];

  constructor(
    private readonly entries: readonly E[],
    scan: 'shared' | 'alone' = 'shared',
  ) {
    const phrases = entries.map((entry) => entry.phrase);
    if (scan === 'shared') {
      const table = shared.join(phrases);
      this.scan = (text) => shared.matches(text, table);
    } else {
      const matcher = new WordMatcher(phrases);
      this.scan = (text) => matcher.matches(text);
    }
  }

  matches(text: string): PhraseMatch<E>[] {
    const found: PhraseMatch<E>[] = [];
    for (const match of dropOverlaps(this.scan(text).slice())) {
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

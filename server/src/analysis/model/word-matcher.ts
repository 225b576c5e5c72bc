/**
 * Every occurrence of any of a set of words in one pass over the text, however many words there are (a
 * dictionary of a thousand typos costs one scan, not a thousand), with UTF-16 ranges.
 *
 * The pass reads each pair of adjacent code units once and tests it against a bit table of the words'
 * first pairs; only where a word could start does it compare words. In Chinese prose a third of the
 * characters begin some dictionary word, but few pairs begin one, so this costs about twice a bare loop
 * over the text, where an Aho–Corasick automaton (which enters a state at every such character) cost
 * six to seven times.
 */
export interface WordMatch {
  readonly start: number;
  readonly end: number;
  /** The index of the word in the list the matcher was built from. */
  readonly word: number;
}

/** 2^21 bits: the words' first pairs set about one bit in a thousand, so a pair that begins no word is rejected at once. */
const PAIR_BITS = 21;
const PAIR_MASK = (1 << PAIR_BITS) - 1;

function pairHash(first: number, second: number): number {
  return ((first << 5) ^ second) & PAIR_MASK;
}

export class WordMatcher {
  private readonly words: readonly string[];
  /** The bit of each first pair (of the words two code units or longer). */
  private readonly pairBits = new Uint32Array((1 << PAIR_BITS) >>> 5);
  /** The words by their first pair, exactly (first × 65536 + second). */
  private readonly byPair = new Map<number, number[]>();
  /** The one-code-unit words, by that code unit. */
  private readonly bySingle = new Map<number, number[]>();

  constructor(words: readonly string[]) {
    this.words = words;
    words.forEach((word, index) => {
      if (word.length === 1) {
        push(this.bySingle, word.charCodeAt(0), index);
      } else if (word.length > 1) {
        const first = word.charCodeAt(0);
        const second = word.charCodeAt(1);
        const hash = pairHash(first, second);
        this.pairBits[hash >>> 5] = (this.pairBits[hash >>> 5] as number) | (1 << (hash & 31));
        push(this.byPair, first * 0x10000 + second, index);
      }
    });
  }

  /** Every occurrence of every word in `text`, overlapping ones included, in the order their ends are reached. */
  matches(text: string): WordMatch[] {
    const found: WordMatch[] = [];
    if (this.byPair.size === 0 && this.bySingle.size === 0) {
      return found;
    }
    const { pairBits, byPair, words } = this;
    const singles = this.bySingle.size > 0;
    // The pair loop stops before the last code unit: reading past the end (NaN) would slow the whole loop.
    const last = text.length - 1;
    let first = text.charCodeAt(0);
    for (let i = 0; i < last; i++) {
      const second = text.charCodeAt(i + 1);
      if (singles) {
        this.singlesAt(first, i, found);
      }
      const hash = pairHash(first, second);
      if (((pairBits[hash >>> 5] as number) & (1 << (hash & 31))) !== 0) {
        for (const word of byPair.get(first * 0x10000 + second) ?? []) {
          const length = (words[word] as string).length;
          if (text.startsWith(words[word] as string, i)) {
            found.push({ start: i, end: i + length, word });
          }
        }
      }
      first = second;
    }
    if (singles && last >= 0) {
      this.singlesAt(first, last, found);
    }
    return found.sort((a, b) => a.end - b.end || a.start - b.start);
  }

  private singlesAt(code: number, at: number, found: WordMatch[]): void {
    for (const word of this.bySingle.get(code) ?? []) {
      found.push({ start: at, end: at + 1, word });
    }
  }
}

function push(map: Map<number, number[]>, key: number, index: number): void {
  const list = map.get(key);
  if (list) {
    list.push(index);
  } else {
    map.set(key, [index]);
  }
}

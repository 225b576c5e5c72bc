/**
 * Aho–Corasick over UTF-16 code units: every occurrence of any of a set of words in one pass over the
 * text, however many words there are (a dictionary of a thousand typos costs one scan, not a thousand).
 */
export interface WordMatch {
  readonly start: number;
  readonly end: number;
  /** The index of the word in the list the matcher was built from. */
  readonly word: number;
}

export class WordMatcher {
  /** Per state: its transitions by code unit. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Per state: the words that end there (its own and, through the failure links, its suffixes'). */
  private readonly output: number[][] = [[]];
  private readonly lengths: number[];
  /** The root's transitions by code unit (0: none): most characters start no word, and this says so at once. */
  private readonly fromRoot = new Int32Array(0x10000);

  constructor(words: readonly string[]) {
    this.lengths = words.map((word) => word.length);
    words.forEach((word, index) => {
      if (word === '') {
        return;
      }
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        let to = this.next[state]?.get(code);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.output.push([]);
          this.next[state]?.set(code, to);
        }
        state = to;
      }
      this.output[state]?.push(index);
    });
    this.link();
    for (const [code, to] of this.next[0] ?? []) {
      this.fromRoot[code] = to;
    }
  }

  /** Failure links, breadth first, each state's outputs joined with those of its longest proper suffix. */
  private link(): void {
    const queue: number[] = [];
    for (const to of this.next[0]?.values() ?? []) {
      queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [code, to] of this.next[state] ?? []) {
        let fallback = this.fail[state] as number;
        while (fallback !== 0 && !this.next[fallback]?.has(code)) {
          fallback = this.fail[fallback] as number;
        }
        const target = this.next[fallback]?.get(code);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.output[to]?.push(...(this.output[this.fail[to] as number] ?? []));
        queue.push(to);
      }
    }
  }

  /** Every occurrence of every word in `text`, in the order their ends are reached. */
  matches(text: string): WordMatch[] {
    const found: WordMatch[] = [];
    const { fromRoot, next, fail, output, lengths } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let to: number | undefined;
      while (state !== 0 && (to = next[state]?.get(code)) === undefined) {
        state = fail[state] as number;
      }
      state = state === 0 ? (fromRoot[code] as number) : (to as number);
      if (state === 0) {
        continue;
      }
      const words = output[state] as number[];
      for (let k = 0; k < words.length; k++) {
        const word = words[k] as number;
        found.push({ start: i + 1 - (lengths[word] as number), end: i + 1, word });
      }
    }
    return found;
  }
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TYPO_LISTS } from '../../server/src/analysis/data/typos';
import { WordMatcher } from '../../server/src/analysis/model/word-matcher';
import { loadFixtures } from '../support/fixture';

const entries = TYPO_LISTS.flatMap((list) => Object.entries(list.pairs).map(([wrong, right]) => ({ wrong, right, source: list.source })));

describe('the typo dictionary', () => {
  it('names a source for every list and holds at least 1,000 real corrections: right ≠ wrong, wrong not part of right, each wrong form once', () => {
    assert.ok(TYPO_LISTS.every((list) => list.source.length > 10));
    assert.deepEqual(entries.filter(({ wrong, right }) => wrong === right || right.includes(wrong) || wrong.length < 2), []);
    const seen = new Set<string>();
    assert.deepEqual(entries.filter(({ wrong }) => seen.has(wrong) || !seen.add(wrong)).map(({ wrong }) => wrong), []);
    assert.ok(entries.length >= 1000, `${entries.length} entries`);
  });

  it('never matches a right form: no wrong form hides inside any right form of the dictionary', () => {
    const matcher = new WordMatcher(entries.map((entry) => entry.wrong));
    const rightForms = entries.map((entry) => entry.right).join('\n');
    assert.deepEqual(matcher.matches(rightForms).map((match) => entries[match.word]?.wrong), []);
  });

  it('matches nothing in the clean fixtures (official prose, with traps)', () => {
    const matcher = new WordMatcher(entries.map((entry) => entry.wrong));
    // The typo fixtures' own traps stand beside words their settings allow (布署村).
    const clean = loadFixtures().filter((fixture) => /clean|traps/.test(fixture.name) && !fixture.name.startsWith('typo'));
    assert.ok(clean.length >= 4);
    for (const fixture of clean) {
      const text = fixture.sections.get('input') as string;
      assert.deepEqual(matcher.matches(text).map((match) => text.slice(match.start, match.end)), [], fixture.name);
    }
  });
});

describe('WordMatcher (Aho–Corasick)', () => {
  it('finds every occurrence of every word, overlapping ones and words inside words included, with UTF-16 ranges', () => {
    const words = ['再接再励', '接再', '𠮷祥', 'he', 'she', 'his', 'hers'];
    const text = '👉再接再励ushers𠮷祥';
    const found = new WordMatcher(words).matches(text).map((m) => [words[m.word], m.start, m.end]);
    const expected: Array<[string, number, number]> = [];
    words.forEach((word) => {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        expected.push([word, at, at + word.length]);
      }
    });
    const order = (a: readonly unknown[], b: readonly unknown[]) => (a[2] as number) - (b[2] as number) || String(a[0]).localeCompare(String(b[0]));
    assert.deepEqual([...found].sort(order), expected.sort(order));
  });
});

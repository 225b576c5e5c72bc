import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TYPO_LISTS } from '../../server/src/analysis/data/typos';
import { WordMatcher } from '../../server/src/analysis/model/word-matcher';
import { findingsInOrder, type Analyzer } from '../../server/src/analysis';
import { analyzerWith, defaultAnalyzer } from '../support/analyzer';
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

describe('WordMatcher', () => {
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

  it('agrees with a brute-force search on random words and texts (chains, branches, failure links)', () => {
    const alphabet = ['a', 'b', '的', '𠮷'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const stringOf = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const words = [...new Set(Array.from({ length: 1 + random(6) }, () => stringOf(1 + random(4))))];
      const text = stringOf(random(40));
      const found = new WordMatcher(words).matches(text).map((m) => `${m.start}:${m.end}:${words[m.word]}`);
      const expected = words.flatMap((word) => {
        const spans: string[] = [];
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          spans.push(`${at}:${at + word.length}:${word}`);
        }
        return spans;
      });
      assert.deepEqual([...found].sort(), expected.sort(), `${JSON.stringify(words)} in ${text}`);
    }
  });

  it('finds nothing, without scanning, when it has no words', () => {
    assert.deepEqual(new WordMatcher([]).matches('布署'), []);
  });
});

describe('the scan typo, confusable and redundancy share', () => {
  const flagged = (analyzer: Analyzer, text: string) =>
    findingsInOrder(analyzer.analyze(text))
      .filter(({ ruleId }) => ruleId === 'typo' || ruleId === 'confusable' || ruleId === 'redundancy')
      .map(({ ruleId, finding }) => `${ruleId} ${text.slice(finding.start, finding.end)}`);

  it('answers for the text it is given, when texts alternate and when an equal text comes as another string', () => {
    const first = '各单位要认真布署，截止目前已完成。';
    const second = '这项工作涉及到全局，要再接再励。';
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(flagged(defaultAnalyzer, first), ['typo 布署', 'confusable 截止']);
      assert.deepEqual(flagged(defaultAnalyzer, second), ['redundancy 涉及到', 'typo 再接再励']);
    }
    assert.deepEqual(flagged(defaultAnalyzer, [...first].join('')), ['typo 布署', 'confusable 截止']);
  });

  it("keeps the office's pair where it and a built-in pair match the same text", () => {
    const analyzer = analyzerWith({ typos: { 布署: '布置' } });
    const text = '要认真布署。';
    const typo = analyzer.analyze(text).results.find((result) => result.rule.id === 'typo');
    assert.deepEqual(typo?.findings.map((finding) => finding.fixes?.()[0]?.edits[0]?.newText), ['布置']);
  });
});

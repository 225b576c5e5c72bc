import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markerWith } from '../../server/src/analysis/model/marker-forms';
import { chineseNumeral, chineseNumeralValue } from '../../server/src/analysis/model/numerals';
import { analyzerWith, defaultAnalyzer } from '../support/analyzer';

describe('Chinese numerals', () => {
  it('writes counts as they are written, hundreds and thousands included', () => {
    const cases: Array<[number, string]> = [
      [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [99, '九十九'], [100, '一百'], [101, '一百零一'],
      [110, '一百一十'], [120, '一百二十'], [121, '一百二十一'], [200, '二百'], [1000, '一千'], [1005, '一千零五'], [1010, '一千零一十'], [2306, '二千三百零六'],
    ];
    assert.deepEqual(cases.map(([value]) => [value, chineseNumeral(value)]), cases);
  });

  it('reads back every numeral it writes up to 九十九 (the parser’s range)', () => {
    for (let value = 1; value <= 99; value++) {
      assert.equal(chineseNumeralValue(chineseNumeral(value)), value);
    }
  });

  it('writes no marker the outline could not read back: nothing past 九十九 or 99, and ⑴ stops at ⒇', () => {
    assert.equal(markerWith('一、', 99), '九十九、');
    assert.equal(markerWith('一、', 100), undefined);
    assert.equal(markerWith('1.', 100), undefined);
    assert.equal(markerWith('⑴', 20), '⒇');
    assert.equal(markerWith('⑴', 21), undefined);
    assert.equal(markerWith('（1）', 21), '（21）');
  });
});

describe('renumbering long lists', () => {
  const headings = (count: number, marker: (i: number) => string) => Array.from({ length: count }, (_, i) => `${marker(i)}标题\n内容。`).join('\n');

  it('renumbers a list of 98 level-1 headings that skips 五十, and the fixed text reads back with no finding', () => {
    const text = headings(98, (i) => `${chineseNumeral(i < 49 ? i + 1 : i + 2)}、`);
    const fixed = defaultAnalyzer.fixed(text);
    assert.match(fixed, /\n五十、标题\n内容。\n/);
    assert.match(fixed, /\n九十八、标题\n内容。$/);
    assert.deepEqual(defaultAnalyzer.analyze(fixed).results.find((r) => r.rule.id === 'heading-numbering')?.findings, []);
  });

  it('reports a list longer than its markers can count without offering a renumbering that would write 十十 or 一百', () => {
    const text = headings(121, (i) => `${chineseNumeral((i % 99) + 1)}、`);
    const findings = defaultAnalyzer.analyze(text).results.find((r) => r.rule.id === 'heading-numbering')?.findings ?? [];
    assert.ok(findings.length > 0);
    assert.ok(findings.every((finding) => finding.fixes === undefined), 'no renumbering fix');
    assert.equal(defaultAnalyzer.fixed(text), text);
  });

  it('rewrites （1）…（20） in a ⑴ house style, but leaves （21） as written: there is no circled 21', () => {
    const analyzer = analyzerWith({ headingMarkers: { level4: ['⑴'] } });
    const text = '一、甲\n（一）乙\n1.丙\n' + headings(22, (i) => `（${i + 1}）`);
    const fixed = analyzer.fixed(text);
    assert.match(fixed, /\n⑴标题\n/);
    assert.match(fixed, /\n⒇标题\n内容。\n（21）标题\n内容。\n（22）标题/);
    assert.doesNotMatch(fixed, /\(21\)/);
  });
});

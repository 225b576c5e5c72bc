import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, symbolName, type OutlineNode } from '../../server/src/analysis';
import { fixAllEdits } from '../../server/src/analysis/fixes';
import { defaultAnalyzer } from '../support/analyzer';
import { REPO_ROOT } from '../support/fixture';

/** The real documents in ../shared/seeds, read where they are present (never copied into the repo). */
const SEEDS = join(REPO_ROOT, '..', 'shared', 'seeds');
const present = existsSync(SEEDS);

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  assert.ok(name, prefix);
  return readFileSync(join(SEEDS, name), 'utf8');
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

/** `line flagged-text` for each finding of rule `id` in a seed. */
function findingsIn(prefix: string, id: string): string[] {
  const text = seed(prefix);
  const result = defaultAnalyzer.analyze(text).results.find((r) => r.rule.id === id);
  return (result?.findings ?? []).map((f) => `${lineOf(text, f.start)} ${text.slice(f.start, f.end)}`);
}

/** The lines a careful reader marks as pasted web residue, found by reading each seed. */
const RESIDUE_LINES: Readonly<Record<string, number[]>> = {
  '000': [17, 18, 19],
  '001': [1, 21],
  '002': [5],
  '003': [1, 5, 81],
  '004': [2, 3, 13, 14, 15],
};

describe('seed documents', { skip: present ? false : '../shared/seeds is absent' }, () => {
  it('finds every residue line and nothing else', () => {
    for (const [prefix, lines] of Object.entries(RESIDUE_LINES)) {
      const text = seed(prefix);
      const result = defaultAnalyzer.analyze(text).results.find((r) => r.rule.id === 'web-residue');
      assert.deepEqual(result?.findings.map((f) => lineOf(text, f.start)), lines, prefix);
    }
  });

  it('flags only placeholder-shaped text', () => {
    for (const prefix of Object.keys(RESIDUE_LINES)) {
      const text = seed(prefix);
      const result = defaultAnalyzer.analyze(text).results.find((r) => r.rule.id === 'placeholder');
      for (const finding of result?.findings ?? []) {
        assert.match(text.slice(finding.start, finding.end), /^(?:[\d.]*[Xx*][\dXx*.]*|几)$/, prefix);
      }
    }
  });

  it('finds the repetitions a reader finds: 治党治党, the copied clause in 000, the title written twice in 003', () => {
    assert.deepEqual(findingsIn('002', 'doubled-word'), ['8 治党治党']);
    for (const prefix of ['000', '001', '003', '004']) {
      assert.deepEqual(findingsIn(prefix, 'doubled-word'), [], prefix);
    }
    assert.ok(findingsIn('000', 'repeated-phrase').includes('10 认真学习了习近平新时代中国特色社会主义思想'));
    assert.ok(findingsIn('003', 'repeated-phrase').includes('7 乡镇2022年高质量发展特色亮点及2023年工作安排'));
  });

  it('checks structure: in 003 **. breaks the 1. 2. _ 4. run; 002 announces three points of which the page cut two (counted once its 此处隐藏 notice is gone); 003 leaves the count open over three', () => {
    assert.deepEqual(findingsIn('003', 'heading-numbering'), ['21 **.']);
    assert.deepEqual(findingsIn('002', 'announced-count'), []);
    const uncut = seed('002').replace(/^-+此处隐藏.*$/mu, '');
    const counted = defaultAnalyzer.analyze(uncut).results.find((r) => r.rule.id === 'announced-count');
    assert.deepEqual(counted?.findings.map((f) => `${lineOf(uncut, f.start)} ${uncut.slice(f.start, f.end)}`), ['1 讲三点意见']);
    assert.deepEqual(findingsIn('003', 'announced-count'), ['26 讲几点意见']);
    for (const prefix of ['000', '001', '004']) {
      assert.deepEqual(findingsIn(prefix, 'announced-count'), [], prefix);
    }
  });

  it('finds the words dropped from 004 and makes 000 full-width (its page debris deleted first) without touching numbers, GDP or 1. markers', () => {
    assert.deepEqual(findingsIn('004', 'missing-word'), ['5 把的', '7 把的', '7 理解的良苦用心', '8 学了', '12 在的坚强领导', '12 更加务实的', '12 迎接的胜利召开']);
    for (const prefix of ['000', '001', '002', '003']) {
      assert.deepEqual(findingsIn(prefix, 'missing-word'), [], prefix);
    }
    // The commas of the preview prompt at the end are not reported: the prompt is deleted whole (web-residue).
    const text = seed('000');
    const cleaned = applyEdits(text, fixAllEdits(defaultAnalyzer.analyze(text), 'web-residue'));
    const fixed = applyEdits(cleaned, fixAllEdits(defaultAnalyzer.analyze(cleaned), 'fullwidth-punctuation'));
    assert.doesNotMatch(fixed, /[,;!?()]|(?<=\p{Script=Han}):/u);
    const asciiKept = (s: string) => s.replace(/[^0-9A-Za-z.%]/g, '');
    assert.equal(asciiKept(fixed), asciiKept(cleaned));
    assert.ok(findingsIn('000', 'fullwidth-punctuation').length > 100);
    assert.deepEqual(findingsIn('001', 'standard-term'), ['16 党的20D']);
  });

  it('reads 003: **. holds its place in the 1. 2. _ 4. run, and the second speech has its own title', () => {
    const text = seed('003');
    const model = defaultAnalyzer.analyze(text).model;
    const arabic = model.nodes.filter((n): n is Extract<OutlineNode, { kind: 'heading' }> => n.kind === 'heading' && n.level === 3);
    assert.deepEqual(arabic.map((n) => n.marker), ['1.', '2.', '**.', '4.']);
    const titles = model.roots.filter((n) => n.kind === 'title').map((n) => symbolName(text, n));
    assert.equal(titles.length, 3);
    assert.match(titles[2] ?? '', /^党委书记在.*大会上的讲话$/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, DEFAULT_SETTINGS, readSettings, RULES } from '../../server/src/analysis';
import { MAX_ENTRIES } from '../../server/src/analysis/settings';

const SPEECH = '同志们：\n一、抓项目\n今年完成投资XX亿元，要做好的的工作。\n推荐访问：讲话稿 范文\n';

describe('reliability', () => {
  it('runs only the cheap rules, with the outline, on a document over gongwen.maxDocumentSize', () => {
    const long = SPEECH + '要抓好项目建设。'.repeat(2000);
    const settings = readSettings({ maxDocumentSize: 10_000 });
    const analysis = analyzeText(long, settings);
    assert.equal(analysis.limited, true);
    assert.deepEqual(analysis.results.map((r) => r.rule.id), ['placeholder', 'web-residue']);
    assert.deepEqual(analysis.results.map((r) => r.findings.length), [1, 1]);
    assert.equal(analysis.model.roots.length, 2);
    const full = analyzeText(SPEECH, settings);
    assert.equal(full.limited, false);
    assert.ok(full.results.some((r) => r.rule.id === 'doubled-word' && r.findings.length === 1));
  });

  it('skips a rule that throws and keeps every other rule’s findings', () => {
    const doubled = RULES.find((rule) => rule.id === 'doubled-word');
    assert.ok(doubled);
    const check = doubled.check;
    (doubled as { check: typeof check }).check = () => {
      throw new Error('boom');
    };
    try {
      const analysis = analyzeText(SPEECH, DEFAULT_SETTINGS);
      assert.deepEqual(analysis.failures.map((f) => [f.rule.id, (f.error as Error).message]), [['doubled-word', 'boom']]);
      assert.deepEqual(analysis.results.filter((r) => r.findings.length > 0).map((r) => r.rule.id), ['placeholder', 'web-residue']);
    } finally {
      (doubled as { check: typeof check }).check = check;
    }
  });

  it('takes at most MAX_ENTRIES terms, placeholder values and phrases, saying so', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => [`错${i}`, `对${i}`]));
    const problems: string[] = [];
    const settings = readSettings({ terms: many, placeholderValues: many, overusedPhrase: { phrases: Object.keys(many) } }, problems);
    assert.equal(Object.keys(settings.terms).length, MAX_ENTRIES);
    assert.equal(Object.keys(settings.placeholderValues).length, MAX_ENTRIES);
    assert.equal(settings.overusedPhrase.phrases.length, MAX_ENTRIES);
    assert.equal(problems.filter((p) => p.includes(`只使用前 ${MAX_ENTRIES} 条`)).length, 3);
  });
});

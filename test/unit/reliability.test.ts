import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES, type Rule } from '../../server/src/analysis';
import { analyzerWith } from '../support/analyzer';

const SPEECH = '同志们：\n一、抓项目\n今年完成投资XX亿元，要做好的的工作。\n推荐访问：讲话稿 范文\n';

describe('reliability', () => {
  it('in an editor, runs only the cheap rules, with the outline, on a document over gongwen.maxDocumentSize', () => {
    const long = SPEECH + '要抓好项目建设。'.repeat(2000);
    const editor = analyzerWith({ maxDocumentSize: 10_000 }, { typingGuard: true });
    const analysis = editor.analyze(long);
    assert.equal(analysis.limited, true);
    assert.deepEqual(analysis.results.map((r) => r.rule.id), ['placeholder', 'web-residue']);
    assert.deepEqual(analysis.results.map((r) => r.findings.length), [1, 1]);
    assert.equal(analysis.model.roots.length, 2);
    const full = editor.analyze(SPEECH);
    assert.equal(full.limited, false);
    assert.ok(full.results.some((r) => r.rule.id === 'doubled-word' && r.findings.length === 1));
  });

  it('without the typing guard (the CLI), runs every rule on any size', () => {
    const long = SPEECH + '要抓好项目建设。'.repeat(2000);
    const analysis = analyzerWith({ maxDocumentSize: 10_000 }).analyze(long);
    assert.equal(analysis.limited, false);
    assert.equal(analysis.results.length, RULES.length);
  });

  it('skips a rule that throws and keeps every other rule’s findings', () => {
    const failing: Rule = { id: 'failing', defaultSeverity: 'warning', settings: [], check: () => { throw new Error('boom'); } };
    const analysis = analyzerWith({}, { rules: [...RULES.slice(0, 2), failing, ...RULES.slice(2)] }).analyze(SPEECH);
    assert.deepEqual(analysis.failures.map((f) => [f.rule.id, (f.error as Error).message]), [['failing', 'boom']]);
    assert.deepEqual(analysis.results.filter((r) => r.findings.length > 0).map((r) => r.rule.id), ['placeholder', 'web-residue', 'doubled-word']);
  });
});

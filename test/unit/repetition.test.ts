import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, type Analyzer } from '../../server/src/analysis';
import { analyzerWith, defaultAnalyzer, openDocument } from '../support/analyzer';
const SENTENCE = '要认真学习新修订的安全生产法律法规和操作规程。';
const text = ['同志们：', `一、抓学习。${SENTENCE}`, '二、抓落实。各单位要压实安全生产主体责任。', `三、抓督查。${SENTENCE}谢谢大家！`].join('\n');
const opened = openDocument(text, defaultAnalyzer, 'file:///s.gw');
const document = opened.document;

function diagnosticsOf(source: string, analyzer: Analyzer = defaultAnalyzer) {
  const { document: doc } = openDocument(source, analyzer);
  return openDocument(source, analyzer).diagnostics().map((d) => ({ code: d.code, text: doc.getText(d.range), related: d.relatedInformation?.map((r) => doc.getText(r.location.range)) }));
}

describe('repeated-phrase', () => {
  it('points at the earlier copy of a repeated sentence through relatedInformation', () => {
    const [diagnostic] = opened.diagnostics();
    assert.equal(diagnostic?.code, 'repeated-phrase');
    assert.deepEqual(diagnostic?.range.start, { line: 3, character: 6 });
    const [earlier] = diagnostic?.relatedInformation ?? [];
    assert.equal(earlier?.location.uri, 'file:///s.gw');
    assert.deepEqual(earlier?.location.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 6 + SENTENCE.length - 1 } });
  });

  it('deletes a repeated sentence far from its copy only by quick fix, never by fix-all', () => {
    const actions = opened.codeActions({ start: { line: 3, character: 8 }, end: { line: 3, character: 8 } }, { snippetSupport: false });
    assert.deepEqual(actions.map((a) => a.title), ['删除重复的这句话', '在此处忽略该规则（repeated-phrase）']);
    const edits = actions[0]?.edit?.changes?.['file:///s.gw'] ?? [];
    const fixed = applyEdits(text, edits.map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText })));
    assert.ok(fixed.endsWith('三、抓督查。谢谢大家！'), fixed);
    assert.equal(defaultAnalyzer.analyze(fixed).results.find((r) => r.rule.id === 'repeated-phrase')?.findings.length, 0);
  });

  it('follows gongwen.repeatedPhrase.minLength and distance', () => {
    const paragraph = '同志们：\n要抓好安全生产，抓好安全生产是底线。';
    assert.deepEqual(diagnosticsOf(paragraph), []);
    assert.deepEqual(diagnosticsOf(paragraph, analyzerWith({ repeatedPhrase: { minLength: 4 } })), [{ code: 'repeated-phrase', text: '抓好安全生产', related: ['抓好安全生产'] }]);
    assert.deepEqual(diagnosticsOf(paragraph, analyzerWith({ repeatedPhrase: { minLength: 4, distance: 20 } })).length, 1);
    assert.deepEqual(diagnosticsOf(paragraph.replace('，', '，'.padEnd(30, '。')), analyzerWith({ repeatedPhrase: { minLength: 4, distance: 20 } })), []);
  });

  it('shows a phrase repeated nearby as a hint, and a copied sentence as a warning', () => {
    const source = '同志们：\n要全面推进乡村振兴，全面推进乡村振兴是大事。\n要认真学习新修订的安全生产法律法规和操作规程。\n要认真学习新修订的安全生产法律法规和操作规程。';
    const { document: doc } = openDocument(source);
    const shown = openDocument(source).diagnostics().map((d) => [doc.getText(d.range), d.severity]);
    assert.deepEqual(shown, [
      ['全面推进乡村振兴', 4],
      ['要认真学习新修订的安全生产法律法规和操作规程', 2],
    ]);
  });
});

describe('overused-phrase', () => {
  it('reports once per phrase and section, with the count and the other uses', () => {
    const source = '同志们：\n一、坚决打好攻坚战\n要坚决落实，坚决整改，坚决问责，坚决杜绝。\n二、抓落实\n坚决落实。';
    const found = diagnosticsOf(source).filter((d) => d.code === 'overused-phrase');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]?.related, ['坚决', '坚决', '坚决', '坚决']);
    const [diagnostic] = openDocument(source).diagnostics();
    assert.match(String(diagnostic?.message), /“坚决”在本节已用 5 次（建议不超过 3 次）/);
    assert.deepEqual(diagnostic?.range.start, { line: 2, character: 11 });
  });
});

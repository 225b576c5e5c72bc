import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, type Analysis, type Rule } from '../../server/src/analysis';
import { fixAllEdits } from '../../server/src/analysis/fixes';
import { analyzerWith, openDocument } from '../support/analyzer';

const text = '今年，*镇完成投资XX亿元，*镇经验值得推广。\n推荐访问：讲话稿\n';
const analyzer = analyzerWith({ placeholderValues: { '*镇': '青山镇' } });
const document = openDocument(text, analyzer);
const at = (offset: number) => ({ start: document.document.positionAt(offset), end: document.document.positionAt(offset) });

describe('code actions', () => {
  it('offers the configured value first, then filling this one and all identical placeholders by snippet', () => {
    const actions = document.codeActions(at(3), { snippetSupport: true });
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false]), [
      ['替换为“青山镇”', true],
      ['填写“*”…', false],
      ['全部填写“*”（2 处）…', false],
      ['在此处忽略该规则（placeholder）', false],
      ['修复本文档所有 placeholder 问题（2 处）', false],
    ]);
    const fillAll = actions[2]?.edit?.documentChanges?.[0] as { edits: Array<{ snippet: { value: string } }> };
    assert.deepEqual(fillAll.edits.map((e) => e.snippet.value), ['${1:*}', '${1:*}']);
  });

  it('leaves out snippet fills for a client that cannot apply snippet edits', () => {
    const titles = document.codeActions(at(10), { snippetSupport: false }).map((a) => a.title);
    assert.deepEqual(titles, ['在此处忽略该规则（placeholder）', '修复本文档所有 placeholder 问题（2 处）']);
  });

  it('answers source.fixAll.gongwen with every safe fix and nothing else', () => {
    const [fixAll, ...rest] = document.codeActions(at(0), { snippetSupport: true, only: ['source.fixAll'] });
    assert.equal(rest.length, 0);
    assert.equal(fixAll?.kind, 'source.fixAll.gongwen');
    const edits = fixAll?.edit?.changes?.[document.document.uri] ?? [];
    assert.deepEqual(edits.map((e) => e.newText), ['青山镇', '青山镇', '']);
  });

  it('answers source.fixAll.gongwen with what the analyzer’s fixAll gives (fix-all until stable)', () => {
    const doc = openDocument('三、四个三、四个方面。\n');
    const [fixAll] = doc.codeActions(at(0), { snippetSupport: false, only: ['source.fixAll.gongwen'] });
    const edits = (fixAll?.edit?.changes?.[doc.document.uri] ?? []).map((e) => ({ start: doc.document.offsetAt(e.range.start), end: doc.document.offsetAt(e.range.end), newText: e.newText }));
    assert.equal(applyEdits(doc.text, edits), analyzerWith().fixed(doc.text));
  });

  it('carries no fixes in the diagnostics: the code action of a long renumbering has all its edits', () => {
    const headings = Array.from({ length: 30 }, (_, i) => `${i === 3 ? '**' : '一二三四五六七八九十'[i % 10]}、标题\n内容。`).join('\n');
    const doc = openDocument(headings);
    const diagnostics = doc.diagnostics().filter((d) => d.code === 'heading-numbering');
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => d.data === undefined));
    const levelOne = diagnostics.filter((d) => /应为“[一二三四五六七八九十]+、”/.test(String(d.message)));
    assert.ok(levelOne.length > 20);
    const renumber = doc.codeActions(levelOne[0]!.range, { snippetSupport: false }).find((a) => a.title.startsWith('重新编号本级标题（一、'));
    assert.ok(renumber, 'a renumbering of the whole list');
    assert.equal(renumber.edit?.changes?.[doc.document.uri]?.length, levelOne.length);
  });
});

describe('fix-all edits', () => {
  const analysis = analyzerWith().analyze(text);
  const fix = (edits: Array<[number, number, string]>) => ({
    title: { zh: '', en: '' },
    safe: true,
    edits: edits.map(([start, end, newText]) => ({ start, end, newText })),
  });
  const analysisWith = (fixes: ReturnType<typeof fix>[], rule: Rule = analysis.results[0]!.rule): Analysis => ({
    model: analysis.model,
    failures: [],
    limited: false,
    results: [{ rule, severity: 'warning' as const, findings: fixes.map((f) => ({ start: 0, end: 0, message: f.title, fixes: () => [f] })) }],
  });

  it('never takes overlapping or same-point insertions, keeping the first in document order', () => {
    const edits = fixAllEdits(analysisWith([fix([[5, 9, 'b']]), fix([[0, 6, 'a']]), fix([[9, 9, 'c']]), fix([[9, 9, 'd']]), fix([[9, 12, 'e']])]));
    assert.deepEqual(edits.map((e) => e.newText), ['a', 'c', 'e']);
  });

  it('takes the fix of the rule with the higher fixPriority where two start at one place, whatever the rules’ order', () => {
    const low = { ...analysis.results[0]!.rule, id: 'low' };
    const high = { ...analysis.results[0]!.rule, id: 'high', fixPriority: 1 };
    for (const order of [[low, high], [high, low]]) {
      const combined: Analysis = {
        ...analysisWith([]),
        results: order.map((rule) => ({ rule, severity: 'warning' as const, findings: [{ start: 0, end: 2, message: { zh: '', en: '' }, fixes: () => [fix([[0, 2, rule.id]])] }] })),
      };
      assert.deepEqual(fixAllEdits(combined).map((e) => e.newText), ['high']);
    }
  });

  it('takes 100,000 adjacent fixes', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => fix([[i * 3, i * 3 + 2, 'x']]));
    assert.equal(fixAllEdits(analysisWith(many)).length, 100_000);
  });
});

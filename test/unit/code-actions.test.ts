import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, codeActions, fixAllEdits, readSettings, toDiagnostics, type DiagnosticData } from '../../server/src/analysis';
import { MAX_DATA_EDITS } from '../../server/src/analysis/diagnostics';

const text = '今年，*镇完成投资XX亿元，*镇经验值得推广。\n推荐访问：讲话稿\n';
const document = TextDocument.create('file:///s.gw', 'gongwen', 3, text);
const analysis = analyzeText(text, readSettings({ placeholderValues: { '*镇': '青山镇' } }));
const options = { locale: 'zh' as const, docsBase: 'file:///docs', snippetSupport: true };
const at = (offset: number) => ({ start: document.positionAt(offset), end: document.positionAt(offset) });

describe('code actions', () => {
  it('offers the configured value first, then filling this one and all identical placeholders by snippet', () => {
    const actions = codeActions(document, analysis, at(3), options);
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
    const titles = codeActions(document, analysis, at(10), { ...options, snippetSupport: false }).map((a) => a.title);
    assert.deepEqual(titles, ['在此处忽略该规则（placeholder）', '修复本文档所有 placeholder 问题（2 处）']);
  });

  it('answers source.fixAll.gongwen with every safe fix and nothing else', () => {
    const [fixAll, ...rest] = codeActions(document, analysis, at(0), { ...options, only: ['source.fixAll'] });
    assert.equal(rest.length, 0);
    assert.equal(fixAll?.kind, 'source.fixAll.gongwen');
    const edits = fixAll?.edit?.changes?.[document.uri] ?? [];
    assert.deepEqual(edits.map((e) => e.newText), ['青山镇', '青山镇', '']);
  });
});

describe('fix-all edits', () => {
  const fix = (edits: Array<[number, number, string]>) => ({
    title: { zh: '', en: '' },
    safe: true,
    edits: edits.map(([start, end, newText]) => ({ start, end, newText })),
  });
  const analysisWith = (fixes: ReturnType<typeof fix>[]) => ({
    model: analysis.model,
    failures: [],
    limited: false,
    results: [{ rule: analysis.results[0]!.rule, severity: 'warning' as const, findings: fixes.map((f) => ({ start: 0, end: 0, message: f.title, fixes: [f] })) }],
  });

  it('never takes overlapping or same-point insertions, keeping the first in document order', () => {
    const edits = fixAllEdits(analysisWith([fix([[5, 9, 'b']]), fix([[0, 6, 'a']]), fix([[9, 9, 'c']]), fix([[9, 9, 'd']]), fix([[9, 12, 'e']])]));
    assert.deepEqual(edits.map((e) => e.newText), ['a', 'c', 'e']);
  });

  it('takes 100,000 adjacent fixes', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => fix([[i * 3, i * 3 + 2, 'x']]));
    assert.equal(fixAllEdits(analysisWith(many)).length, 100_000);
  });
});

describe('diagnostic data', () => {
  it('carries a fix of more than MAX_DATA_EDITS edits by title and count only; the code action has the edits', () => {
    const headings = Array.from({ length: 30 }, (_, i) => `${i === 3 ? '**' : '一二三四五六七八九十'[i % 10]}、标题\n内容。`).join('\n');
    const doc = TextDocument.create('file:///long.gw', 'gongwen', 1, headings);
    const result = analyzeText(headings, readSettings({}));
    const diagnostics = toDiagnostics(doc, result, options).filter((d) => d.code === 'heading-numbering');
    const carrier = diagnostics.find((d) => (d.data as DiagnosticData).fixes.some((fix) => fix.editCount > MAX_DATA_EDITS));
    const big = (carrier?.data as DiagnosticData | undefined)?.fixes.find((fix) => fix.editCount > MAX_DATA_EDITS);
    assert.ok(carrier && big, 'a renumbering of the whole list');
    assert.deepEqual(big.edits, []);
    const actions = codeActions(doc, result, carrier.range, options);
    assert.equal(actions.find((a) => a.title === big.title)?.edit?.changes?.[doc.uri]?.length, big.editCount);
  });
});

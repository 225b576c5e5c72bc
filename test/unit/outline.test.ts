import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultAnalyzer, openDocument } from '../support/analyzer';

function symbolsOf(text: string) {
  return openDocument(text, defaultAnalyzer, 'file:///t.gw').symbols() ?? [];
}

describe('document symbols', () => {
  it('gives UTF-16 positions: 👉 and 𠮷 (two code units each) before a heading shift nothing', () => {
    const text = '👉𠮷通知\n二、👉重点工作 （一）𠮷抓落实。\n';
    const [heading] = symbolsOf(text);
    assert.ok(heading);
    assert.equal(heading.name, '二、👉重点工作');
    assert.deepEqual(heading.selectionRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
    const [child] = heading.children ?? [];
    assert.equal(child?.name, '（一）𠮷抓落实');
    assert.deepEqual(child?.selectionRange, { start: { line: 1, character: 9 }, end: { line: 1, character: 17 } });
  });

  it('ends a section just before the next heading of the same or a higher level', () => {
    const text = '一、甲\n（一）乙\n正文。\n（二）丙\n二、丁\n';
    const [first, second] = symbolsOf(text);
    assert.deepEqual(first?.range, { start: { line: 0, character: 0 }, end: { line: 3, character: 4 } });
    assert.deepEqual(first?.children?.map((c) => c.range.end), [{ line: 2, character: 3 }, { line: 3, character: 4 }]);
    assert.deepEqual(second?.range.start, { line: 4, character: 0 });
  });

  it('shortens long names with … and says the section length in the detail', () => {
    const long = '一、' + '全面推进乡村振兴'.repeat(8) + '\n' + '正文'.repeat(10) + '。';
    const [heading] = symbolsOf(long);
    assert.equal([...(heading?.name ?? '')].length, 40);
    assert.ok(heading?.name.endsWith('…'));
    assert.equal(heading?.detail, `${2 + 64 + 21}字`);
  });

  it('folds each multi-line part once per start line', () => {
    const text = '一、甲 （一）乙\n正文。\n二、丙\n正文。\n';
    assert.deepEqual((openDocument(text).folding() ?? []).map((r) => [r.startLine, r.endLine]), [[0, 1], [2, 3]]);
  });

  it('finds workspace symbols by loose match and names their container', () => {
    const text = '一、加强党的建设\n（一）抓好理论学习\n';
    const found = openDocument(text).workspaceSymbols('理论');
    assert.deepEqual(found.map((s) => [s.name, s.containerName]), [['（一）抓好理论学习', '一、加强党的建设']]);
  });
});

describe('analysis never breaks on odd input', () => {
  const cases: Array<[string, string]> = [
    ['an empty file', ''],
    ['only newlines', '\n\n\r\n\r\r\n'],
    ['CRLF line ends', '同志们：\r\n一、甲\r\n（一）乙XX\r\n二、丙\r\n'],
    ['no structure', '这是一段普通的文字。'.repeat(50)],
    ['only markers', '一、\n（一）\n1.\n（1）\n一是\n首先，\n'],
    ['lone surrogates', '一、\ud800标题\udc00\n（一）\ud83d'],
  ];
  for (const [name, text] of cases) {
    it(`handles ${name}`, () => {
      const analysis = defaultAnalyzer.analyze(text);
      assert.deepEqual(analysis.failures, []);
      for (const node of analysis.model.nodes) {
        assert.ok(node.start <= node.headEnd && node.headEnd <= node.end && node.end <= text.length);
      }
    });
  }

  it('handles a 5 MB file with long lines, every rule running (as the CLI runs them)', { timeout: 120_000 }, () => {
    const paragraph = '一、加强组织领导 各单位要把XX工作摆上重要议程。一是压实责任。二是强化督导。\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const analysis = defaultAnalyzer.analyze(text);
    assert.equal(analysis.failures.length, 0);
    assert.equal(analysis.model.roots.length, Math.ceil(5_000_000 / paragraph.length));
  });
});

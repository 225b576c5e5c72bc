import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../../server/src/analysis';
import { SHOW_STATISTICS_COMMAND } from '../../server/src/protocol';
import { analyzerWith, defaultAnalyzer, openDocument, textDocument } from '../support/analyzer';

const SPEECH = [
  '在全县防汛工作会议上的讲话',
  '同志们：',
  '一、提高认识',
  '防汛工作责任重大👉。',
  '（一）压实责任',
  '各乡镇要在XX日前报送方案。',
  '二、抓好落实',
  '要做好𠮷物资储备的的工作。',
  '谢谢大家！',
].join('\n');
const at = (rate: number, locale: 'zh' | 'en' = 'zh') => openDocument(SPEECH, analyzerWith({ speakingRate: rate }, { locale }), 'file:///speech.gw');
const document = at(200).document;

function ignoreAction(doc: TextDocument, line: number, character: number) {
  const here = { line, character };
  const action = defaultAnalyzer.document(doc).codeActions({ start: here, end: here }, { snippetSupport: false }).find((a) => a.title.startsWith('在此处忽略该规则'));
  assert.ok(action, 'an ignore-here action');
  const edits = action.edit?.changes?.[doc.uri] ?? [];
  return { action, fixed: applyEdits(doc.getText(), edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }))) };
}

const findingIds = (text: string, markdown = false) =>
  defaultAnalyzer.analyze(text, { markdown }).results.flatMap((r) => r.findings.map(() => r.rule.id));

describe('ignore here (disable comments)', () => {
  it('writes a // comment above the line in plain text, keeping its indent and CRLF, and only that finding goes', () => {
    const text = '一、总体要求\r\n\u3000\u3000今年XX县完成造林的的目标。\r\n';
    const doc = textDocument(text, 'file:///a.txt', 'plaintext');
    const { action, fixed } = ignoreAction(doc, 1, 4);
    assert.equal(action.title, '在此处忽略该规则（placeholder）');
    assert.equal(fixed, '一、总体要求\r\n\u3000\u3000// gongwen-disable-next-line placeholder\r\n\u3000\u3000今年XX县完成造林的的目标。\r\n');
    assert.deepEqual(findingIds(text).sort(), ['doubled-word', 'placeholder']);
    assert.deepEqual(findingIds(fixed), ['doubled-word']);
  });

  it('writes an HTML comment in Markdown', () => {
    const text = '一、总体要求\n\n今年XX县完成造林目标。\n';
    const doc = textDocument(text, 'file:///a.md', 'markdown');
    const { fixed } = ignoreAction(doc, 2, 3);
    assert.equal(fixed, '一、总体要求\n\n<!-- gongwen-disable-next-line placeholder -->\n今年XX县完成造林目标。\n');
    assert.deepEqual(findingIds(fixed, true), []);
  });

  it('does not take a disable comment for a title or a paragraph', () => {
    const text = '// gongwen-disable-next-line\n在全县XX会议上的讲话\n同志们：\n一、总体要求\n内容。\n';
    const result = defaultAnalyzer.analyze(text);
    assert.deepEqual(result.model.roots.map((node) => node.kind), ['title', 'salutation', 'heading']);
    assert.deepEqual(result.results.flatMap((r) => r.findings), []);
  });
});

describe('statistics, hover and code lens', () => {
  it('counts characters (an emoji or 𠮷 is one, white space none), minutes at the speaking rate and findings per section', () => {
    const statistics = at(100).statistics();
    assert.ok(statistics);
    assert.equal(statistics.characters, [...SPEECH.replace(/\s/g, '')].length);
    assert.equal(statistics.minutes, statistics.characters / 100);
    assert.equal(statistics.placeholders, 1);
    assert.deepEqual(statistics.sections.map((s) => [s.name, s.level, s.characters, s.findings, s.range.start.line]), [
      ['在全县防汛工作会议上的讲话', 0, 13, 0, 0],
      ['一、提高认识', 1, 6 + 10 + 7 + 14, 1, 2],
      ['（一）压实责任', 2, 7 + 14, 1, 4],
      ['二、抓好落实', 1, 6 + 13, 1, 6],
    ]);
  });

  it('shows a section’s characters, minutes and findings on its heading line only', () => {
    const hover = at(200).hover(document.offsetAt({ line: 4, character: 2 }));
    assert.deepEqual(hover?.contents, { kind: 'markdown', value: '**（一）压实责任**\n\n21 字 · 约 0.1 分钟 · 1 个问题（按每分钟 200 字计）' });
    assert.deepEqual(hover?.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 7 } });
    assert.equal(at(200).hover(document.offsetAt({ line: 5, character: 2 })), null);
    const english = at(60, 'en').hover(document.offsetAt({ line: 6, character: 0 }));
    assert.equal((english?.contents as { value: string }).value, '**二、抓好落实**\n\n19 characters · about 0.3 min · 1 problem (at 60 characters a minute)');
  });

  it('puts a code lens with the length and minutes on each level-1 heading, opening the statistics view', () => {
    const lenses = at(60).codeLenses();
    assert.deepEqual(lenses.map((lens) => [lens.range.start.line, lens.command?.title, lens.command?.command, lens.command?.arguments]), [
      [2, '37 字 · 约 0.6 分钟', SHOW_STATISTICS_COMMAND, ['file:///speech.gw']],
      [6, '19 字 · 约 0.3 分钟', SHOW_STATISTICS_COMMAND, ['file:///speech.gw']],
    ]);
  });

  it('reads gongwen.speakingRate and gongwen.codeLens.enable, falling back to the defaults with a message', () => {
    assert.equal(analyzerWith({ speakingRate: 240 }).settings.speakingRate, 240);
    assert.deepEqual(openDocument(SPEECH, analyzerWith({ codeLens: { enable: false } })).codeLenses(), []);
    const analyzer = analyzerWith({ speakingRate: 5 }, { allowProblems: true });
    assert.equal(analyzer.settings.speakingRate, 200);
    assert.match(analyzer.settingsProblems[0] ?? '', /gongwen\.speakingRate：无效的值 5，应为 60～600 的整数/);
  });
});

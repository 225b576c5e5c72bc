import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, type Analysis } from '../../server/src/analysis';
import { composeEdits } from '../../server/src/analysis/compose-edits';
import { analyzerWith, defaultAnalyzer } from '../support/analyzer';
import { splitLines } from '../../server/src/analysis/model/text';
import { wordBoundaries } from '../../server/src/analysis/rules/words';

/**
 * Property tests over random and adversarial documents. Bounded runs; to reproduce a failure, run
 * with the seed fast-check prints: GONGWEN_FC_SEED=<seed> npm test (GONGWEN_FC_RUNS=<n> for more runs).
 */
const seed = process.env.GONGWEN_FC_SEED === undefined ? undefined : Number(process.env.GONGWEN_FC_SEED);
const runs = (n: number) => ({ numRuns: Number(process.env.GONGWEN_FC_RUNS ?? n), ...(seed === undefined ? {} : { seed }) });

const SPEECH_PIECES = [
  '在全县工作会议上的讲话', '同志们：', '各位领导、同志们：', '谢谢大家！', '下面，我讲三点意见。', '我讲几点意见', '一、', '二、', '四、', '（一）', '(二)', '（三）',
  '1.', '1．', '2、', '（1）', '⑴', '**.', '一是', '二是', '四是', '首先，', '其次，', '最后，', '第一，', '第三，', 'XX', 'X', 'x%', '**', '*镇', '×××', '某某',
  '【待补充】', '的的', '治党治党', '进一步进一步', '，，', '。', '，', ',', ':', ';', '(', ')', '!', '推荐访问：讲话稿 范文', '此处隐藏3237字', '请点击联系老师',
  '党的20大', '两个确定', '1-6月', '08年', '三、四个', '要抓好项目建设', '高质量发展', '切实', '要认真学习新修订的安全生产法律法规和操作规程。', '统一是', '第一要务',
  'GDP增长1.5%', '谢谢', '常常', '认认真真', '👉', '𠮷', '\uD800', '\uDC00', '\uDBFF', 'e\u0301', '\u0301', 'مرحبا بكم', '\u202E', '\u200B', '\uFEFF',
  ' ', '\u3000', '\t', '\n', '\n', '\r\n', '\r', '<!-- gongwen-disable-next-line -->', '<!-- gongwen-disable placeholder -->', '<!-- gongwen-enable -->',
  '// gongwen-disable-next-line doubled-word', '<!--', '-->', '# ', '> ', '- ', '`XX`', '[链接](http://example.com)',
];

/** Any UTF-16 code unit, so lone surrogates and unpaired halves of 𠮷 appear too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const documents = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...SPEECH_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) }), { maxLength: 120 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 300 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('，', '。', '、', '；', '：', '！', '？', '…', '—', '（', '）', '“', '”', ',', '.', '\n'), { maxLength: 200 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('一、', '（一）', '1.', '（1）', '⑴', '一是', '首先', '第一，', '\n', '\r\n', '\r'), { maxLength: 200 }).map((parts) => parts.join('')) },
);

const analyzer = analyzerWith({ placeholderValues: { XX: '十', '*镇': '青山镇' } });

function isInsidePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertRangesSound(text: string, analysis: Analysis): void {
  const document = TextDocument.create('file:///p.gw', 'gongwen', 1, text);
  for (const result of analysis.results) {
    for (const finding of result.findings) {
      const spans = [finding, ...(finding.related ?? []), ...(finding.fixes?.() ?? []).flatMap((fix) => fix.edits)];
      for (const span of spans) {
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${result.rule.id}: ${span.start}-${span.end} outside 0-${text.length}`);
        assert.ok(!isInsidePair(text, span.start) && !isInsidePair(text, span.end), `${result.rule.id}: ${span.start}-${span.end} splits a surrogate pair`);
      }
      const range = { start: document.positionAt(finding.start), end: document.positionAt(finding.end) };
      assert.equal(document.getText(range), text.slice(finding.start, finding.end), `${result.rule.id}: the range names its text`);
    }
  }
}

/**
 * Fix-all with the built-in rules only: a value the user configures for a placeholder can make any
 * text (a value ending in 的 before 的, a Chinese value before a half-width comma), so it is left out here.
 */
function fixAllOnce(text: string, markdown: boolean): string {
  const edits = [...defaultAnalyzer.fixAll(text, { markdown })].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < edits.length; i++) {
    const previous = edits[i - 1]!;
    const edit = edits[i]!;
    assert.ok(previous.end <= edit.start, `fix-all edits overlap: ${previous.start}-${previous.end} and ${edit.start}-${edit.end}`);
    assert.ok(!(previous.start === previous.end && edit.start === edit.end && previous.start === edit.start), `two insertions at ${edit.start}`);
  }
  return applyEdits(text, edits);
}

/** Sorted, non-overlapping edits of a text of `length` characters (at most one insertion per point). */
function editsOf(length: number) {
  return fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 }).chain((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      pairs.push([sorted[i] as number, sorted[i + 1] as number]);
    }
    return fc.tuple(...pairs.map(([start, end]) => fc.tuple(fc.constant(start), fc.constant(end), fc.string({ maxLength: 4 }))));
  }).map((edits) => edits.map(([start, end, newText]) => ({ start, end, newText })).filter((e) => e.start !== e.end || e.newText !== ''));
}

describe('properties (fast-check)', () => {
  it('composes two passes of edits into one list that does the same', () => {
    const case_ = fc.string({ maxLength: 20 }).chain((text) => fc.tuple(fc.constant(text), editsOf(text.length))).chain(([text, first]) => {
      const middle = applyEdits(text, first);
      return fc.tuple(fc.constant(text), fc.constant(first), editsOf(middle.length));
    });
    fc.assert(
      fc.property(case_, ([text, first, second]) => {
        const middle = applyEdits(text, first);
        const composed = composeEdits(middle, first, second);
        assert.equal(applyEdits(text, composed), applyEdits(middle, second));
        const sorted = [...composed].sort((a, b) => a.start - b.start);
        sorted.slice(1).forEach((edit, i) => assert.ok((sorted[i] as { end: number }).end <= edit.start, 'composed edits do not overlap'));
      }),
      runs(1000),
    );
  });

  it('never throws, no rule fails, and every range lies inside the document on whole characters and names its text', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), (text, markdown) => {
        const analysis = analyzer.analyze(text, { markdown });
        assert.deepEqual(analysis.failures.map((f) => `${f.rule.id}: ${String(f.error)}`), []);
        assertRangesSound(text, analysis);
      }),
      runs(400),
    );
  });

  it('fix-all edits never overlap, and fixing the fixed text again changes nothing', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), (text, markdown) => {
        const once = fixAllOnce(text, markdown);
        assert.equal(fixAllOnce(once, markdown), once);
      }),
      runs(400),
    );
  });

  it('holds on 100,000-character lines', () => {
    const piece = fc.constantFrom('要抓好项目建设，', 'XX', '的的', '，', '一、', '👉𠮷', '\uD800', '高质量发展');
    fc.assert(
      fc.property(piece, piece, (a, b) => {
        const text = (a + b).repeat(Math.ceil(100_000 / (a + b).length));
        const analysis = analyzer.analyze(text);
        assert.deepEqual(analysis.failures, []);
        assertRangesSound(text, analysis);
        const once = fixAllOnce(text, false);
        assert.equal(fixAllOnce(once, false), once);
      }),
      runs(6),
    );
  });

  it('word boundaries read up to the nearest punctuation are those read with the whole context', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const piece = fc.constantFrom('要', '抓', '好', '项目', '建设', '高质量发展', '的', '了', '问题导向', '一', '二', '，', '。', '、', '：', '“', '”', '（', '）', ' ', '\u3000', '\n', 'GDP', '1.5%', '2025', 'a.b', '\u302a', '\u2060', '\u200d', '\u0301', '👉', '𠮷');
    const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.nat(), fc.integer({ min: 1, max: 8 }), (text, at, length) => {
        const start = text.length === 0 ? 0 : at % text.length;
        const end = Math.min(text.length, start + length);
        if (end === start || !Array.from(text.slice(start, end)).every((ch) => isHan(ch.charCodeAt(0)))) {
          return;
        }
        const from = Math.max(0, start - 12);
        const to = Math.min(text.length, end + 12);
        const whole = new Set([...Array.from(segmenter.segment(text.slice(from, to)), (s) => from + s.index), to]);
        const read = wordBoundaries(text, start, end);
        for (let offset = start; offset <= end; offset++) {
          assert.equal(read.has(offset), whole.has(offset), `boundary at ${offset - start} of ${JSON.stringify(text.slice(start, end))} in ${JSON.stringify(text)}`);
        }
      }),
      runs(3000),
    );
  });

  it('splits lines where the LSP document does, at \\r\\n, \\r and \\n', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '要', '\r', '\n', '\r\n', '𠮷'), { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const document = TextDocument.create('file:///l.gw', 'gongwen', 1, text);
        const lines = splitLines(text);
        assert.deepEqual(lines.map((line) => line.start), Array.from({ length: document.lineCount }, (_, line) => document.offsetAt({ line, character: 0 })));
        lines.forEach((line, k) => {
          const next = lines[k + 1];
          assert.match(text.slice(line.start, line.end), /^[^\r\n]*$/);
          assert.match(next ? text.slice(line.end, next.start) : text.slice(line.end), next ? /^(?:\r\n|\r|\n)$/ : /^$/);
        });
      }),
      runs(2000),
    );
  });
});

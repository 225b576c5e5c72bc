import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingsInOrder } from '../../server/src/analysis';
import { CORPUS, corpusDocuments } from '../accuracy/corpus';
import { defaultAnalyzer } from '../support/analyzer';

/** Real public documents kept whole in test/corpus (see its README.md for where each comes from). */
const documents = corpusDocuments();

/** A label's place in its document: its line and column, and the text it names there. */
function labelledSpan(text: string, label: string): { start: number; end: number } {
  const match = /^(\d+):(\d+) \S+ (.*)$/.exec(label);
  assert.ok(match, label);
  const document = TextDocument.create('file:///corpus.gw', 'gongwen', 1, text);
  const start = document.offsetAt({ line: Number(match[1]) - 1, character: Number(match[2]) - 1 });
  const flagged = match[3] as string;
  assert.equal(text.slice(start, start + flagged.length), flagged, `the label ${label} names the text at its place`);
  return { start, end: start + flagged.length };
}

describe('the corpus of real public documents', () => {
  it('holds tens of thousands of characters of official prose, each document read and labelled', () => {
    const characters = documents.reduce((sum, { text }) => sum + [...text].length, 0);
    assert.ok(characters >= 20_000, `${characters} characters`);
    for (const { name } of documents) {
      assert.ok(existsSync(join(CORPUS, `${name}.labels`)), `${name}.labels`);
    }
  });

  it('gives no typo finding and no confusable warning where no label says so: official prose stays clean', () => {
    for (const { name, text, labels } of documents) {
      const wrong = labels.map((label) => labelledSpan(text, label));
      const flagged = findingsInOrder(defaultAnalyzer.analyze(text))
        .filter(({ ruleId, severity }) => ruleId === 'typo' || (ruleId === 'confusable' && severity !== 'hint'))
        .filter(({ finding }) => !wrong.some((span) => span.start === finding.start && span.end === finding.end))
        .map(({ ruleId, finding }) => `${ruleId} ${text.slice(finding.start, finding.end)}`);
      assert.deepEqual(flagged, [], name);
    }
  });

  it('is changed by fix-all only where a label says the text is wrong', () => {
    for (const { name, text, labels } of documents) {
      const wrong = labels.map((label) => labelledSpan(text, label));
      // Of two identical copies a label names one; deleting the other gives the same text.
      const copies = new Set(wrong.map((span) => text.slice(span.start, span.end)));
      const edits = defaultAnalyzer.fixAll(text);
      const elsewhere = edits.filter(
        (edit) =>
          !wrong.some((span) => edit.start < span.end && span.start < edit.end + (edit.start === edit.end ? 1 : 0)) &&
          !(edit.newText === '' && copies.has(text.slice(edit.start, edit.end).trim())),
      );
      assert.deepEqual(elsewhere.map((edit) => `${text.slice(edit.start, edit.end)} → ${edit.newText}`), [], name);
    }
  });
});

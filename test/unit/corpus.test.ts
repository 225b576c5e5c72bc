import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findingsInOrder } from '../../server/src/analysis';
import { CORPUS, corpusDocuments } from '../accuracy/corpus';
import { defaultAnalyzer } from '../support/analyzer';

/** Real public documents kept whole in test/corpus (see its README.md for where each comes from). */
const documents = corpusDocuments();

describe('the corpus of real public documents', () => {
  it('holds tens of thousands of characters of official prose, each document read and labelled', () => {
    const characters = documents.reduce((sum, { text }) => sum + [...text].length, 0);
    assert.ok(characters >= 20_000, `${characters} characters`);
    for (const { name } of documents) {
      assert.ok(existsSync(join(CORPUS, `${name}.labels`)), `${name}.labels`);
    }
  });

  it('gives no typo finding and no confusable warning: clean official prose stays clean', () => {
    for (const { name, text } of documents) {
      const flagged = findingsInOrder(defaultAnalyzer.analyze(text))
        .filter(({ ruleId, severity }) => ruleId === 'typo' || (ruleId === 'confusable' && severity !== 'hint'))
        .map(({ ruleId, finding }) => `${ruleId} ${text.slice(finding.start, finding.end)}`);
      assert.deepEqual(flagged, [], name);
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzerWith } from '../support/analyzer';

const chinese = '同志们：今天召开全县工作会议，主要任务是总结工作、部署任务。';
const english = 'Meeting notes: the budget was approved and the schedule agreed by all parties.';
const auto = analyzerWith();

describe('gongwen.enable', () => {
  it('auto: analyses gongwen files, and plain text or Markdown that is mostly Chinese, whatever the client calls plain text', () => {
    assert.equal(auto.analyses('file:///a.txt', 'gongwen', english), true);
    for (const languageId of ['plaintext', 'text', 'markdown']) {
      assert.equal(auto.analyses('file:///a.txt', languageId, chinese), true, languageId);
      assert.equal(auto.analyses('file:///a.txt', languageId, english), false, languageId);
    }
    assert.equal(auto.analyses('file:///a.ts', 'typescript', chinese), false);
  });

  it('analyses .gw and .gongwen files by their name when the client sends no language or plain text', () => {
    for (const languageId of ['', 'text', 'plaintext']) {
      assert.equal(auto.analyses('file:///dir/speech.gw', languageId, english), true, languageId);
      assert.equal(auto.analyses('file:///dir/speech.GONGWEN', languageId, english), true, languageId);
    }
    assert.equal(auto.analyses('file:///dir/notes.txt', '', chinese), false);
  });

  it('always analyses English plain text too; never analyses nothing', () => {
    assert.equal(analyzerWith({ enable: 'always' }).analyses('file:///a.txt', 'plaintext', english), true);
    assert.equal(analyzerWith({ enable: 'never' }).analyses('file:///a.gw', 'gongwen', chinese), false);
  });
});

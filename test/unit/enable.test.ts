import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAnalysed } from '../../server/src/analysis';

const chinese = '同志们：今天召开全县工作会议，主要任务是总结工作、部署任务。';
const english = 'Meeting notes: the budget was approved and the schedule agreed by all parties.';

describe('gongwen.enable', () => {
  it('auto: analyses gongwen files, and plain text or Markdown that is mostly Chinese, whatever the client calls plain text', () => {
    assert.equal(isAnalysed('gongwen', english, 'auto'), true);
    for (const languageId of ['plaintext', 'text', 'markdown']) {
      assert.equal(isAnalysed(languageId, chinese, 'auto'), true, languageId);
      assert.equal(isAnalysed(languageId, english, 'auto'), false, languageId);
    }
    assert.equal(isAnalysed('typescript', chinese, 'auto'), false);
  });

  it('always analyses English plain text too; never analyses nothing', () => {
    assert.equal(isAnalysed('plaintext', english, 'always'), true);
    assert.equal(isAnalysed('gongwen', chinese, 'never'), false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsInOrder } from '../../server/src/analysis';
import { defaultAnalyzer } from '../support/analyzer';

describe('standard-term', () => {
  it('shows the thought named without its author as a hint whose fix fix-all leaves alone; a name cut to 总书记 stays a warning with a safe fix', () => {
    const text = '坚持以新时代中国特色社会主义思想为指导，学习贯彻总书记新时代中国特色社会主义思想。';
    const shown = findingsInOrder(defaultAnalyzer.analyze(text))
      .filter(({ ruleId }) => ruleId === 'standard-term')
      .map(({ severity, finding }) => [text.slice(finding.start, finding.end), severity, finding.fixes?.()[0]?.safe, finding.message.zh]);
    assert.deepEqual(shown, [
      ['新时代中国特色社会主义思想', 'hint', false, '规范提法应为“习近平新时代中国特色社会主义思想”（习近平同志本人的讲话、报告和对它们的引用除外）'],
      ['总书记新时代中国特色社会主义思想', 'warning', true, '规范提法应为“习近平新时代中国特色社会主义思想”'],
    ]);
    assert.equal(defaultAnalyzer.fixed(text), '坚持以新时代中国特色社会主义思想为指导，学习贯彻习近平新时代中国特色社会主义思想。');
  });

  it('shows 第2批次 as a hint with a fix fix-all leaves alone, and a speech\'s 讲5点意见 as a warning fixed to 五点, 2点 to 两点', () => {
    const text = '今年第2批次项目已经开工。下面我讲5点意见，再提2点要求。';
    const shown = findingsInOrder(defaultAnalyzer.analyze(text))
      .filter(({ ruleId }) => ruleId === 'standard-term')
      .map(({ severity, finding }) => [text.slice(finding.start, finding.end), severity, finding.fixes?.()[0]?.safe]);
    assert.deepEqual(shown, [
      ['第2批次', 'hint', false],
      ['5点意见', 'warning', true],
      ['2点要求', 'warning', true],
    ]);
    assert.equal(defaultAnalyzer.fixed(text), '今年第2批次项目已经开工。下面我讲五点意见，再提两点要求。');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultAnalyzer } from '../support/analyzer';

/** `placeholder: what is missing` for each placeholder in `text`. */
function missingIn(text: string): string[] {
  const result = defaultAnalyzer.analyze(text).results.find((r) => r.rule.id === 'placeholder');
  return (result?.findings ?? []).map((f) => `${text.slice(f.start, f.end)}: ${/缺少(.+)。/.exec(f.message.zh)?.[1]}`);
}

describe('placeholder: the kind of value missing', () => {
  it('tells a name before a title or role, a masked part of a name, a year before its month, and a percentage after blank spaces', () => {
    assert.deepEqual(missingIn('x县长和X主任同志出席。在X委的领导下。'), ['x: 姓名', 'X: 姓名', 'X: 地名或单位名称']);
    assert.deepEqual(missingIn('____年____月，工作了____年。'), ['____: 年份', '____: 月份', '____: 数字']);
    assert.deepEqual(missingIn('完成投资   万元，同比增长  %。'), ['   : 数字', '  : 百分比']);
  });

  it('takes X.X%, X.X, 202x and 20** each as one missing value, and tells every part of a date written with slashes', () => {
    assert.deepEqual(missingIn('增长X.X%，达到X.X亿元，201X/X/XX开工。'), ['X.X: 百分比', 'X.X: 数字', '201X: 年份', 'X: 月份', 'XX: 日期']);
    assert.deepEqual(missingIn('回顾202x年，总产值xxx.xx亿元，20**年开工。'), ['202x: 年份', 'xxx.xx: 数字', '20**: 年份']);
  });

  it('leaves 讲几点意见, x86 and X光 alone', () => {
    assert.deepEqual(missingIn('下面，我讲几点意见，提几点要求。服务器是x86的，新购X光机一台。'), []);
  });
});

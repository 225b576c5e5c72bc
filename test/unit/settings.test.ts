import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/analysis';

describe('settings', () => {
  it('keeps valid values and falls back to defaults for invalid ones, saying why', () => {
    const problems: string[] = [];
    const settings = readSettings({ enable: 'sometimes', rules: { placeholder: 'error', 'web-residue': 'loud' }, placeholderValues: { '*镇': '青山镇', XX: 3 } }, problems);
    assert.equal(settings.enable, 'auto');
    assert.deepEqual(settings.rules, { placeholder: 'error' });
    assert.deepEqual(settings.placeholderValues, { '*镇': '青山镇' });
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /gongwen\.enable.*sometimes/);
    assert.match(problems.join('\n'), /gongwen\.rules\.web-residue/);
  });

  it('reads number and list settings nested (as VS Code sends them) or dotted, rejecting bad values', () => {
    const problems: string[] = [];
    const settings = readSettings({ repeatedPhrase: { minLength: 6, distance: 'far' }, 'overusedPhrase.maxPerSection': 5, overusedPhrase: { phrases: ['抓手', ''] } }, problems);
    assert.deepEqual(settings.repeatedPhrase, { minLength: 6, distance: DEFAULT_SETTINGS.repeatedPhrase.distance });
    assert.equal(settings.overusedPhrase.maxPerSection, 5);
    assert.deepEqual(settings.overusedPhrase.phrases, DEFAULT_SETTINGS.overusedPhrase.phrases);
    assert.equal(problems.length, 2);
    assert.match(problems.join('\n'), /gongwen\.repeatedPhrase\.distance: 无效的值 "far"，应为 20～5000 的整数，已使用 300/);
    assert.equal(readSettings({ repeatedPhrase: { minLength: 2 } }, problems).repeatedPhrase.minLength, 8);
  });

  it('treats a missing or malformed section as the defaults', () => {
    assert.equal(readSettings(undefined), DEFAULT_SETTINGS);
    const problems: string[] = [];
    assert.equal(readSettings('yes', problems), DEFAULT_SETTINGS);
    assert.equal(problems.length, 1);
  });
});

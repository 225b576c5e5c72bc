import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../server/src/analysis';
import { MAX_ENTRIES } from '../../server/src/analysis/settings';
import { analyzerWith } from '../support/analyzer';

const read = (raw: unknown, locale: 'zh' | 'en' = 'zh') => {
  const analyzer = analyzerWith(raw, { allowProblems: true, locale });
  return { settings: analyzer.settings, problems: analyzer.settingsProblems };
};

describe('settings', () => {
  it('keeps valid values and falls back to defaults for invalid ones, saying why', () => {
    const { settings, problems } = read({ enable: 'sometimes', rules: { placeholder: 'error', 'web-residue': 'loud' }, placeholderValues: { '*镇': '青山镇', XX: 3 } });
    assert.equal(settings.enable, 'auto');
    assert.deepEqual(settings.rules, { placeholder: 'error' });
    assert.deepEqual(settings.placeholderValues, { '*镇': '青山镇' });
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /gongwen\.enable.*sometimes/);
    assert.match(problems.join('\n'), /gongwen\.rules\.web-residue/);
  });

  it('reads number and list settings nested (as VS Code sends them) or dotted, rejecting bad values', () => {
    const { settings, problems } = read({ repeatedPhrase: { minLength: 6, distance: 'far' }, 'overusedPhrase.maxPerSection': 5, overusedPhrase: { phrases: ['抓手', ''] } });
    assert.equal(settings['repeatedPhrase.minLength'], 6);
    assert.equal(settings['repeatedPhrase.distance'], DEFAULT_SETTINGS['repeatedPhrase.distance']);
    assert.equal(settings['overusedPhrase.maxPerSection'], 5);
    assert.deepEqual(settings['overusedPhrase.phrases'], DEFAULT_SETTINGS['overusedPhrase.phrases']);
    assert.equal(problems.length, 2);
    assert.match(problems.join('\n'), /gongwen\.repeatedPhrase\.distance：无效的值 "far"，应为 20～5000 的整数，已使用 300/);
    assert.equal(read({ repeatedPhrase: { minLength: 2 } }).settings['repeatedPhrase.minLength'], 8);
  });

  it('reads rule severities nested or dotted ("rules.placeholder", as a settings file writes them)', () => {
    assert.deepEqual(read({ 'rules.placeholder': 'off', rules: { 'web-residue': 'hint' } }).settings.rules, { placeholder: 'off', 'web-residue': 'hint' });
  });

  it('names each unknown key and unknown rule id, in the analyzer’s language', () => {
    const raw = { speakingrate: 180, repeatedPhrase: { minLen: 6 }, rules: { placholder: 'off' }, 'rules.typo-x': 'off', codeLens: { enable: true } };
    assert.deepEqual(read(raw).problems, [
      'gongwen.speakingrate：未知的设置，已忽略',
      'gongwen.repeatedPhrase.minLen：未知的设置，已忽略',
      'gongwen.rules.placholder：没有名为 placholder 的规则，已忽略',
      'gongwen.rules.typo-x：没有名为 typo-x 的规则，已忽略',
    ]);
    assert.deepEqual(read({ speakingRate: 5, foo: 1 }, 'en').problems, [
      'gongwen.speakingRate: invalid value 5; expected a whole number from 60 to 600; 200 is used',
      'gongwen.foo: unknown setting; ignored',
    ]);
  });

  it('treats a missing or malformed section as the defaults', () => {
    assert.equal(read(undefined).settings, DEFAULT_SETTINGS);
    const { settings, problems } = read('yes');
    assert.equal(settings, DEFAULT_SETTINGS);
    assert.equal(problems.length, 1);
  });

  it('takes at most MAX_ENTRIES terms, placeholder values and phrases, saying so', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => [`错${i}`, `对${i}`]));
    const { settings, problems } = read({ terms: many, placeholderValues: many, overusedPhrase: { phrases: Object.keys(many) } });
    assert.equal(Object.keys(settings.terms).length, MAX_ENTRIES);
    assert.equal(Object.keys(settings.placeholderValues).length, MAX_ENTRIES);
    assert.equal(settings['overusedPhrase.phrases'].length, MAX_ENTRIES);
    assert.equal(problems.filter((p) => p.includes(`只使用前 ${MAX_ENTRIES} 条`)).length, 3);
  });

  it('gives each rule only the settings it names', () => {
    const seen: unknown[] = [];
    const probe = { id: 'probe', defaultSeverity: 'hint' as const, settings: ['speakingRate' as const], check: (_: unknown, settings: unknown) => (seen.push(settings), []) };
    analyzerWith({ speakingRate: 150, terms: { 甲: '乙' } }, { rules: [probe] }).analyze('同志们：');
    assert.deepEqual(seen, [{ speakingRate: 150 }]);
  });
});

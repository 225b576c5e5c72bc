import type { Severity } from './rules/rule';

export type EnableMode = 'auto' | 'always' | 'never';
export type RuleSetting = Severity | 'off';

export interface Settings {
  readonly enable: EnableMode;
  /** Severity per rule id; a rule missing here runs at its default severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** A placeholder in its context and the value to put there: {"*镇": "青山镇", "XX县": "临江县"}. */
  readonly placeholderValues: Readonly<Record<string, string>>;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: 'auto',
  rules: {},
  placeholderValues: {},
};

const ENABLE_MODES: readonly EnableMode[] = ['auto', 'always', 'never'];
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'information', 'warning', 'error'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads settings as a client sends them (the `gongwen` section), keeping every valid value and
 * falling back to the default for the rest. Each problem is described in `problems`, never thrown.
 */
export function readSettings(raw: unknown, problems: string[] = []): Settings {
  if (raw === undefined || raw === null) {
    return DEFAULT_SETTINGS;
  }
  if (!isRecord(raw)) {
    problems.push('gongwen: 设置应为对象，已使用默认设置 (settings must be an object; defaults used)');
    return DEFAULT_SETTINGS;
  }
  let enable = DEFAULT_SETTINGS.enable;
  if (raw.enable !== undefined) {
    if (ENABLE_MODES.includes(raw.enable as EnableMode)) {
      enable = raw.enable as EnableMode;
    } else {
      problems.push(`gongwen.enable: 无效的值 ${JSON.stringify(raw.enable)}，应为 auto、always 或 never，已使用 auto`);
    }
  }
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      if (RULE_SETTINGS.includes(value as RuleSetting)) {
        rules[id] = value as RuleSetting;
      } else {
        problems.push(`gongwen.rules.${id}: 无效的级别 ${JSON.stringify(value)}，应为 ${RULE_SETTINGS.join('、')}，已使用默认级别`);
      }
    }
  }
  const placeholderValues: Record<string, string> = {};
  if (isRecord(raw.placeholderValues)) {
    for (const [key, value] of Object.entries(raw.placeholderValues)) {
      if (typeof value === 'string' && key !== '') {
        placeholderValues[key] = value;
      } else {
        problems.push(`gongwen.placeholderValues["${key}"]: 值应为非空键对应的字符串，已忽略`);
      }
    }
  }
  return { enable, rules, placeholderValues };
}

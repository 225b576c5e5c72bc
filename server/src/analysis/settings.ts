import type { Severity } from './rules/rule';

export type EnableMode = 'auto' | 'always' | 'never';
export type RuleSetting = Severity | 'off';

export interface Settings {
  readonly enable: EnableMode;
  /** Severity per rule id; a rule missing here runs at its default severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** A placeholder in its context and the value to put there: {"*镇": "青山镇", "XX县": "临江县"}. */
  readonly placeholderValues: Readonly<Record<string, string>>;
  readonly repeatedPhrase: RepeatedPhraseSettings;
  readonly overusedPhrase: OverusedPhraseSettings;
  /** The marker forms allowed at each heading level, the first being the one a fix writes. */
  readonly headingMarkers: HeadingMarkerSettings;
  /** The user's own fixed expressions: wrong form → right form, matched as plain text. */
  readonly terms: Readonly<Record<string, string>>;
  /** The mark a range is written with: 1—6月 or 1～6月 (GB/T 15835-2011 allows both). */
  readonly rangeMark: RangeMark;
  /** House style: 一、 may be followed directly by 1. (no （一）). */
  readonly allowSkippedHeadingLevels: boolean;
  /** Characters a speaker reads aloud per minute, for the speaking-time estimates. */
  readonly speakingRate: number;
  /** Show each level-1 section's length and speaking time above its heading. */
  readonly codeLens: boolean;
  /** Characters above which only the cheap rules (placeholder, web-residue) and the outline run. */
  readonly maxDocumentSize: number;
}

export type RangeMark = '—' | '～';
const RANGE_MARKS: readonly RangeMark[] = ['—', '～'];

export interface HeadingMarkerSettings {
  readonly level1: readonly string[];
  readonly level2: readonly string[];
  readonly level3: readonly string[];
  readonly level4: readonly string[];
}

/** GB/T 9704-2012 7.3.3: 一、 （一） 1. （1）; 1． is the same dot written full width. */
export const GB_T_9704_MARKERS: HeadingMarkerSettings = {
  level1: ['一、'],
  level2: ['（一）'],
  level3: ['1.', '1．'],
  level4: ['（1）'],
};

const MARKER_FORM = /^[^一1⑴]*[一1⑴][^一1⑴]*$/;

export interface RepeatedPhraseSettings {
  /** The shortest phrase, in Chinese characters, whose repetition nearby is reported. */
  readonly minLength: number;
  /** How far apart (characters, within one paragraph) two copies of a phrase may be and still be reported. */
  readonly distance: number;
}

export interface OverusedPhraseSettings {
  readonly phrases: readonly string[];
  /** How many times a phrase may appear in a level-1 section before it is reported… */
  readonly maxPerSection: number;
  /** …or, in a long section, how many times per 1,000 characters of it. */
  readonly maxPer1000Chars: number;
}

/** A number setting: its default and the range a value must lie in. */
export interface NumberBounds {
  readonly default: number;
  readonly minimum: number;
  readonly maximum: number;
}

export const NUMBER_SETTINGS = {
  'repeatedPhrase.minLength': { default: 8, minimum: 4, maximum: 50 },
  'repeatedPhrase.distance': { default: 300, minimum: 20, maximum: 5000 },
  'overusedPhrase.maxPerSection': { default: 3, minimum: 1, maximum: 100 },
  'overusedPhrase.maxPer1000Chars': { default: 3, minimum: 1, maximum: 100 },
  /** A prepared speech read from the page runs at about 200 characters a minute (a news reader, 250–300). */
  speakingRate: { default: 200, minimum: 60, maximum: 600 },
  /** About 3 MB of Chinese text; above it only the cheap rules run, so typing never waits on the analysis. */
  maxDocumentSize: { default: 1_000_000, minimum: 10_000, maximum: 20_000_000 },
} as const satisfies Record<string, NumberBounds>;

type NumberSetting = keyof typeof NUMBER_SETTINGS;

export const DEFAULT_OVERUSED_PHRASES: readonly string[] = ['进一步', '切实', '坚决', '扎实', '着力', '大力', '全力', '不断', '持续', '积极', '高质量发展'];

export const DEFAULT_SETTINGS: Settings = {
  enable: 'auto',
  rules: {},
  placeholderValues: {},
  repeatedPhrase: {
    minLength: NUMBER_SETTINGS['repeatedPhrase.minLength'].default,
    distance: NUMBER_SETTINGS['repeatedPhrase.distance'].default,
  },
  overusedPhrase: {
    phrases: DEFAULT_OVERUSED_PHRASES,
    maxPerSection: NUMBER_SETTINGS['overusedPhrase.maxPerSection'].default,
    maxPer1000Chars: NUMBER_SETTINGS['overusedPhrase.maxPer1000Chars'].default,
  },
  headingMarkers: GB_T_9704_MARKERS,
  terms: {},
  rangeMark: '—',
  allowSkippedHeadingLevels: false,
  speakingRate: NUMBER_SETTINGS.speakingRate.default,
  codeLens: true,
  maxDocumentSize: NUMBER_SETTINGS.maxDocumentSize.default,
};

/** The most entries a list or table setting may have: enough for any house style, bounded work per keystroke. */
export const MAX_ENTRIES = 1000;

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
    for (const [key, value] of capped(Object.entries(raw.placeholderValues), 'placeholderValues', problems)) {
      if (typeof value === 'string' && key !== '') {
        placeholderValues[key] = value;
      } else {
        problems.push(`gongwen.placeholderValues["${key}"]: 值应为非空键对应的字符串，已忽略`);
      }
    }
  }
  const read = (key: NumberSetting) => readNumber(raw, key, problems);
  return {
    enable,
    rules,
    placeholderValues,
    repeatedPhrase: { minLength: read('repeatedPhrase.minLength'), distance: read('repeatedPhrase.distance') },
    overusedPhrase: {
      phrases: readStringList(raw, 'overusedPhrase.phrases', DEFAULT_OVERUSED_PHRASES, problems),
      maxPerSection: read('overusedPhrase.maxPerSection'),
      maxPer1000Chars: read('overusedPhrase.maxPer1000Chars'),
    },
    headingMarkers: {
      level1: readMarkerForms(raw, 'level1', problems),
      level2: readMarkerForms(raw, 'level2', problems),
      level3: readMarkerForms(raw, 'level3', problems),
      level4: readMarkerForms(raw, 'level4', problems),
    },
    terms: readTerms(raw, problems),
    rangeMark: readRangeMark(raw, problems),
    allowSkippedHeadingLevels: readBoolean(raw, 'headingLevel.allowSkippedLevels', DEFAULT_SETTINGS.allowSkippedHeadingLevels, problems),
    speakingRate: read('speakingRate'),
    codeLens: readBoolean(raw, 'codeLens.enable', DEFAULT_SETTINGS.codeLens, problems),
    maxDocumentSize: read('maxDocumentSize'),
  };
}

/** The first MAX_ENTRIES entries, with a message when there were more. */
function capped<T>(entries: readonly T[], key: string, problems: string[]): readonly T[] {
  if (entries.length <= MAX_ENTRIES) {
    return entries;
  }
  problems.push(`gongwen.${key}: 条目过多（${entries.length} 条），只使用前 ${MAX_ENTRIES} 条 (too many entries; the first ${MAX_ENTRIES} are used)`);
  return entries.slice(0, MAX_ENTRIES);
}

function readMarkerForms(raw: Record<string, unknown>, level: keyof HeadingMarkerSettings, problems: string[]): readonly string[] {
  const forms = readStringList(raw, `headingMarkers.${level}`, GB_T_9704_MARKERS[level], problems);
  if (forms.length > 0 && forms.every((form) => MARKER_FORM.test(form))) {
    return forms;
  }
  problems.push(`gongwen.headingMarkers.${level}: 每个格式须含且只含一个编号（一、1 或 ⑴），如 “（一）”“1.”，已使用国家标准格式`);
  return GB_T_9704_MARKERS[level];
}

function readTerms(raw: Record<string, unknown>, problems: string[]): Readonly<Record<string, string>> {
  const value = valueAt(raw, 'terms');
  const terms: Record<string, string> = {};
  if (value === undefined) {
    return terms;
  }
  if (!isRecord(value)) {
    problems.push('gongwen.terms: 应为“错误写法: 规范写法”的对象，已忽略');
    return terms;
  }
  for (const [wrong, right] of capped(Object.entries(value), 'terms', problems)) {
    if (typeof right === 'string' && wrong.trim() !== '' && wrong.length <= 100 && right.length <= 100 && right !== wrong) {
      terms[wrong] = right;
    } else {
      problems.push(`gongwen.terms["${wrong}"]: 键和值应为不同的非空字符串（不超过 100 字），已忽略`);
    }
  }
  return terms;
}

function readRangeMark(raw: Record<string, unknown>, problems: string[]): RangeMark {
  const value = valueAt(raw, 'numberRange.mark');
  if (value === undefined) {
    return DEFAULT_SETTINGS.rangeMark;
  }
  if (RANGE_MARKS.includes(value as RangeMark)) {
    return value as RangeMark;
  }
  problems.push(`gongwen.numberRange.mark: 无效的值 ${JSON.stringify(value)}，应为 “—” 或 “～”，已使用 “—”`);
  return DEFAULT_SETTINGS.rangeMark;
}

function readBoolean(raw: Record<string, unknown>, key: string, fallback: boolean, problems: string[]): boolean {
  const value = valueAt(raw, key);
  if (value === undefined || typeof value === 'boolean') {
    return value ?? fallback;
  }
  problems.push(`gongwen.${key}: 应为 true 或 false，已使用 ${String(fallback)}`);
  return fallback;
}

/** The value at a dotted key: VS Code sends `gongwen.a.b` as {a: {b: …}}; other clients may send {"a.b": …}. */
function valueAt(raw: Record<string, unknown>, key: string): unknown {
  if (key in raw) {
    return raw[key];
  }
  const [head, ...rest] = key.split('.');
  const inner = raw[head as string];
  return rest.length > 0 && isRecord(inner) ? valueAt(inner, rest.join('.')) : undefined;
}

function readNumber(raw: Record<string, unknown>, key: NumberSetting, problems: string[]): number {
  const bounds: NumberBounds = NUMBER_SETTINGS[key];
  const value = valueAt(raw, key);
  if (value === undefined) {
    return bounds.default;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= bounds.minimum && value <= bounds.maximum) {
    return value;
  }
  problems.push(`gongwen.${key}: 无效的值 ${JSON.stringify(value)}，应为 ${bounds.minimum}～${bounds.maximum} 的整数，已使用 ${bounds.default}`);
  return bounds.default;
}

function readStringList(raw: Record<string, unknown>, key: string, fallback: readonly string[], problems: string[]): readonly string[] {
  const value = valueAt(raw, key);
  if (value === undefined) {
    return fallback;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    return capped(value as string[], key, problems).map((item) => item.trim());
  }
  problems.push(`gongwen.${key}: 应为非空字符串的列表，已使用默认列表`);
  return fallback;
}

/**
 * Every gongwen setting, declared once in SETTINGS: its default, its JSON schema (package.json is
 * generated from it), how a value is read and checked, and whether an untrusted workspace may set it.
 * The Settings type, the reader, the manifest, the restricted list and the README's table all come from
 * this table. Rule severities (`gongwen.rules.<id>`) come from the rules themselves.
 */
import type { Localized } from './locale';
import { OTHER_KINDS, STATUTORY_KINDS, type Severity } from './vocabulary';

export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** What package.json declares of one setting (descriptions are %config.<key>% of package.nls*.json). */
export interface SettingSchema {
  readonly type: 'string' | 'boolean' | 'integer' | 'array' | 'object';
  readonly enum?: readonly string[];
  readonly items?: { readonly type: 'string' };
  readonly additionalProperties?: { readonly type: 'string' };
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface SettingSpec<T> {
  readonly default: T;
  readonly schema: SettingSchema;
  /**
   * VS Code ignores the workspace's value in an untrusted workspace (`restrictedConfigurations`): a cloned
   * folder must not be able to make the analysis slow (a huge size limit, thousands of terms). No
   * setting executes anything, and none is a regular expression.
   */
  readonly restricted: boolean;
  /** The value given, or the default with a problem described in `problems`. */
  read(value: unknown, key: string, problems: Localized[]): T;
}

/** The most entries a list or table setting may have: enough for any house style, bounded work per keystroke. */
export const MAX_ENTRIES = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function choice<T extends string>(values: readonly T[], fallback: T): SettingSpec<T> {
  return {
    default: fallback,
    schema: { type: 'string', enum: values },
    restricted: false,
    read(value, key, problems) {
      if (values.includes(value as T)) {
        return value as T;
      }
      problems.push({
        zh: `gongwen.${key}：无效的值 ${show(value)}，应为 ${values.join('、')} 之一，已使用 ${fallback}`,
        en: `gongwen.${key}: invalid value ${show(value)}; expected one of ${values.join(', ')}; ${fallback} is used`,
      });
      return fallback;
    },
  };
}

function flag(fallback: boolean): SettingSpec<boolean> {
  return {
    default: fallback,
    schema: { type: 'boolean' },
    restricted: false,
    read(value, key, problems) {
      if (typeof value === 'boolean') {
        return value;
      }
      problems.push({ zh: `gongwen.${key}：应为 true 或 false，已使用 ${fallback}`, en: `gongwen.${key}: expected true or false; ${fallback} is used` });
      return fallback;
    },
  };
}

function integer(fallback: number, minimum: number, maximum: number, restricted = false): SettingSpec<number> {
  return {
    default: fallback,
    schema: { type: 'integer', minimum, maximum },
    restricted,
    read(value, key, problems) {
      if (typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum) {
        return value;
      }
      problems.push({
        zh: `gongwen.${key}：无效的值 ${show(value)}，应为 ${minimum}～${maximum} 的整数，已使用 ${fallback}`,
        en: `gongwen.${key}: invalid value ${show(value)}; expected a whole number from ${minimum} to ${maximum}; ${fallback} is used`,
      });
      return fallback;
    },
  };
}

/** A font's name as Word writes it (仿宋_GB2312, FangSong): a non-empty name of at most 64 characters. */
function fontName(fallback: string): SettingSpec<string> {
  return {
    default: fallback,
    schema: { type: 'string' },
    restricted: false,
    read(value, key, problems) {
      if (typeof value === 'string' && value.trim() !== '' && value.length <= 64) {
        return value.trim();
      }
      problems.push({ zh: `gongwen.${key}：应为字体名称（非空，不超过 64 字），已使用 ${fallback}`, en: `gongwen.${key}: expected a font name (not empty, at most 64 characters); ${fallback} is used` });
      return fallback;
    },
  };
}

/** The first MAX_ENTRIES entries, with a problem when there were more. */
function capped<T>(entries: readonly T[], key: string, problems: Localized[]): readonly T[] {
  if (entries.length <= MAX_ENTRIES) {
    return entries;
  }
  problems.push({
    zh: `gongwen.${key}：条目过多（${entries.length} 条），只使用前 ${MAX_ENTRIES} 条`,
    en: `gongwen.${key}: too many entries (${entries.length}); the first ${MAX_ENTRIES} are used`,
  });
  return entries.slice(0, MAX_ENTRIES);
}

interface ListRule {
  /** Whether the whole (non-empty, trimmed) list is acceptable. */
  readonly valid?: (items: readonly string[]) => boolean;
  /** What a valid list looks like, when `valid` says no. */
  readonly expected: Localized;
}

function stringList(fallback: readonly string[], restricted: boolean, rule: ListRule): SettingSpec<readonly string[]> {
  return {
    default: fallback,
    schema: { type: 'array', items: { type: 'string' } },
    restricted,
    read(value, key, problems) {
      if (Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')) {
        const items = capped(value as string[], key, problems).map((item) => item.trim());
        if (rule.valid === undefined || rule.valid(items)) {
          return items;
        }
      }
      problems.push({ zh: `gongwen.${key}：${rule.expected.zh}，已使用默认值`, en: `gongwen.${key}: ${rule.expected.en}; the default is used` });
      return fallback;
    },
  };
}

interface MapRule {
  readonly validEntry: (key: string, value: string) => boolean;
  readonly expected: Localized;
}

/** An object of string → string; each invalid entry is left out with a problem. */
function stringMap(restricted: boolean, rule: MapRule): SettingSpec<Readonly<Record<string, string>>> {
  return {
    default: {},
    schema: { type: 'object', additionalProperties: { type: 'string' } },
    restricted,
    read(value, key, problems) {
      const map: Record<string, string> = {};
      if (!isRecord(value)) {
        problems.push({ zh: `gongwen.${key}：${rule.expected.zh}，已忽略`, en: `gongwen.${key}: ${rule.expected.en}; ignored` });
        return map;
      }
      for (const [entryKey, entryValue] of capped(Object.entries(value), key, problems)) {
        if (typeof entryValue === 'string' && rule.validEntry(entryKey, entryValue)) {
          map[entryKey] = entryValue;
        } else {
          problems.push({ zh: `gongwen.${key}["${entryKey}"]：${rule.expected.zh}，已忽略此项`, en: `gongwen.${key}["${entryKey}"]: ${rule.expected.en}; this entry is ignored` });
        }
      }
      return map;
    },
  };
}

/** A heading marker form holds exactly one number, written 一, 1 or ⑴: （一）, 1., ⑴. */
const MARKER_FORM = /^[^一1⑴]*[一1⑴][^一1⑴]*$/;

function markerForms(gbt9704: readonly string[]): SettingSpec<readonly string[]> {
  return stringList(gbt9704, false, {
    valid: (forms) => forms.length > 0 && forms.every((form) => MARKER_FORM.test(form)),
    expected: {
      zh: '应为非空列表，每个格式须含且只含一个编号（一、1 或 ⑴），如 “（一）”“1.”',
      en: 'expected a non-empty list of forms, each with exactly one number written 一, 1 or ⑴, such as “（一）” or “1.”',
    },
  });
}

const DEFAULT_OVERUSED_PHRASES: readonly string[] = ['进一步', '切实', '坚决', '扎实', '着力', '大力', '全力', '不断', '持续', '积极'];

/** Each setting, by its key under `gongwen.` (VS Code's dotted form). */
export const SETTINGS = {
  enable: choice(['auto', 'always', 'never'] as const, 'auto'),
  /** A placeholder in its context and the value to put there: {"*镇": "青山镇", "XX县": "临江县"}. */
  placeholderValues: stringMap(true, {
    validEntry: (key) => key !== '',
    expected: { zh: '应为“占位符: 填写内容”的对象，键非空', en: 'expected an object of placeholder → value with non-empty keys' },
  }),
  'overusedPhrase.phrases': stringList(DEFAULT_OVERUSED_PHRASES, true, {
    expected: { zh: '应为非空字符串的列表', en: 'expected a list of non-empty strings' },
  }),
  /** How many times a phrase may appear in a level-1 section before it is reported… */
  'overusedPhrase.maxPerSection': integer(3, 1, 100),
  /** …or, in a long section, how many times per 1,000 characters of it. */
  'overusedPhrase.maxPer1000Chars': integer(3, 1, 100),
  /** The shortest phrase, in Chinese characters, whose repetition nearby is reported. */
  'repeatedPhrase.minLength': integer(8, 4, 50),
  /** How far apart (characters, within one paragraph) two copies of a phrase may be and still be reported. */
  'repeatedPhrase.distance': integer(300, 20, 5000, true),
  /** The user's own fixed expressions: wrong form → right form, matched as plain text. */
  terms: stringMap(true, {
    validEntry: (wrong, right) => wrong.trim() !== '' && wrong.length <= 100 && right.length <= 100 && right !== wrong,
    expected: { zh: '应为“错误写法: 规范写法”，两者为不同的非空字符串（不超过 100 字）', en: 'expected wrong form → right form, two different non-empty strings of at most 100 characters' },
  }),
  /** The office's own misspellings: wrong form → right form, reported by `typo` beside its dictionary. */
  typos: stringMap(true, {
    validEntry: (wrong, right) => wrong.trim().length >= 2 && wrong.length <= 20 && right.trim() !== '' && right.length <= 20 && !right.includes(wrong),
    expected: {
      zh: '应为“错误写法: 正确写法”，错误写法至少 2 字、不超过 20 字，且不是正确写法的一部分',
      en: 'expected wrong form → right form, the wrong form of 2 to 20 characters and not part of the right one',
    },
  }),
  /** Words never reported as typos (a place or company name), nor any typo overlapping them. */
  allowWords: stringList([], true, { expected: { zh: '应为非空字符串的列表', en: 'expected a list of non-empty strings' } }),
  /** The mark a range is written with: 1—6月 or 1～6月 (GB/T 15835-2011 allows both). */
  'numberRange.mark': choice(['—', '～'] as const, '—'),
  /** The marker forms allowed at each heading level, the first being the one a fix writes (GB/T 9704-2012 7.3.3). */
  'headingMarkers.level1': markerForms(['一、']),
  'headingMarkers.level2': markerForms(['（一）']),
  'headingMarkers.level3': markerForms(['1.', '1．']),
  'headingMarkers.level4': markerForms(['（1）']),
  /** House style: 一、 may be followed directly by 1. (no （一）). */
  'headingLevel.allowSkippedLevels': flag(false),
  /** The document's kind, when the title does not say it (or says it wrongly): auto reads it from the title. */
  documentKind: choice(['auto', ...STATUTORY_KINDS, ...OTHER_KINDS] as const, 'auto'),
  /** Characters a speaker reads aloud per minute: a prepared speech runs at about 200 (a news reader, 250–300). */
  speakingRate: integer(200, 60, 600),
  /** Show each level-1 section's length and speaking time above its heading. */
  'codeLens.enable': flag(true),
  /** The layout a Word export takes: auto chooses speech for a speech, the document layout for the rest. */
  'export.preset': choice(['auto', 'document', 'speech'] as const, 'auto'),
  /** GB/T 9704-2012: title in 2号小标宋, body in 3号仿宋, level-1 headings in 黑体, level-2 in 楷体, page numbers in 4号宋体. */
  'export.fonts.title': fontName('方正小标宋简体'),
  'export.fonts.body': fontName('仿宋_GB2312'),
  'export.fonts.heading1': fontName('黑体'),
  'export.fonts.heading2': fontName('楷体_GB2312'),
  'export.fonts.pageNumber': fontName('宋体'),
  /** The page grid (GB/T 9704-2012 5.2.2): 22 lines of 28 characters fill the 156 × 225 mm 版心. */
  'export.linesPerPage': integer(22, 15, 30),
  'export.charactersPerLine': integer(28, 20, 32),
  /**
   * An editor's typing guard: above this many characters (about 3 MB of Chinese text) the editor runs only
   * the cheap rules (placeholder, web-residue) and the outline. The CLI runs every rule on any size.
   */
  maxDocumentSize: integer(1_000_000, 10_000, 20_000_000, true),
} as const;

export type SettingKey = keyof typeof SETTINGS;
type ValueOf<S> = S extends SettingSpec<infer T> ? T : never;

export type Settings = { readonly [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> } & {
  /** Severity per rule id; a rule missing here runs at its default severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
};

export type HeadingMarkerKey = `headingMarkers.level${1 | 2 | 3 | 4}`;

export const DEFAULT_SETTINGS: Settings = {
  ...(Object.fromEntries(Object.entries(SETTINGS).map(([key, spec]) => [key, spec.default])) as { [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> }),
  rules: {},
};

/** The value at a dotted key: VS Code sends `gongwen.a.b` as {a: {b: …}}; other clients and files may write {"a.b": …}. */
function valueAt(raw: Record<string, unknown>, key: string): unknown {
  if (key in raw) {
    return raw[key];
  }
  const dot = key.indexOf('.');
  const inner = dot < 0 ? undefined : raw[key.slice(0, dot)];
  return isRecord(inner) ? valueAt(inner, key.slice(dot + 1)) : undefined;
}

/**
 * The keys of `raw` that name no setting (`rules.<id>` names a rule's severity): a typo in a settings file
 * should be said, not silently ignored.
 */
function unknownKeys(raw: Record<string, unknown>, ruleIds: ReadonlySet<string>, prefix = ''): string[] {
  const known = Object.keys(SETTINGS);
  const unknown: string[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const key = prefix + name;
    if (key in SETTINGS || (key.startsWith('rules.') && ruleIds.has(key.slice(6)))) {
      continue;
    }
    if (key === 'rules' && isRecord(value)) {
      unknown.push(...unknownKeys(value, ruleIds, 'rules.'));
    } else if (isRecord(value) && known.some((k) => k.startsWith(`${key}.`))) {
      unknown.push(...unknownKeys(value, ruleIds, `${key}.`));
    } else {
      unknown.push(key);
    }
  }
  return unknown;
}

/**
 * Reads settings as a client sends them (the `gongwen` section) or a settings file holds them, keeping every
 * valid value and falling back to the default for the rest. Each problem, and each key that names no
 * setting or rule, is described in `problems`; nothing is thrown.
 */
export function readSettings(raw: unknown, ruleIds: ReadonlySet<string>, problems: Localized[] = []): Settings {
  if (raw === undefined || raw === null) {
    return DEFAULT_SETTINGS;
  }
  if (!isRecord(raw)) {
    problems.push({ zh: 'gongwen：设置应为对象，已使用默认设置', en: 'gongwen: settings must be an object; the defaults are used' });
    return DEFAULT_SETTINGS;
  }
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(SETTINGS) as [SettingKey, SettingSpec<unknown>][]) {
    const value = valueAt(raw, key);
    values[key] = value === undefined ? spec.default : spec.read(value, key, problems);
  }
  const rules: Record<string, RuleSetting> = {};
  const nested = valueAt(raw, 'rules');
  const flat = Object.entries(raw).filter(([key]) => key.startsWith('rules.')).map(([key, value]) => [key.slice('rules.'.length), value] as const);
  const severities = [...(isRecord(nested) ? Object.entries(nested) : []), ...flat];
  for (const [id, value] of severities) {
    if (RULE_SETTINGS.includes(value as RuleSetting)) {
      rules[id] = value as RuleSetting;
    } else if (ruleIds.has(id)) {
      problems.push({
        zh: `gongwen.rules.${id}：无效的级别 ${show(value)}，应为 ${RULE_SETTINGS.join('、')}，已使用默认级别`,
        en: `gongwen.rules.${id}: invalid severity ${show(value)}; expected ${RULE_SETTINGS.join(', ')}; the default is used`,
      });
    }
  }
  for (const key of unknownKeys(raw, ruleIds)) {
    problems.push(key.startsWith('rules.')
      ? { zh: `gongwen.${key}：没有名为 ${key.slice(6)} 的规则，已忽略`, en: `gongwen.${key}: there is no rule named ${key.slice(6)}; ignored` }
      : { zh: `gongwen.${key}：未知的设置，已忽略`, en: `gongwen.${key}: unknown setting; ignored` });
  }
  return { ...(values as Omit<Settings, 'rules'>), rules };
}

/** The heading marker forms of the four levels, as the structure rules read them. */
export type HeadingMarkerSettings = Pick<Settings, HeadingMarkerKey>;

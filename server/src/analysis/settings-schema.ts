import { RULES } from './rules';
import { DEFAULT_OVERUSED_PHRASES, GB_T_9704_MARKERS, NUMBER_SETTINGS, RULE_SETTINGS } from './settings';

/** One VS Code setting as package.json declares it; descriptions are %keys% of package.nls*.json. */
export interface SettingSchema {
  readonly type: string;
  readonly default: unknown;
  readonly enum?: readonly string[];
  readonly markdownDescription: string;
  readonly scope?: string;
  readonly additionalProperties?: { readonly type: string };
  readonly items?: { readonly type: string };
  readonly minimum?: number;
  readonly maximum?: number;
}

/**
 * Settings whose workspace values VS Code ignores in an untrusted workspace (`restrictedConfigurations`):
 * a cloned folder must not be able to make the analysis slow (a huge size limit, thousands of terms).
 * None of gongwen's settings executes anything.
 */
export const RESTRICTED_IN_UNTRUSTED_WORKSPACES: readonly string[] = [
  'gongwen.maxDocumentSize',
  'gongwen.terms',
  'gongwen.placeholderValues',
  'gongwen.overusedPhrase.phrases',
  'gongwen.repeatedPhrase.distance',
];

/** package.json's `capabilities` block. */
export function manifestCapabilities(): Record<string, unknown> {
  return {
    untrustedWorkspaces: {
      supported: 'limited',
      description: '%untrustedWorkspaces.description%',
      restrictedConfigurations: RESTRICTED_IN_UNTRUSTED_WORKSPACES,
    },
  };
}

/** The `contributes.configuration.properties` block, made from the server's own settings and rules. */
export function configurationProperties(): Record<string, SettingSchema> {
  const properties: Record<string, SettingSchema> = {
    'gongwen.enable': {
      type: 'string',
      enum: ['auto', 'always', 'never'],
      default: 'auto',
      markdownDescription: '%config.enable%',
      scope: 'resource',
    },
    'gongwen.placeholderValues': {
      type: 'object',
      default: {},
      additionalProperties: { type: 'string' },
      markdownDescription: '%config.placeholderValues%',
      scope: 'resource',
    },
    'gongwen.overusedPhrase.phrases': {
      type: 'array',
      default: DEFAULT_OVERUSED_PHRASES,
      items: { type: 'string' },
      markdownDescription: '%config.overusedPhrase.phrases%',
      scope: 'resource',
    },
    'gongwen.terms': {
      type: 'object',
      default: {},
      additionalProperties: { type: 'string' },
      markdownDescription: '%config.terms%',
      scope: 'resource',
    },
    'gongwen.numberRange.mark': {
      type: 'string',
      enum: ['—', '～'],
      default: '—',
      markdownDescription: '%config.numberRange.mark%',
      scope: 'resource',
    },
    'gongwen.headingLevel.allowSkippedLevels': {
      type: 'boolean',
      default: false,
      markdownDescription: '%config.headingLevel.allowSkippedLevels%',
      scope: 'resource',
    },
    'gongwen.codeLens.enable': {
      type: 'boolean',
      default: true,
      markdownDescription: '%config.codeLens.enable%',
      scope: 'resource',
    },
  };
  for (const [level, forms] of Object.entries(GB_T_9704_MARKERS)) {
    properties[`gongwen.headingMarkers.${level}`] = {
      type: 'array',
      default: forms,
      items: { type: 'string' },
      markdownDescription: `%config.headingMarkers.${level}%`,
      scope: 'resource',
    };
  }
  for (const [key, bounds] of Object.entries(NUMBER_SETTINGS)) {
    properties[`gongwen.${key}`] = {
      type: 'integer',
      default: bounds.default,
      minimum: bounds.minimum,
      maximum: bounds.maximum,
      markdownDescription: `%config.${key}%`,
      scope: 'resource',
    };
  }
  for (const rule of RULES) {
    properties[`gongwen.rules.${rule.id}`] = {
      type: 'string',
      enum: RULE_SETTINGS,
      default: rule.defaultSeverity,
      markdownDescription: `%config.rules.${rule.id}%`,
      scope: 'resource',
    };
  }
  return properties;
}

import { RULES } from './rules';
import { RULE_SETTINGS } from './settings';

/** One VS Code setting as package.json declares it; descriptions are %keys% of package.nls*.json. */
export interface SettingSchema {
  readonly type: string;
  readonly default: unknown;
  readonly enum?: readonly string[];
  readonly markdownDescription: string;
  readonly scope?: string;
  readonly additionalProperties?: { readonly type: string };
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
  };
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

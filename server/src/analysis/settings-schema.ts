/**
 * What the VS Code manifest and the README say of the settings, made from the one table in settings.ts
 * and the rules: package.json's configuration properties and untrusted-workspace capability, and the
 * README's settings table (scripts/sync-manifest.js writes them; a unit test fails when they differ).
 */
import { RULES } from './rules';
import { RULE_SETTINGS, SETTINGS, type SettingSchema, type SettingSpec } from './settings';

/** One setting as package.json declares it; its description is %config.<key>% of package.nls*.json. */
export type ManifestSetting = SettingSchema & { readonly default: unknown; readonly markdownDescription: string; readonly scope: 'resource' };

function manifestEntry(key: string, spec: SettingSpec<unknown>): ManifestSetting {
  return { ...spec.schema, default: spec.default, markdownDescription: `%config.${key}%`, scope: 'resource' };
}

/** The `contributes.configuration.properties` block. */
export function configurationProperties(): Record<string, ManifestSetting> {
  const properties: Record<string, ManifestSetting> = {};
  for (const [key, spec] of Object.entries(SETTINGS) as [string, SettingSpec<unknown>][]) {
    properties[`gongwen.${key}`] = manifestEntry(key, spec);
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

/** Settings whose workspace values VS Code ignores in an untrusted workspace. */
function restrictedSettings(): string[] {
  return (Object.entries(SETTINGS) as [string, SettingSpec<unknown>][]).filter(([, spec]) => spec.restricted).map(([key]) => `gongwen.${key}`);
}

/** package.json's `capabilities` block. */
export function manifestCapabilities(): Record<string, unknown> {
  return {
    untrustedWorkspaces: {
      supported: 'limited',
      description: '%untrustedWorkspaces.description%',
      restrictedConfigurations: restrictedSettings(),
    },
  };
}

function shownDefault(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length > 4 ? `${value.slice(0, 3).join('、')}…` : `\`${JSON.stringify(value)}\``;
  }
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/**
 * The README's settings table in Markdown: each setting with its default and its description from
 * `descriptions` (package.nls.zh-cn.json: the zh description, links to other settings as `code`).
 */
export function settingsTable(descriptions: Readonly<Record<string, string>>): string {
  const cell = (text: string): string => text.replace(/`#([\w.]+)#`/g, '`$1`').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
  const rows = ['| 设置 Setting | 默认 Default | 说明 Description |', '| --- | --- | --- |'];
  for (const [key, spec] of Object.entries(SETTINGS) as [string, SettingSpec<unknown>][]) {
    const restricted = spec.restricted ? '（不受信任的工作区中只用用户设置 / user settings only in an untrusted workspace）' : '';
    rows.push(`| \`gongwen.${key}\` | ${shownDefault(spec.default)} | ${cell(descriptions[`config.${key}`] ?? '')}${restricted} |`);
  }
  rows.push(`| \`gongwen.rules.<id>\` | 规则默认级别 rule's default | ${RULE_SETTINGS.map((s) => `\`${s}\``).join(' \\| ')}，每条规则一个（见 [docs/rules](docs/rules)）/ one per rule |`);
  return rows.join('\n');
}

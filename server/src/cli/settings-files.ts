import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from './errors';

/**
 * The gongwen settings of a VS Code settings file (JSONC: comments and trailing commas allowed), keyed as
 * the `gongwen` section holds them: "gongwen.rules.placeholder" becomes rules → placeholder. Keys of other
 * extensions are left out; in a file given with --config, keys may also be written without `gongwen.`.
 */
export function readSettingsFile(file: string, ownFile: boolean): Record<string, unknown> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT'
      ? { zh: `${file}：设置文件不存在`, en: `${file}: no such settings file` }
      : { zh: `${file}：无法读取设置文件（${String(error)}）`, en: `${file}: cannot read the settings file (${String(error)})` });
  }
  const errors: ParseError[] = [];
  const json: unknown = parse(content, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || typeof json !== 'object' || json === null || Array.isArray(json)) {
    const first = errors[0];
    const where = first ? `${printParseErrorCode(first.error)} @${first.offset}` : 'not an object';
    throw new InputError({ zh: `${file}：不是有效的 JSON 设置文件（${where}）`, en: `${file}: not a valid JSON settings file (${where})` });
  }
  const section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === 'gongwen' && typeof value === 'object' && value !== null) {
      Object.assign(section, value);
    } else if (key.startsWith('gongwen.')) {
      section[key.slice('gongwen.'.length)] = value;
    } else if (ownFile) {
      section[key] = value;
    }
  }
  return section;
}

/** The workspace settings file that applies to a file: the nearest .vscode/settings.json above it. */
export function workspaceSettingsFile(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, '.vscode', 'settings.json');
    if (existsSync(candidate)) {
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}

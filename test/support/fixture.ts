import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A fixture file is a list of sections, each opened by a line `@@ name`:
 *   @@ input      the document text (required)
 *   @@ language   `markdown` to analyse the input as Markdown
 *   @@ settings   JSON of gongwen settings
 *   @@ outline    the expected tree, as `gongwen outline` prints it
 *   @@ findings   the expected findings, one a line: `line:column rule-id flagged text` (1-based, UTF-16)
 *   @@ fixed      the expected text after fix-all
 * A section's text is everything up to the next `@@ ` line, less the one line break before it.
 */
export interface Fixture {
  readonly name: string;
  readonly sections: ReadonlyMap<string, string>;
}

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');

export function parseFixture(name: string, content: string): Fixture {
  const sections = new Map<string, string>();
  const parts = content.split(/^@@ ([\w-]+)[ \t]*\r?\n/m);
  for (let i = 1; i < parts.length; i += 2) {
    sections.set(parts[i] as string, (parts[i + 1] ?? '').replace(/\r?\n$/, ''));
  }
  if (!sections.has('input')) {
    throw new Error(`${name}: no @@ input section`);
  }
  return { name, sections };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.fixture.txt') ? [join(dir, entry.name)] : [],
  );
}

export function loadFixtures(): Fixture[] {
  return walk(FIXTURES_DIR).sort().map((file) => parseFixture(relative(FIXTURES_DIR, file), readFileSync(file, 'utf8')));
}

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../server/src/cli';
import { loadFixtures } from '../support/fixture';
import { fixtureResults } from '../support/fixture-results';

/**
 * The CLI and the editor give the same answers for the same file and settings: every fixture goes through
 * `gongwen check` and `gongwen fix` with its settings as a --config file, and through the editor's analyzer.
 */
const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-fixtures-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI answers as the editor does, for every fixture', () => {
  loadFixtures().forEach((fixture, index) => {
    it(fixture.name, () => {
      const input = fixture.sections.get('input') as string;
      const markdown = fixture.sections.get('language') === 'markdown';
      const file = join(dir, `${index}${markdown ? '.md' : '.gw'}`);
      const config = join(dir, `${index}.settings.json`);
      writeFileSync(file, input);
      const settings = JSON.parse(fixture.sections.get('settings') ?? '{}') as Record<string, unknown>;
      writeFileSync(config, JSON.stringify(Object.fromEntries(Object.entries(settings).map(([key, value]) => [`gongwen.${key}`, value]))));
      const editor = fixtureResults(fixture);
      const checked = runCli(['check', '--format', 'json', '--config', config, file]);
      assert.deepEqual(checked.stderr, []);
      const [report] = JSON.parse(checked.stdout.join('\n')) as Array<{ diagnostics: Array<{ code: string; text: string; range: { start: { line: number; character: number } } }> }>;
      const cli = (report?.diagnostics ?? []).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.text}`);
      assert.deepEqual(cli, editor.findings);
      const outline = runCli(['outline', '--config', config, file]).stdout.join('\n').split('\n').map((line) => line.trimEnd()).filter((line) => line !== '');
      assert.deepEqual(outline, editor.outline);
      assert.equal(runCli(['fix', '--config', config, file]).exit, 0);
      assert.equal(readFileSync(file, 'utf8'), editor.fixed);
    });
  });
});

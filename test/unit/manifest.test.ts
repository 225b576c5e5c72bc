import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configurationProperties, manifestCapabilities, RULES, settingsTable } from '../../server/src/analysis';
import { VERSION } from '../../server/src/version';
import { REPO_ROOT } from '../support/fixture';

const read = (name: string) => JSON.parse(readFileSync(join(REPO_ROOT, name), 'utf8'));
const manifest = read('package.json');

function nlsKeys(value: unknown): string[] {
  const text = JSON.stringify(value);
  return [...text.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1] as string);
}

describe('package.json', () => {
  it('declares exactly the settings the server reads (run scripts/sync-manifest.js after changing them)', () => {
    assert.deepEqual(manifest.contributes.configuration.properties, JSON.parse(JSON.stringify(configurationProperties())));
  });

  it('declares limited support for untrusted workspaces, restricting only settings that exist', () => {
    assert.deepEqual(manifest.capabilities, JSON.parse(JSON.stringify(manifestCapabilities())));
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.deepEqual(restricted.filter((key) => !(key in manifest.contributes.configuration.properties)), []);
  });

  it('has every %key% it uses in both package.nls.json and package.nls.zh-cn.json', () => {
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const strings = read(nls);
      const missing = nlsKeys(manifest).filter((key) => typeof strings[key] !== 'string');
      assert.deepEqual(missing, [], nls);
    }
  });

  it('localizes the client through the one mechanism of the server (say: a {zh, en} pair), not a second one', () => {
    const dir = join(REPO_ROOT, 'client', 'src');
    const sources = readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8'));
    assert.deepEqual(sources.filter((source) => /\bl10n\b/.test(source)).length, 0);
    assert.ok(sources.join('').match(/\bsay\(\{/g)!.length > 15);
    assert.equal(manifest.l10n, undefined);
  });

  it('gives every command a palette entry and an editor context-menu entry', () => {
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    const palette = manifest.contributes.menus.commandPalette.map((c: { command: string }) => c.command).sort();
    const context = manifest.contributes.menus['editor/context'].map((c: { command: string }) => c.command).sort();
    assert.deepEqual(palette, commands);
    assert.deepEqual(context, commands);
  });

  it('lists every setting in the README’s table, made from the same declaration (scripts/sync-manifest.js)', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const table = /<!-- settings-table:start -->\n([\s\S]*?)\n<!-- settings-table:end -->/.exec(readme)?.[1];
    assert.equal(table, settingsTable(read('package.nls.zh-cn.json')));
  });

  it('says the version package.json says', () => {
    assert.equal(VERSION, manifest.version);
  });

  it('has a doc page for every rule', () => {
    for (const rule of RULES) {
      assert.ok(existsSync(join(REPO_ROOT, 'docs', 'rules', `${rule.id}.md`)), rule.id);
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, applyEdits, fixAllEdits, readSettings, toDiagnostics } from '../../server/src/analysis';
import { outlineEntries, outlineText } from '../../server/src/cli/outline-json';
import { loadFixtures, type Fixture } from '../support/fixture';

function analyse(fixture: Fixture, text: string) {
  const problems: string[] = [];
  const settings = readSettings(JSON.parse(fixture.sections.get('settings') ?? '{}'), problems);
  assert.deepEqual(problems, [], 'fixture settings are valid');
  return analyzeText(text, settings, { markdown: fixture.sections.get('language') === 'markdown' });
}

function findingLines(fixture: Fixture, text: string): string[] {
  const document = TextDocument.create('file:///fixture', 'gongwen', 1, text);
  return toDiagnostics(document, analyse(fixture, text), { locale: 'zh', docsBase: 'file:///docs' }).map((d) =>
    `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${document.getText(d.range)}`,
  );
}

const nonEmptyLines = (section: string): string[] => section.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line !== '');

describe('fixtures', () => {
  for (const fixture of loadFixtures()) {
    describe(fixture.name, () => {
      const input = fixture.sections.get('input') as string;
      const outline = fixture.sections.get('outline');
      const findings = fixture.sections.get('findings');
      const fixed = fixture.sections.get('fixed');
      if (outline !== undefined) {
        it('has the expected outline', () => {
          const document = TextDocument.create('file:///fixture', 'gongwen', 1, input);
          const actual = outlineText(outlineEntries(document, analyse(fixture, input).model));
          assert.deepEqual(actual.map((line) => line.trimEnd()), nonEmptyLines(outline));
        });
      }
      if (findings !== undefined) {
        it('has the expected findings', () => {
          assert.deepEqual(findingLines(fixture, input), nonEmptyLines(findings));
        });
      }
      if (fixed !== undefined) {
        it('fix-all gives the expected text, and fixing it again changes nothing', () => {
          const once = applyEdits(input, fixAllEdits(analyse(fixture, input)));
          assert.equal(once, fixed);
          assert.equal(applyEdits(once, fixAllEdits(analyse(fixture, once))), once);
        });
      }
    });
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFixtures } from '../support/fixture';
import { fixtureAnalyzer, fixtureDocument, fixtureResults } from '../support/fixture-results';

const nonEmptyLines = (section: string): string[] => section.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line !== '');

describe('fixtures', () => {
  for (const fixture of loadFixtures()) {
    describe(fixture.name, () => {
      const outline = fixture.sections.get('outline');
      const findings = fixture.sections.get('findings');
      const fixed = fixture.sections.get('fixed');
      const actual = fixtureResults(fixture);
      if (outline !== undefined) {
        it('has the expected outline', () => {
          assert.deepEqual(actual.outline, nonEmptyLines(outline));
        });
      }
      if (findings !== undefined) {
        it('has the expected findings', () => {
          // Lines are compared without trailing spaces (editors strip them): a flagged run of spaces shows as its place only.
          assert.deepEqual(actual.findings.map((line) => line.trimEnd()), nonEmptyLines(findings));
        });
      }
      if (fixed !== undefined) {
        it('fix-all (as source.fixAll.gongwen and gongwen fix apply it) gives the expected text, and fixing it again changes nothing', () => {
          assert.equal(actual.fixed, fixed);
          const analyzer = fixtureAnalyzer(fixture);
          const markdown = analyzer.document(fixtureDocument(fixture, fixed)).markdown;
          assert.deepEqual(analyzer.fixAll(actual.fixed, { markdown }), []);
        });
      }
    });
  }
});

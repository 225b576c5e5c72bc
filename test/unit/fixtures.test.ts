import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, fixAllEdits } from '../../server/src/analysis';
import { loadFixtures } from '../support/fixture';
import { analyseFixtureText, fixtureResults } from '../support/fixture-results';

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
          assert.deepEqual(actual.findings, nonEmptyLines(findings));
        });
      }
      if (fixed !== undefined) {
        it('fix-all gives the expected text, and fixing it again changes nothing', () => {
          assert.equal(actual.fixed, fixed);
          assert.equal(applyEdits(actual.fixed, fixAllEdits(analyseFixtureText(fixture, actual.fixed))), actual.fixed);
        });
      }
    });
  }
});

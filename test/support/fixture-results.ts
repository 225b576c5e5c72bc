import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, applyEdits, fixAllEdits, readSettings, toDiagnostics, type Analysis } from '../../server/src/analysis';
import { outlineEntries, outlineText } from '../../server/src/cli/outline-json';
import type { Fixture } from './fixture';

/** Analyses `text` with the fixture's settings and language. Throws on invalid fixture settings. */
export function analyseFixtureText(fixture: Fixture, text: string): Analysis {
  const problems: string[] = [];
  const settings = readSettings(JSON.parse(fixture.sections.get('settings') ?? '{}'), problems);
  if (problems.length > 0) {
    throw new Error(`${fixture.name}: invalid settings: ${problems.join('; ')}`);
  }
  return analyzeText(text, settings, { markdown: fixture.sections.get('language') === 'markdown' });
}

export interface FixtureResults {
  /** As `gongwen outline` prints it, right-trimmed. */
  readonly outline: string[];
  /** `line:column rule-id flagged text`, 1-based, UTF-16 columns. */
  readonly findings: string[];
  /** The input after fix-all. */
  readonly fixed: string;
}

/** What the current code says for a fixture's input, in the fixture's own section formats. */
export function fixtureResults(fixture: Fixture): FixtureResults {
  const input = fixture.sections.get('input') as string;
  const analysis = analyseFixtureText(fixture, input);
  const document = TextDocument.create('file:///fixture', 'gongwen', 1, input);
  return {
    outline: outlineText(outlineEntries(document, analysis.model)).map((line) => line.trimEnd()),
    findings: toDiagnostics(document, analysis, { locale: 'zh', docsBase: 'file:///docs' }).map(
      (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${document.getText(d.range)}`,
    ),
    fixed: applyEdits(input, fixAllEdits(analysis)),
  };
}

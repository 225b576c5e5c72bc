import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from '../../server/src/analysis';
import { outlineEntries, outlineText } from '../../server/src/cli/outline-json';
import { analyzerWith } from './analyzer';
import type { Fixture } from './fixture';

/** The analyzer of a fixture's settings. Throws on invalid fixture settings. */
export function fixtureAnalyzer(fixture: Fixture): Analyzer {
  return analyzerWith(JSON.parse(fixture.sections.get('settings') ?? '{}'));
}

/** The fixture's document as an editor opens it: Markdown or a .gw file. */
export function fixtureDocument(fixture: Fixture, text: string): TextDocument {
  const markdown = fixture.sections.get('language') === 'markdown';
  return TextDocument.create(markdown ? 'file:///fixture.md' : 'file:///fixture.gw', markdown ? 'markdown' : 'gongwen', 1, text);
}

export interface FixtureResults {
  /** As `gongwen outline` prints it, right-trimmed. */
  readonly outline: string[];
  /** `line:column rule-id flagged text`, 1-based, UTF-16 columns. */
  readonly findings: string[];
  /** The input after fix-all as source.fixAll.gongwen and `gongwen fix` apply it (until stable). */
  readonly fixed: string;
}

/** What the current code says for a fixture's input, in the fixture's own section formats. */
export function fixtureResults(fixture: Fixture): FixtureResults {
  const input = fixture.sections.get('input') as string;
  const analyzer = fixtureAnalyzer(fixture);
  const document = fixtureDocument(fixture, input);
  const opened = analyzer.document(document);
  return {
    outline: outlineText(outlineEntries(document, analyzer.parse(input).model, analyzer.locale)).map((line) => line.trimEnd()),
    findings: opened.diagnostics().map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${document.getText(d.range)}`),
    fixed: analyzer.fixed(input, { markdown: opened.markdown }),
  };
}

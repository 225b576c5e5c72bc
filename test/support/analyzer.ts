import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type AnalyzedDocument, type Analyzer, type AnalyzerOptions } from '../../server/src/analysis';

export const DOCS_BASE = 'file:///docs';

/**
 * An analyzer as the server and the CLI make one, through the core's front door. Settings problems are
 * an error here, unless the test is about them (`allowProblems`).
 */
export function analyzerWith(settings?: unknown, options: Partial<AnalyzerOptions> & { allowProblems?: boolean } = {}): Analyzer {
  const { allowProblems = false, ...rest } = options;
  const analyzer = createAnalyzer({ settings, docsBase: DOCS_BASE, ...rest });
  if (!allowProblems && analyzer.settingsProblems.length > 0) {
    throw new Error(`invalid test settings: ${analyzer.settingsProblems.join('; ')}`);
  }
  return analyzer;
}

/** The default analyzer (every rule, default settings, Chinese). */
export const defaultAnalyzer = analyzerWith();

/** An editor's document: a .gw file unless said otherwise. */
export function textDocument(text: string, uri = 'file:///test.gw', languageId = 'gongwen', version = 1): TextDocument {
  return TextDocument.create(uri, languageId, version, text);
}

/** A document as the server sees it, with the default analyzer or the one given. */
export function openDocument(text: string, analyzer: Analyzer = defaultAnalyzer, uri = 'file:///test.gw', languageId = 'gongwen'): AnalyzedDocument {
  return analyzer.document(textDocument(text, uri, languageId));
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from '../../server/src/analysis';
import { parseFixture, REPO_ROOT } from '../support/fixture';

export const CORPUS = join(REPO_ROOT, 'test', 'corpus');

/** A real document of the corpus and what a careful reader marks in it. */
export interface CorpusDocument {
  readonly name: string;
  readonly text: string;
  /**
   * The real problems, as `line:column rule-id flagged text` (the fixtures' finding format), from the
   * `@@ findings` section of `<name>.labels`; a document without a labels file has none.
   */
  readonly labels: readonly string[];
}

export function corpusDocuments(): CorpusDocument[] {
  const files = readdirSync(CORPUS);
  return files
    .filter((file) => file.endsWith('.txt'))
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const labelFile = `${name}.labels`;
      const text = readFileSync(join(CORPUS, file), 'utf8');
      if (!files.includes(labelFile)) {
        return { name, text, labels: [] };
      }
      const labels = parseFixture(labelFile, `@@ input\n${readFileSync(join(CORPUS, labelFile), 'utf8')}`).sections.get('findings') ?? '';
      return { name, text, labels: labels.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')) };
    });
}

/** A finding as the editor shows it, in the labels' format, with the severity it is shown at. */
export interface ShownFinding {
  readonly line: string;
  readonly rule: string;
  /** 1 error, 2 warning, 3 information, 4 hint (LSP). */
  readonly severity: number;
}

export function shownFindings(analyzer: Analyzer, document: CorpusDocument): ShownFinding[] {
  const editorDocument = TextDocument.create(`file:///${document.name}.gw`, 'gongwen', 1, document.text);
  return analyzer
    .document(editorDocument)
    .diagnostics()
    .map((d) => ({
      line: `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${editorDocument.getText(d.range)}`,
      rule: String(d.code),
      severity: d.severity ?? 1,
    }));
}

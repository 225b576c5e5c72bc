import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { localize, type Analysis, type Locale, type Severity } from '../analysis';

/** One finding as `gongwen check` prints it. */
export interface ReportEntry {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** LSP positions: 0-based lines, UTF-16 columns. */
  readonly range: Range;
  /** The flagged text. */
  readonly text: string;
}

/** The findings of an analysis in document order, straight from its results (no LSP diagnostics in between). */
export function reportEntries(document: TextDocument, analysis: Analysis, locale: Locale): ReportEntry[] {
  const text = document.getText();
  const entries: { start: number; entry: ReportEntry }[] = [];
  for (const { rule, severity, findings } of analysis.results) {
    for (const finding of findings) {
      entries.push({
        start: finding.start,
        entry: {
          code: rule.id,
          severity,
          message: localize(finding.message, locale),
          range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
          text: text.slice(finding.start, finding.end),
        },
      });
    }
  }
  return entries.sort((a, b) => a.start - b.start).map(({ entry }) => entry);
}

export function isProblem(entry: ReportEntry): boolean {
  return entry.severity === 'error' || entry.severity === 'warning';
}

export function reportLine(file: string, entry: ReportEntry): string {
  return `${file}:${entry.range.start.line + 1}:${entry.range.start.character + 1}: ${entry.severity} [${entry.code}] ${entry.message}`;
}

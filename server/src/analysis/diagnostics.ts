import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { localize, type Locale } from './locale';
import { severityOf, type Finding, type OffsetEdit, type Severity } from './vocabulary';

export const SOURCE = 'gongwen';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  readonly locale: Locale;
  /** Where the rule pages live; a rule's page is `${docsBase}/${id}.md`. */
  readonly docsBase: string;
}

function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toTextEdit(document: TextDocument, edit: OffsetEdit): TextEdit {
  return { range: toRange(document, edit.start, edit.end), newText: edit.newText };
}

/**
 * A finding as an LSP diagnostic. It carries no fixes: code actions are built from the server's own
 * analysis of the same version when the client asks.
 */
export function toDiagnostic(document: TextDocument, ruleId: string, severity: Severity, finding: Finding, options: DiagnosticOptions): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.start, finding.end),
    severity: SEVERITIES[severityOf(finding, severity)],
    code: ruleId,
    codeDescription: { href: `${options.docsBase}/${ruleId}.md` },
    source: SOURCE,
    message: localize(finding.message, options.locale),
  };
  if (finding.related !== undefined && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: document.uri, range: toRange(document, related.start, related.end) },
      message: localize(related.message, options.locale),
    }));
  }
  return diagnostic;
}

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from './analyze';
import { localize, type Locale } from './locale';
import type { Finding, Fix, OffsetEdit, Severity } from './rules/rule';

export const SOURCE = 'gongwen';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The most edits a fix carries in a diagnostic's `data`. A renumbering of a long list touches every
 * heading of it, and each heading's diagnostic would carry the whole list (quadratic: 47 MB of JSON
 * for a 1M-character document); such a fix carries its title and edit count, and its edits come
 * with the code action (textDocument/codeAction), which the server builds from its own analysis.
 */
export const MAX_DATA_EDITS = 20;

/** A fix as a diagnostic's `data` carries it: LSP text edits and a title in the client's language. */
export interface FixData {
  readonly title: string;
  /** Empty when the fix has more than MAX_DATA_EDITS edits (see editCount). */
  readonly edits: readonly TextEdit[];
  readonly editCount: number;
  readonly preferred: boolean;
  readonly safe: boolean;
  readonly snippet: boolean;
}

export interface DiagnosticData {
  readonly fixes: readonly FixData[];
}

export interface DiagnosticOptions {
  readonly locale: Locale;
  /** Where the rule pages live; a rule's page is `${docsBase}/${id}.md`. */
  readonly docsBase: string;
}

export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toTextEdit(document: TextDocument, edit: OffsetEdit): TextEdit {
  return { range: toRange(document, edit.start, edit.end), newText: edit.newText };
}

function fixData(document: TextDocument, fix: Fix, locale: Locale): FixData {
  return {
    title: localize(fix.title, locale),
    edits: fix.edits.length <= MAX_DATA_EDITS ? fix.edits.map((edit) => toTextEdit(document, edit)) : [],
    editCount: fix.edits.length,
    preferred: fix.preferred ?? false,
    safe: fix.safe,
    snippet: fix.snippet ?? false,
  };
}

export function toDiagnostic(document: TextDocument, ruleId: string, severity: Severity, finding: Finding, options: DiagnosticOptions): Diagnostic {
  const data: DiagnosticData = { fixes: (finding.fixes ?? []).map((fix) => fixData(document, fix, options.locale)) };
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.start, finding.end),
    severity: SEVERITIES[severity],
    code: ruleId,
    codeDescription: { href: `${options.docsBase}/${ruleId}.md` },
    source: SOURCE,
    message: localize(finding.message, options.locale),
    data,
  };
  if (finding.related !== undefined && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: document.uri, range: toRange(document, related.start, related.end) },
      message: localize(related.message, options.locale),
    }));
  }
  return diagnostic;
}

export function toDiagnostics(document: TextDocument, analysis: Analysis, options: DiagnosticOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const result of analysis.results) {
    for (const finding of result.findings) {
      diagnostics.push(toDiagnostic(document, result.rule.id, result.severity, finding, options));
    }
  }
  return diagnostics.sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
}

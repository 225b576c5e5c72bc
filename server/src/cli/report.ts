import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findingsInOrder, localize, type Analysis, type Locale, type Severity } from '../analysis';

/** Where the CLI prints: an array in tests, a stream written in chunks by the command. */
export interface Lines {
  push(...lines: string[]): unknown;
}

/** How many findings one file had, and how many of them at warning or error. */
export interface FileCounts {
  readonly count: number;
  readonly problems: number;
}

const isProblem = (severity: Severity): boolean => severity === 'error' || severity === 'warning';

/**
 * Prints the report of one file as it is made, so that no line outlives its printing (a 1M-character draft
 * has tens of thousands of findings). Text: `file:line:column: severity [rule] message`, 1-based, UTF-16
 * columns (`position` words the place otherwise: a Word file's paragraph and character). JSON: the file's
 * object {"file", "diagnostics": [{"code", "severity", "message", "range" (LSP positions: 0-based lines, UTF-16
 * columns), "text" (the flagged text)}]}, a finding a line; `first` says whether a comma must separate it from
 * the file before.
 */
export function writeReport(
  out: Lines, file: string, document: TextDocument, analysis: Analysis, locale: Locale, format: 'text' | 'json', first: boolean,
  position: (line: number, character: number, locale: Locale) => string = (line, character) => `${line + 1}:${character + 1}`,
): FileCounts {
  const text = document.getText();
  const found = findingsInOrder(analysis);
  /** Findings of one kind share their message: each is escaped for JSON once. */
  const escaped = new Map<string, string>();
  let problems = 0;
  /** The JSON line before the current one, printed once it is known whether a comma follows it. */
  let held: string | undefined;
  if (format === 'json') {
    out.push(`${first ? '' : ','}{"file":${JSON.stringify(file)},"diagnostics":[`);
  }
  for (const { ruleId: code, severity, finding } of found) {
    problems += isProblem(severity) ? 1 : 0;
    const start = document.positionAt(finding.start);
    const message = localize(finding.message, locale);
    if (format === 'text') {
      out.push(`${file}:${position(start.line, start.character, locale)}: ${severity} [${code}] ${message}`);
      continue;
    }
    let json = escaped.get(message);
    if (json === undefined) {
      json = JSON.stringify(message);
      escaped.set(message, json);
    }
    const end = document.positionAt(finding.end);
    if (held !== undefined) {
      out.push(`${held},`);
    }
    held = `{"code":"${code}","severity":"${severity}","message":${json},"range":{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}},"text":${JSON.stringify(text.slice(finding.start, finding.end))}}`;
  }
  if (format === 'json') {
    if (held !== undefined) {
      out.push(held);
    }
    out.push(']}');
  }
  return { count: found.length, problems };
}

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localize, type Analysis, type Finding, type Locale, type Severity } from '../analysis';

/** A finding with its rule's id and severity. */
interface Found {
  readonly code: string;
  readonly severity: Severity;
  readonly finding: Finding;
}

/** The findings of an analysis in document order, straight from its results (no LSP diagnostics in between). */
function inOrder(analysis: Analysis): Found[] {
  const found: Found[] = [];
  for (const { rule, severity, findings } of analysis.results) {
    for (const finding of findings) {
      found.push({ code: rule.id, severity, finding });
    }
  }
  return found.sort((a, b) => a.finding.start - b.finding.start);
}

/** What `gongwen check` says of one file. */
export interface FileReport {
  readonly file: string;
  /** Findings at warning or error. */
  readonly problems: number;
  readonly count: number;
  /** Text format: `file:line:column: severity [rule] message`, 1-based, UTF-16 columns. */
  readonly lines: string[];
  /** JSON format: the file's object, one finding a line (the lines between the brackets end in commas). */
  readonly json: string[];
}

const isProblem = (severity: Severity): boolean => severity === 'error' || severity === 'warning';

/**
 * The report of one file in the format asked for. JSON: {"file", "diagnostics": [{"code", "severity",
 * "message", "range" (LSP positions: 0-based lines, UTF-16 columns), "text" (the flagged text)}]}, written
 * a finding a line so that a 1M-character document's tens of thousands of findings print fast and grep well.
 */
export function fileReport(file: string, document: TextDocument, analysis: Analysis, locale: Locale, format: 'text' | 'json'): FileReport {
  const text = document.getText();
  const found = inOrder(analysis);
  const lines: string[] = [];
  const items: string[] = [];
  /** Findings of one kind share their message: each is escaped for JSON once. */
  const escaped = new Map<string, string>();
  let problems = 0;
  for (const { code, severity, finding } of found) {
    problems += isProblem(severity) ? 1 : 0;
    const start = document.positionAt(finding.start);
    const message = localize(finding.message, locale);
    if (format === 'text') {
      lines.push(`${file}:${start.line + 1}:${start.character + 1}: ${severity} [${code}] ${message}`);
      continue;
    }
    let json = escaped.get(message);
    if (json === undefined) {
      json = JSON.stringify(message);
      escaped.set(message, json);
    }
    const end = document.positionAt(finding.end);
    const range = `{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}}`;
    items.push(`{"code":"${code}","severity":"${severity}","message":${json},"range":${range},"text":${JSON.stringify(text.slice(finding.start, finding.end))}},`);
  }
  const last = items.length - 1;
  if (last >= 0) {
    items[last] = (items[last] as string).slice(0, -1);
  }
  return { file, problems, count: found.length, lines, json: [`{"file":${JSON.stringify(file)},"diagnostics":[`, ...items, ']}'] };
}

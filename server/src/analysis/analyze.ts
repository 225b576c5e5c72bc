import { parseDocument } from './model/parse';
import type { DocumentModel } from './model/types';
import { RULES } from './rules';
import type { Finding, Rule, Severity } from './rules/rule';
import type { Settings } from './settings';
import { Suppressions } from './suppressions';

export interface RuleResult {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

export interface RuleFailure {
  readonly rule: Rule;
  readonly error: unknown;
}

export interface Analysis {
  readonly model: DocumentModel;
  readonly results: readonly RuleResult[];
  /** Rules that threw: their findings are missing, every other rule's are there. */
  readonly failures: readonly RuleFailure[];
  /** The document is longer than gongwen.maxDocumentSize: only the cheap rules ran. */
  readonly limited: boolean;
}

export interface AnalysisOptions {
  /** Markdown syntax is not taken for placeholders. */
  readonly markdown?: boolean;
}

export function severityOf(rule: Rule, settings: Settings): Severity | 'off' {
  return settings.rules[rule.id] ?? rule.defaultSeverity;
}

/**
 * Parses `text` and runs every enabled rule over it, leaving out what gongwen-disable comments turn
 * off. Never throws for a rule's failure.
 */
export function analyzeText(original: string, settings: Settings, options: AnalysisOptions = {}): Analysis {
  const suppressions = new Suppressions(original);
  const text = suppressions.text;
  const model = parseDocument(text);
  const context = { text, model, settings, markdown: options.markdown ?? false };
  const results: RuleResult[] = [];
  const failures: RuleFailure[] = [];
  const limited = original.length > settings.maxDocumentSize;
  for (const rule of RULES) {
    const severity = severityOf(rule, settings);
    if (severity === 'off' || (limited && !rule.cheap)) {
      continue;
    }
    try {
      const findings = rule.check(context).filter((finding) => !suppressions.covers(rule.id, finding.start));
      results.push({ rule, severity, findings });
    } catch (error) {
      failures.push({ rule, error });
    }
  }
  return { model, results, failures, limited };
}

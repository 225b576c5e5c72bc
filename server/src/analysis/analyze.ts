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

/** A document parsed as the analysis sees it: gongwen-disable comments blanked, then the outline. */
export interface ParsedText {
  readonly suppressions: Suppressions;
  readonly model: DocumentModel;
}

/** The outline alone (a tenth of the analysis' time): what the outline, folding and completion need. */
export function parseText(original: string): ParsedText {
  const suppressions = new Suppressions(original);
  return { suppressions, model: parseDocument(suppressions.text) };
}

/**
 * Runs every enabled rule over `original` (parsed by parseText, or given its parse), leaving out what
 * gongwen-disable comments turn off. Never throws for a rule's failure.
 */
export function analyzeText(original: string, settings: Settings, options: AnalysisOptions = {}, parsed: ParsedText = parseText(original)): Analysis {
  const { suppressions, model } = parsed;
  const text = suppressions.text;
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

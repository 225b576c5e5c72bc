import { parseDocument } from './model/parse';
import { countBefore } from './model/sorted';
import type { DocumentModel } from './model/types';
import type { Rule } from './rules/rule';
import type { Settings } from './settings';
import { Suppressions } from './suppressions';
import { severityOf, type Finding, type Severity } from './vocabulary';

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
  /** An editor's document longer than gongwen.maxDocumentSize: only the cheap rules ran. */
  readonly limited: boolean;
}

/** A finding with the rule that made it and the severity it is shown at. */
export interface RankedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly finding: Finding;
}

/** Every finding of an analysis in document order, each at the severity it is shown at (a tentative one as a hint). */
export function findingsInOrder(analysis: Analysis): RankedFinding[] {
  const found: RankedFinding[] = [];
  for (const { rule, severity, findings } of analysis.results) {
    for (const finding of findings) {
      found.push({ ruleId: rule.id, severity: severityOf(finding, severity), finding });
    }
  }
  return found.sort((a, b) => a.finding.start - b.finding.start);
}

/** What a writer should see before a document leaves the editor: its warnings and errors, unfilled placeholders first. */
export function warningsBeforeExport(analysis: Analysis): RankedFinding[] {
  const warnings = findingsInOrder(analysis).filter(({ severity }) => severity === 'warning' || severity === 'error');
  return [...warnings.filter(({ ruleId }) => ruleId === 'placeholder'), ...warnings.filter(({ ruleId }) => ruleId !== 'placeholder')];
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

/** A rule as one analyzer runs it: at its configured severity, with its slice of the settings. */
export interface ConfiguredRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly settings: Pick<Settings, Rule['settings'][number]>;
}

/** Each enabled rule at its severity with its settings slice, in the order given. */
export function configureRules(rules: readonly Rule[], settings: Settings): ConfiguredRule[] {
  const configured: ConfiguredRule[] = [];
  for (const rule of rules) {
    const severity = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity !== 'off') {
      const slice = Object.fromEntries(rule.settings.map((key) => [key, settings[key]])) as ConfiguredRule['settings'];
      configured.push({ rule, severity, settings: slice });
    }
  }
  return configured;
}

export interface RunOptions {
  /** Markdown syntax is not taken for placeholders. */
  readonly markdown: boolean;
  /** Run only the cheap rules (an editor's document over gongwen.maxDocumentSize). */
  readonly limited: boolean;
}

/**
 * Runs the rules over a parsed text, leaving out what gongwen-disable comments turn off. Never throws for
 * a rule's failure: that rule is listed in `failures` and the others' findings stay.
 */
export function runRules(parsed: ParsedText, rules: readonly ConfiguredRule[], options: RunOptions): Analysis {
  const { suppressions, model } = parsed;
  const context = { text: suppressions.text, model, markdown: options.markdown };
  const results: RuleResult[] = [];
  const failures: RuleFailure[] = [];
  for (const { rule, severity, settings } of rules) {
    if (options.limited && !rule.cheap) {
      continue;
    }
    try {
      const findings = rule.check(context, settings).filter((finding) => !suppressions.covers(rule.id, finding.start));
      results.push({ rule, severity, findings });
    } catch (error) {
      failures.push({ rule, error });
    }
  }
  return { model, results: withoutCoveredFindings(results), failures, limited: options.limited };
}

/** Leaves out the findings that lie inside a finding of a rule that covers others (web-residue's debris). */
function withoutCoveredFindings(results: readonly RuleResult[]): RuleResult[] {
  const covers = results.filter(({ rule }) => rule.coversOthers).flatMap(({ findings }) => findings).sort((a, b) => a.start - b.start);
  if (covers.length === 0) {
    return [...results];
  }
  // How far the covers starting up to each one reach: a finding is covered when the covers starting at or before it reach its end.
  const reach: number[] = [];
  covers.forEach((cover, index) => reach.push(Math.max(cover.end, reach[index - 1] ?? 0)));
  const covered = (finding: Finding): boolean => {
    const starting = countBefore(covers, (cover) => cover.start <= finding.start);
    return starting > 0 && (reach[starting - 1] as number) >= finding.end;
  };
  return results.map((result) => (result.rule.coversOthers ? result : { ...result, findings: result.findings.filter((finding) => !covered(finding)) }));
}

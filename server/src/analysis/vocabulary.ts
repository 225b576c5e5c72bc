/**
 * The words every part of the core speaks, at its bottom: what a rule finds, how it would fix it, and
 * how severe it is. This module imports nothing but the Localized type.
 */
import type { Localized } from './locale';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A replacement of the text between two offsets (JS string offsets) of the analysed text. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: Localized;
  readonly edits: readonly OffsetEdit[];
  /** Shown first and applied by 'auto fix'. */
  readonly preferred?: boolean;
  /** Part of "fix all of this rule" and source.fixAll.gongwen: only fixes that need no judgement. */
  readonly safe: boolean;
  /** The edits' new text is snippet syntax (${1:XX}); offered only to clients that apply snippet edits. */
  readonly snippet?: boolean;
}

/** Another place in the document that explains a finding: the earlier copy of a repeated sentence. */
export interface RelatedSpan {
  readonly start: number;
  readonly end: number;
  readonly message: Localized;
}

export interface Finding {
  readonly start: number;
  readonly end: number;
  readonly message: Localized;
  /**
   * The ways to fix it, built when a quick fix or fix-all asks: a long draft has tens of thousands of
   * findings whose fixes nobody asks for, and their edits were most of what an analysis kept in memory.
   */
  readonly fixes?: () => readonly Fix[];
  readonly related?: readonly RelatedSpan[];
  /** Likely but not certain (the frame suggests it, the context may not): shown as a hint whatever the rule's severity. */
  readonly tentative?: boolean;
}

/** The severity a finding is shown at: its rule's, or hint for a tentative finding. */
export function severityOf(finding: Finding, ruleSeverity: Severity): Severity {
  return finding.tentative ? 'hint' : ruleSeverity;
}

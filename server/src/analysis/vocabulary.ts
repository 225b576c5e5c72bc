/**
 * The words every part of the core speaks, at its bottom: what a rule finds, how it would fix it, how
 * severe it is, and the kinds of document. This module imports nothing but the Localized type.
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

/** The 15 statutory document types (《党政机关公文处理工作条例》第八条): 决议、决定、命令（令）、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要. */
export const STATUTORY_KINDS = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type StatutoryKind = (typeof STATUTORY_KINDS)[number];

/** Speeches (讲话、致辞、发言) and 事务文书 (总结、计划、方案、述职报告): documents with none of the statutory parts. */
export const OTHER_KINDS = ['讲话', '总结', '计划', '方案', '述职报告'] as const;

/** What a document is, as its title says or gongwen.documentKind sets it. */
export type DocumentKind = StatutoryKind | (typeof OTHER_KINDS)[number];

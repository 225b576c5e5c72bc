import type { Localized } from '../locale';
import type { DocumentModel } from '../model/types';
import type { Settings } from '../settings';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A replacement of the text between two offsets of the analysed text. */
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
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedSpan[];
}

export interface RuleContext {
  readonly text: string;
  readonly model: DocumentModel;
  readonly settings: Settings;
  /** Markdown syntax (**bold**, a line of ***) is not a placeholder there. */
  readonly markdown: boolean;
}

export interface Rule {
  /** Stable kebab-case id: the diagnostic code, the settings key and the doc page name. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** Linear and light: still runs on a document longer than gongwen.maxDocumentSize. */
  readonly cheap?: boolean;
  readonly description: Localized;
  check(context: RuleContext): Finding[];
}

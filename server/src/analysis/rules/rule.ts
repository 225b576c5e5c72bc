import type { DocumentModel } from '../model/types';
import type { SettingKey, Settings } from '../settings';
import { memoized } from '../locale';
import type { Finding, Fix, Severity } from '../vocabulary';

export interface RuleContext {
  readonly text: string;
  readonly model: DocumentModel;
  /** Markdown syntax (**bold**, a line of ***) is not a placeholder there. */
  readonly markdown: boolean;
}

/**
 * One check. A rule sees only the settings it names in `settings` (its slice), so what a rule depends on
 * is written at its top, and a setting no rule names cannot change the findings.
 */
export interface Rule<K extends SettingKey = SettingKey> {
  /** Stable kebab-case id: the diagnostic code, the settings key and the doc page name. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** Linear and light: still runs in an editor on a document longer than gongwen.maxDocumentSize. */
  readonly cheap?: boolean;
  /** The settings this rule reads. */
  readonly settings: readonly K[];
  /**
   * Where this rule's fixes and another's touch the same text, fix-all takes the rule with the higher
   * priority (default 0): heading-numbering's renumbering, which also writes the house form, wins over
   * heading-marker's form alone.
   */
  readonly fixPriority?: number;
  /**
   * Its findings are text to delete whole (a web page's debris): another rule's finding inside one is not shown,
   * since the fix takes it away with the rest (a placeholder in a page's copy of the title, a comma in a download prompt).
   */
  readonly coversOthers?: boolean;
  check(context: RuleContext, settings: Pick<Settings, K>): Finding[];
}

/** A rule, with its settings slice checked against what `check` reads. */
export function defineRule<K extends SettingKey = never>(rule: Rule<K>): Rule {
  return rule as unknown as Rule;
}

const changeTitle = memoized((newText) => ({ zh: `改为“${newText}”`, en: `Change to “${newText}”` }));

/**
 * The commonest fix: the text from `start` to `end` replaced by `newText`, titled 改为“…”, preferred unless
 * it is one of several choices.
 */
export function changeTo(start: number, end: number, newText: string, safe: boolean, preferred = true): Fix {
  return { title: changeTitle(newText), edits: [{ start, end, newText }], preferred, safe };
}

const deleteTitle = memoized((deleted) => ({ zh: `删去“${deleted}”`, en: `Delete “${deleted}”` }));

/** The text from `start` to `end` deleted, titled 删去“…”. */
export function deleteText(text: string, start: number, end: number, safe: boolean): Fix {
  return { title: deleteTitle(text.slice(start, end)), edits: [{ start, end, newText: '' }], preferred: true, safe };
}

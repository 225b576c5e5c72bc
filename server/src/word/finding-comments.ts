/**
 * The comments a Word draft gets for its findings: one per finding at warning or above, saying the problem
 * and the suggested fix in the user's language, with the rule's id. Shared by `gongwen annotate` and the
 * editor's 生成带批注的 Word 文件.
 */
import { findingsInOrder, localize, type Analysis, type Locale } from '../analysis';
import { annotateWord, type WordComment } from './annotate';
import type { WordText } from './read-docx';

const COMMENT_AUTHOR = '公文助手';

const sentence = (english: string): string => (/[.!?…]$/.test(english) ? english : `${english}.`);

function findingComments(analysis: Analysis, locale: Locale): WordComment[] {
  return findingsInOrder(analysis)
    .filter(({ severity }) => severity === 'warning' || severity === 'error')
    .map(({ ruleId, finding }) => {
      const fixes = finding.fixes?.() ?? [];
      const fix = fixes.find((candidate) => candidate.preferred) ?? fixes[0];
      const text = localize({
        zh: `${finding.message.zh}${fix ? ` 建议：${fix.title.zh}` : ''}（${ruleId}）`,
        en: `${sentence(finding.message.en)}${fix ? ` Suggested: ${sentence(fix.title.en)}` : ''} (${ruleId})`,
      }, locale);
      return { start: finding.start, end: finding.end, text };
    });
}

/** The Word file with its findings as comments by 公文助手, dated now, and how many comments it got. */
export function annotatedWithFindings(word: WordText, analysis: Analysis, locale: Locale): { readonly bytes: Uint8Array; readonly comments: number } {
  const comments = findingComments(analysis, locale);
  return { bytes: annotateWord(word, comments, COMMENT_AUTHOR, new Date()), comments: comments.length };
}

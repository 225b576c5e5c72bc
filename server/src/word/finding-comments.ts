/**
 * The comments a Word draft gets for its findings: one per finding at warning or above, saying the problem
 * and the suggested fix in the user's language, with the rule's id. Shared by `gongwen annotate` and the
 * editor's 生成带批注的 Word 文件.
 */
import { findingsInOrder, localize, type Analysis, type Locale } from '../analysis';
import type { WordComment } from './annotate';

export const COMMENT_AUTHOR = '公文助手';

const sentence = (english: string): string => (/[.!?…]$/.test(english) ? english : `${english}.`);

export function findingComments(analysis: Analysis, locale: Locale): WordComment[] {
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

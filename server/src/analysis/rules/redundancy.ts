import type { Localized } from '../locale';
import type { Finding } from '../vocabulary';
import { PhraseTable, type PhraseEntry } from './phrase-table';
import { changeTo, defineRule, deleteText, type RuleContext } from './rule';

/** Words that say the same thing twice (凯旋 is already 归来; 涉及 already reaches 到), with the shorter form. */
const REDUNDANT: readonly PhraseEntry[] = [
  { phrase: '涉及到', right: '涉及' },
  { phrase: '凯旋归来', right: '凯旋' },
  { phrase: '凯旋而归', right: '凯旋' },
  { phrase: '悬殊很大', right: '悬殊' },
  { phrase: '目的是为了', right: '目的是' },
  { phrase: '过分溺爱', right: '溺爱' },
  { phrase: '免费赠送', right: '赠送' },
  { phrase: '亲眼目睹', right: '目睹' },
  { phrase: '再次重申', right: '重申' },
  { phrase: '一律都', right: '一律' },
];

const table = new PhraseTable(REDUNDANT);

/** 大约 and 左右 both say “about”: 大约十天左右. Only within one clause, a few characters apart. */
const ABOUT = /大约([^，。；：！？、,;:!?\n\r]{1,12}?)左右/g;

const ABOUT_MESSAGE: Localized = { zh: '“大约”和“左右”意思重复，保留一个即可', en: '大约 and 左右 both mean “about”: keep one' };

function check({ text }: RuleContext): Finding[] {
  const findings: Finding[] = table.matches(text).map(({ entry, start, end }) => {
    const wrong = text.slice(start, end);
    return {
      start,
      end,
      message: { zh: `“${wrong}”语义重复，应为“${entry.right}”`, en: `“${wrong}” says the same thing twice; write “${entry.right}”` },
      fixes: () => [changeTo(start, end, entry.right, true)],
    };
  });
  for (const match of text.matchAll(ABOUT)) {
    const start = match.index;
    const end = start + match[0].length;
    findings.push({
      start,
      end,
      message: ABOUT_MESSAGE,
      fixes: () => [deleteText(text, end - 2, end, true)],
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const redundancyRule = defineRule({
  id: 'redundancy',
  defaultSeverity: 'information',
  check,
  settings: [],
});

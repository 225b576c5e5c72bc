import { TYPO_LISTS } from '../data/typos';
import { memoized } from '../locale';
import { WordMatcher } from '../model/word-matcher';
import type { Settings } from '../settings';
import type { Finding } from '../vocabulary';
import { PhraseTable, type PhraseEntry } from './phrase-table';
import { defineRule, type RuleContext } from './rule';

type TypoSettings = Pick<Settings, 'typos' | 'allowWords'>;

interface Dictionary {
  readonly typos: PhraseTable<PhraseEntry>;
  /** The user's words that are never flagged, nor any typo overlapping them. */
  readonly allowed: WordMatcher;
}

/** The built-in pairs, then the user's (which win for the same wrong form). */
function dictionaryOf(settings: TypoSettings): Dictionary {
  const pairs = new Map<string, string>();
  for (const list of TYPO_LISTS) {
    for (const [wrong, right] of Object.entries(list.pairs)) {
      pairs.set(wrong, right);
    }
  }
  for (const [wrong, right] of Object.entries(settings.typos)) {
    pairs.set(wrong, right);
  }
  const entries = [...pairs].map(([phrase, right]) => ({ phrase, right }));
  return { typos: new PhraseTable(entries), allowed: new WordMatcher([...settings.allowWords]) };
}

/** Built once per settings: an analyzer gives each rule one settings object for its lifetime. */
const dictionaries = new WeakMap<TypoSettings, Dictionary>();

const messageOf = memoized((pair) => {
  const [wrong, right] = pair.split('\t') as [string, string];
  return { zh: `错别字：“${wrong}”应为“${right}”`, en: `Misspelt: “${wrong}” should be “${right}”` };
});
const titleOf = memoized((right) => ({ zh: `改为“${right}”`, en: `Change to “${right}”` }));

function check({ text }: RuleContext, settings: TypoSettings): Finding[] {
  let dictionary = dictionaries.get(settings);
  if (!dictionary) {
    dictionary = dictionaryOf(settings);
    dictionaries.set(settings, dictionary);
  }
  const allowed = dictionary.allowed.matches(text);
  const matches = dictionary.typos.matches(text);
  const findings: Finding[] = [];
  const longestAllowed = Math.max(0, ...settings.allowWords.map((word) => word.length));
  let nextAllowed = 0;
  for (const match of matches) {
    // Allowed words come in the order of their ends: skip those ending before this match, look at those
    // that could start before its end.
    while (nextAllowed < allowed.length && (allowed[nextAllowed] as { end: number }).end <= match.start) {
      nextAllowed++;
    }
    let covered = false;
    for (let k = nextAllowed; k < allowed.length && !covered; k++) {
      const word = allowed[k] as { start: number; end: number };
      if (word.end >= match.end + longestAllowed) {
        break;
      }
      covered = word.start < match.end && match.start < word.end;
    }
    if (covered) {
      continue;
    }
    const from = match.entry.phrase;
    const to = match.entry.right;
    findings.push({
      start: match.start,
      end: match.end,
      message: messageOf(`${from}\t${to}`),
      fixes: () => [{ title: titleOf(to), edits: [{ start: match.start, end: match.end, newText: to }], preferred: true, safe: true }],
    });
  }
  return findings;
}

export const typoRule = defineRule({
  id: 'typo',
  defaultSeverity: 'warning',
  check,
  settings: ['typos', 'allowWords'],
});
